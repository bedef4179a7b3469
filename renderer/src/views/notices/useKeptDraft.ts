/**
 * The editor's side of draft keeping (app/notices/draftKeeping.ts): every change of the form goes
 * to the keeper (debounced), and every way out of the editor writes the draft first —
 *   - leaving the page in the app (首页, 返回, any menu): the route waits for the save;
 *   - the window hidden (another program, minimised): saved in the background;
 *   - the window closed or reloaded: the working copy written synchronously, put back into the
 *     draft the next time 公示公告 opens;
 *   - the editor removed without leaving the route: saved as it goes.
 * A later editor (会议记录, 村规民约, 违约处理) can follow the same pattern with its own keeper.
 *
 * useKeptDraft(form, toContent, { notice?, initial? }) → { keeper, state, stateText }.
 */
import { computed, onBeforeUnmount, onMounted, ref, watch } from 'vue'
import { onBeforeRouteLeave } from 'vue-router'
import { ElMessage } from 'element-plus'
import { browserWorkingCopies, NoticeDraftKeeper, type KeeperState } from '@/app/notices/draftKeeping'
import type { NoticeRow } from '@/app/notices/loadNotices'
import type { NoticeContent } from '@/domain/notices/model'
import { formatBeijingDateTime } from '@/domain/calendar/clock'
import { useNoticesStore } from '@/stores/notices'

export function useKeptDraft<F extends object>(
  form: F,
  contentOf: (form: F) => NoticeContent,
  options: { notice?: NoticeRow; initial?: NoticeContent },
) {
  const store = useNoticesStore()
  const state = ref<KeeperState>({ kind: 'idle' })
  const keeper = new NoticeDraftKeeper({
    save: (content, seen) => store.saveDraft(content, seen),
    copies: browserWorkingCopies(),
    ...(options.notice ? { notice: options.notice } : {}),
    ...(options.initial ? { initial: options.initial } : {}),
    onState: (next) => (state.value = next),
  })
  const latest = () => keeper.change(contentOf(form))

  watch(form, latest, { deep: true })

  const onHidden = () => {
    if (document.visibilityState !== 'hidden') return
    latest()
    void keeper.flush().catch(() => {})
  }
  const onUnload = () => {
    latest()
    keeper.keepNow()
  }
  onMounted(() => {
    document.addEventListener('visibilitychange', onHidden)
    // both: pagehide is the one browsers promise to fire on close and reload; beforeunload comes first
    window.addEventListener('beforeunload', onUnload)
    window.addEventListener('pagehide', onUnload)
  })

  onBeforeRouteLeave(async () => {
    latest()
    try {
      await keeper.flush()
    } catch (error) {
      ElMessage.error({
        message: `草稿未能保存：${(error as Error).message}。填写的内容已暂存在本机，下次打开“公示公告”时会自动恢复。`,
        duration: 8000,
      })
    }
    return true
  })

  onBeforeUnmount(() => {
    document.removeEventListener('visibilitychange', onHidden)
    window.removeEventListener('beforeunload', onUnload)
    window.removeEventListener('pagehide', onUnload)
    latest()
    void keeper
      .flush()
      .catch(() => {})
      .finally(() => keeper.close())
  })

  /** A quiet line beside the buttons: what has happened to what was typed. */
  const stateText = computed(() => {
    const s = state.value
    switch (s.kind) {
      case 'idle':
        return options.notice ? '修改会自动保存' : '填写后自动保存为草稿'
      case 'pending':
        return '正在自动暂存…'
      case 'kept':
        return `已自动暂存（${formatBeijingDateTime(s.at.toISOString()).slice(-5)}）`
      case 'saving':
        return '正在保存草稿…'
      case 'saved':
        return `草稿已保存（${formatBeijingDateTime(s.at.toISOString()).slice(-5)}）`
      case 'failed':
        return `草稿未能保存：${s.message}（填写的内容已暂存在本机）`
    }
    return ''
  })

  return { keeper, state, stateText }
}
