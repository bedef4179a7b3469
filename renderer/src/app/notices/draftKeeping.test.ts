import { describe, expect, it } from 'vitest'
import type { NoticeRow } from '@/db/rows'
import type { NoticeContent } from '@/domain/notices/model'
import { sampleContent } from '@/domain/notices/testFixtures'
import { verifyAuditLog } from '../audit/auditLog'
import { useTestContexts } from '../testContext'
import { DEBOUNCE_MS, memoryWorkingCopies, NoticeDraftKeeper, RECORD_EVERY_MS, recoverNoticeDrafts, type Timers } from './draftKeeping'
import { issueNotice } from './issueNotice'
import { loadNotices } from './loadNotices'
import { saveNoticeDraft } from './saveNoticeDraft'

const context = useTestContexts('app-notices-drafts')

/** Timers moved by hand: `advance(ms)` runs what falls due, in order. */
function manualTimers(): Timers & { advance(ms: number): void } {
  let now = 0
  let seq = 0
  const pending = new Map<number, { at: number; run: () => void }>()
  return {
    set: (run, ms) => {
      pending.set(++seq, { at: now + ms, run })
      return seq
    },
    clear: (handle) => void pending.delete(handle as number),
    now: () => now,
    advance(ms) {
      const until = now + ms
      for (;;) {
        const next = [...pending.entries()].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at)[0]
        if (!next) break
        pending.delete(next[0])
        now = next[1].at
        next[1].run()
      }
      now = until
    },
  }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 30))

function setup(notice?: NoticeRow) {
  const ctx = context()
  const copies = memoryWorkingCopies()
  const timers = manualTimers()
  const save = (content: NoticeContent, seen?: NoticeRow) => saveNoticeDraft(ctx, content, seen)
  const initial = sampleContent({ title: '', body: [] })
  const keeper = new NoticeDraftKeeper({ save, copies, timers, ...(notice ? { notice } : { initial }) })
  const entries = async () => (await ctx.db.auditLog.orderBy('seq').toArray()).map((e) => e.action)
  return { ctx, copies, timers, keeper, save, initial, entries }
}

describe('NoticeDraftKeeper', () => {
  it('a new notice is not created while untouched, and is created (one audit entry) on its first change', async () => {
    const { ctx, keeper, timers, initial, entries } = setup()
    keeper.change(initial)
    timers.advance(DEBOUNCE_MS)
    await settle()
    expect(await ctx.db.notices.count()).toBe(0)

    keeper.change({ ...initial, title: '关于' })
    timers.advance(DEBOUNCE_MS - 1)
    await settle()
    expect(await ctx.db.notices.count()).toBe(0) // one millisecond before the debounce ends
    timers.advance(1)
    await settle()
    const stored = await ctx.db.notices.toArray()
    expect(stored.map((n) => [n.title, n.state])).toEqual([['关于', 'draft']])
    expect(await entries()).toEqual(['create'])
  })

  it('while typing goes on, only the working copy changes; the record follows at most every interval, and on flush', async () => {
    const { ctx, keeper, timers, copies, initial, entries } = setup()
    keeper.change({ ...initial, title: '关' })
    timers.advance(DEBOUNCE_MS)
    await settle()
    for (let i = 0; i < 20; i++) {
      keeper.change({ ...initial, title: `关于${'的'.repeat(i)}` })
      timers.advance(DEBOUNCE_MS + 100)
      await settle()
    }
    // 20 pauses of 0.9 s = 18 s < 2 min: still only the creation in the log, the text in the working copy
    expect(await entries()).toEqual(['create'])
    const [copyText] = [...copies.map.values()]
    expect(JSON.parse(copyText!).content.title).toBe(`关于${'的'.repeat(19)}`)

    // typing stopped: the record is written when the interval is up, once
    timers.advance(RECORD_EVERY_MS)
    await settle()
    expect(await entries()).toEqual(['create', 'update'])
    expect((await ctx.db.notices.toArray())[0]!.title).toBe(`关于${'的'.repeat(19)}`)
    expect(copies.map.size).toBe(0) // the record holds it: the working copy is gone

    keeper.change({ ...initial, title: '关于修路的公告' })
    const row = await keeper.flush()
    expect(row?.title).toBe('关于修路的公告')
    expect(await entries()).toEqual(['create', 'update', 'update'])
    // a flush with nothing new writes nothing
    await keeper.flush()
    expect(await entries()).toEqual(['create', 'update', 'update'])
    expect((await verifyAuditLog(ctx)).ok).toBe(true)
  })

  it('leaving at once after typing (before the debounce): flush creates the draft with its text', async () => {
    const { ctx, keeper, initial } = setup()
    keeper.change({ ...initial, title: '关于低保的公示', body: ['正文第一段'] })
    await keeper.flush()
    const [n] = await loadNotices(ctx)
    expect(n).toMatchObject({ title: '关于低保的公示', body: ['正文第一段'], state: 'draft' })
  })

  it('edits an existing draft over the version it loaded; a refused save keeps the working copy', async () => {
    const ctx = context()
    const draft = await saveNoticeDraft(ctx, sampleContent({ title: '旧标题' }))
    const copies = memoryWorkingCopies()
    const keeper = new NoticeDraftKeeper({
      save: (c, seen) => saveNoticeDraft(ctx, c, seen),
      copies,
      notice: draft,
      timers: manualTimers(),
    })
    // another window saved it meanwhile
    await saveNoticeDraft(ctx, sampleContent({ title: '别的窗口' }), draft)
    keeper.change(sampleContent({ title: '新标题' }))
    await expect(keeper.flush()).rejects.toThrow('另一个窗口')
    expect(copies.map.size).toBe(1)
  })
})

describe('recoverNoticeDrafts', () => {
  it('puts a closed window’s working copy into its draft, audited, and removes the copy', async () => {
    const { ctx, keeper, copies, save, initial } = setup()
    keeper.change({ ...initial, title: '第一稿' })
    await keeper.flush()
    keeper.change({ ...initial, title: '关了窗口前的最后一稿' })
    keeper.keepNow() // beforeunload: only the synchronous copy
    // while the keeper is open in this window, its copy is left alone
    expect((await recoverNoticeDrafts(ctx, copies, save)).recovered).toEqual([])
    keeper.close() // the window is gone
    expect((await recoverNoticeDrafts(ctx, copies, save)).recovered).toEqual(['关了窗口前的最后一稿'])
    const notices = await loadNotices(ctx)
    expect(notices.map((n) => n.title)).toEqual(['关了窗口前的最后一稿'])
    expect(copies.map.size).toBe(0)
    expect((await verifyAuditLog(ctx)).ok).toBe(true)
  })

  it('a never-created notice comes back as a new draft; a copy over a draft issued since becomes a new draft', async () => {
    const { ctx, keeper, copies, save, initial } = setup()
    keeper.change({ ...initial, title: '从未保存' })
    keeper.keepNow()
    keeper.close()

    const base = await saveNoticeDraft(ctx, sampleContent({ title: '已签发的' }))
    const other = new NoticeDraftKeeper({ save, copies, notice: base, timers: manualTimers() })
    other.change(sampleContent({ title: '签发前未保存的修改' }))
    other.keepNow()
    other.close()
    const village = { villageName: '东风村', committeeName: '东风村村民委员会' } as never
    await issueNotice(ctx, base, village, async () => new TextEncoder().encode('%PDF-1.7'))

    const { recovered } = await recoverNoticeDrafts(ctx, copies, save)
    expect(recovered.sort()).toEqual(['从未保存', '签发前未保存的修改'].sort())
    const notices = await loadNotices(ctx)
    expect(notices.find((n) => n.id === base.id)).toMatchObject({ title: '已签发的', state: 'issued' })
    expect(
      notices
        .filter((n) => n.state === 'draft')
        .map((n) => n.title)
        .sort(),
    ).toEqual(['从未保存', '签发前未保存的修改'].sort())
  })

  it('drops a copy the record already holds, and a damaged one', async () => {
    const { ctx, keeper, copies, save, initial } = setup()
    keeper.change({ ...initial, title: '已保存' })
    keeper.keepNow()
    await keeper.flush()
    keeper.close()
    copies.write('xiangyue.noticeDraft.x', '{not json')
    expect((await recoverNoticeDrafts(ctx, copies, save)).recovered).toEqual([])
    expect(copies.map.size).toBe(0)
    expect(await ctx.db.notices.count()).toBe(1)
  })
})
