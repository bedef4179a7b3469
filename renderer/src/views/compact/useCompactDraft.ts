/**
 * 草案不丢 (drafts are never lost), the editor's side: every change is copied at once to this
 * computer's localStorage and saved to the database 600 ms after the typing stops; leaving the page
 * waits for the save; closing the window leaves the local copy, which the editor puts back the next
 * time it opens (and saves). The copy is dropped only after a save succeeded.
 *
 * Where the draft goes: before it is sent to the township, to the row's draft (saveCompactDraft);
 * after (the procedure froze a text for review), to the procedure's text too (reviseCompactDraft);
 * while the township is reviewing it, nowhere: the editor is read-only then.
 *
 * useCompactDraft() → { draft, stateText, locked, flush }.
 */
import { computed, onBeforeUnmount, reactive, ref, watch } from 'vue'
import { onBeforeRouteLeave } from 'vue-router'
import { openProcedure } from '@/app/compact/compactUnit'
import type { Article, Chapter } from '@/domain/compact/model'
import { useCompactStore } from '@/stores/compact'

const LOCAL_KEY = 'xiangyue.compactDraft'
const DEBOUNCE_MS = 600

interface DraftForm {
  title: string
  articles: Article[]
  chapters: Chapter[]
}

type State = { kind: 'idle' } | { kind: 'pending' } | { kind: 'saving' } | { kind: 'saved'; at: Date } | { kind: 'failed'; message: string }

const plain = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T

export function useCompactDraft() {
  const store = useCompactStore()
  const row = store.row
  const draft = reactive<DraftForm>({
    title: row?.compact.title ?? '',
    articles: plain(row?.draft?.articles ?? []),
    chapters: plain(row?.draft?.chapters ?? []),
  })
  const state = ref<State>({ kind: 'idle' })
  const locked = computed(() => openProcedure(store.row ?? { procedures: [] })?.state === 'under_review')

  // a copy left by a window closed mid-typing comes back (and is saved)
  let restored = false
  try {
    const kept = localStorage.getItem(LOCAL_KEY)
    if (kept) {
      const copy = JSON.parse(kept) as DraftForm & { rowId?: string }
      if (copy.rowId === (row?.id ?? '') && JSON.stringify(copy.articles) !== JSON.stringify(draft.articles)) {
        Object.assign(draft, { title: copy.title, articles: copy.articles, chapters: copy.chapters })
        restored = true
      }
    }
  } catch {
    localStorage.removeItem(LOCAL_KEY)
  }

  let timer: ReturnType<typeof setTimeout> | undefined
  let running: Promise<void> | undefined
  let dirty = restored

  async function saveNow(): Promise<void> {
    if (locked.value || !dirty) return
    dirty = false
    state.value = { kind: 'saving' }
    const form = plain(draft)
    try {
      const p = openProcedure(store.row ?? { procedures: [] })
      if (p?.draft && (p.state === 'drafting' || p.state === 'reviewed')) await store.revise(form.articles)
      else await store.saveDraft({ title: form.title, articles: form.articles, chapters: form.chapters })
      if (!dirty) localStorage.removeItem(LOCAL_KEY)
      state.value = { kind: 'saved', at: new Date() }
    } catch (e) {
      state.value = { kind: 'failed', message: (e as Error).message }
    }
  }

  /** Saves what is typed now, after any save under way. */
  function flush(): Promise<void> {
    clearTimeout(timer)
    running = (running ?? Promise.resolve()).then(saveNow)
    return running
  }

  watch(
    draft,
    () => {
      dirty = true
      localStorage.setItem(LOCAL_KEY, JSON.stringify({ ...plain(draft), rowId: store.row?.id ?? '' }))
      state.value = { kind: 'pending' }
      clearTimeout(timer)
      timer = setTimeout(() => void flush(), DEBOUNCE_MS)
    },
    { deep: true },
  )
  if (restored) void flush()

  onBeforeRouteLeave(async () => {
    await flush()
    return true
  })
  onBeforeUnmount(() => void flush())

  const stateText = computed(() => {
    const s = state.value
    if (locked.value) return '草案已报乡镇审核，登记审核意见后可以继续修改'
    switch (s.kind) {
      case 'idle':
        return restored ? '已恢复上次未保存的修改' : '修改会自动保存'
      case 'pending':
        return '正在暂存…'
      case 'saving':
        return '正在保存草案…'
      case 'saved':
        return `草案已保存（${String(s.at.getHours()).padStart(2, '0')}:${String(s.at.getMinutes()).padStart(2, '0')}）`
      case 'failed':
        return `草案未能保存：${s.message}（修改已暂存在本机）`
    }
    return ''
  })

  return { draft, state, stateText, locked, flush }
}
