import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { StaleRecordError } from '@/db/unitOfWork'
import { NoticeTransitionError } from '@/domain/notices/lifecycle'
import type { Notice } from '@/domain/notices/model'
import { sampleContent } from '@/domain/notices/testFixtures'
import type { VillageProfile } from '@/domain/village/profile'
import { verifyAuditLog } from '../audit/auditLog'
import { pdfText } from '@/print/pdf-test-utils.node'
import { snapshotOf, testVillageProfile, useTestContexts } from '../testContext'
import { correctNotice } from './correctNotice'
import { issueNotice, type RenderNotice } from './issueNotice'
import { issuedPdf, loadNotices } from './loadNotices'
import { saveNoticeDraft } from './saveNoticeDraft'
import { archiveNotice, endNotice, postNotice, recordObjection, replyObjection } from './steps'

const context = useTestContexts('app-notices')
const village = { villageName: '东风村', committeeName: '东风村村民委员会' } as VillageProfile
const fakePdf: RenderNotice = async (n) => new TextEncoder().encode(`%PDF-1.7 ${n.title}`)

/** A notice signed and starting on 2026-11-02; the clock stands at 09:00 that day in Beijing. */
async function issued(ctx = context('2026-11-02T01:00:00.000Z')) {
  const draft = await saveNoticeDraft(ctx, sampleContent())
  return { ctx, notice: await issueNotice(ctx, draft, village, fakePdf) }
}

describe('drafts', () => {
  it('creates, then edits a draft checked against the version the editor loaded', async () => {
    const ctx = context()
    const draft = await saveNoticeDraft(ctx, sampleContent({ title: '草稿一' }))
    ctx.clock.set('2026-03-01T03:00:00.000Z')
    const edited = await saveNoticeDraft(ctx, sampleContent({ title: '草稿二' }), draft)
    expect(edited).toMatchObject({ id: draft.id, title: '草稿二', state: 'draft', updatedAt: '2026-03-01T03:00:00.000Z' })
    expect((await ctx.db.auditLog.orderBy('seq').toArray()).map((e) => [e.action, e.summary])).toEqual([
      ['create', '新建公示草稿“草稿一”'],
      ['update', '修改公示草稿“草稿二”'],
    ])
    // a second window still holding the first version is refused, nothing written
    const before = await snapshotOf(ctx)
    await expect(saveNoticeDraft(ctx, sampleContent({ title: '草稿三' }), draft)).rejects.toBeInstanceOf(StaleRecordError)
    expect(await snapshotOf(ctx)).toEqual(before)
  })
})

describe('issue and the steps after it', () => {
  it('issues: content frozen, the PDF stored with its SHA-256, notice and file audited together', async () => {
    const { ctx, notice } = await issued()
    expect(notice.state).toBe('issued')
    expect(notice.pdfSha256).toMatch(/^[0-9a-f]{64}$/)
    const pdf = await issuedPdf(ctx, notice.id)
    expect(new TextDecoder().decode(pdf)).toBe(`%PDF-1.7 ${notice.title}`)
    const log = await ctx.db.auditLog.orderBy('seq').toArray()
    expect(log.slice(-2).map((e) => [e.action, e.table])).toEqual([
      ['create', 'noticeFiles'],
      ['status', 'notices'],
    ])
    expect((await verifyAuditLog(ctx)).ok).toBe(true)
  })

  it('refuses to issue content with problems, naming them, and writes nothing', async () => {
    const ctx = context()
    const draft = await saveNoticeDraft(ctx, sampleContent({ title: ' ', issuer: '' }))
    const before = await snapshotOf(ctx)
    const attempt = issueNotice(ctx, draft, village, fakePdf)
    await expect(attempt).rejects.toBeInstanceOf(NoticeTransitionError)
    await expect(attempt).rejects.toThrow('请填写标题；请填写落款单位')
    expect(await snapshotOf(ctx)).toEqual(before)
  })

  it('posts with a photo whose stored file is the one the posting names, and starts the 公示期 on its first day', async () => {
    const { ctx, notice } = await issued()
    const photo = { name: '张贴.jpg', mime: 'image/jpeg', bytes: new Uint8Array([0xff, 0xd8, 0xff]) }
    const posted = await postNotice(ctx, notice, { date: '2026-11-02', place: '村务公开栏' }, photo)
    expect(posted.state).toBe('publicizing')
    const files = await ctx.db.noticeFiles.where('noticeId').equals(notice.id).toArray()
    expect(files.find((f) => f.kind === 'posting-photo')?.id).toBe(posted.posting?.photoId)
  })

  it('starts a posted notice on the day its 公示期 begins when the list is loaded, audited', async () => {
    const { ctx, notice } = await issued(context('2026-10-30T01:00:00.000Z'))
    const posted = await postNotice(ctx, { ...notice }, { date: '2026-10-30', place: '村务公开栏' }).catch((e) => e)
    // signed 11-02: a posting before the date signed is refused by the domain, nothing written
    expect(posted).toBeInstanceOf(NoticeTransitionError)
    expect((await loadNotices(ctx))[0]!.state).toBe('issued')

    const later = context('2026-11-01T01:00:00.000Z')
    const draft = await saveNoticeDraft(later, sampleContent({ dateSigned: '2026-11-01' }))
    const ok = await issueNotice(later, draft, village, fakePdf)
    await postNotice(later, ok, { date: '2026-11-01', place: '村务公开栏' })
    expect((await loadNotices(later))[0]!.state).toBe('posted')
    later.clock.set('2026-11-01T16:00:00.000Z') // 00:00 on 11-02 in Beijing
    const [started] = await loadNotices(later)
    expect(started!.state).toBe('publicizing')
    expect((await later.db.auditLog.orderBy('seq').last())!.summary).toContain('进入公示期')
  })

  it('records and answers an objection, ends after the period and archives', async () => {
    const { ctx, notice } = await issued()
    let n: Notice = await postNotice(ctx, notice, { date: '2026-11-02', place: '村务公开栏' })
    n = await recordObjection(ctx, n, { date: '2026-11-03', who: '王某', content: '名单有误' })
    n = await replyObjection(ctx, n, n.objections[0]!.id, { date: '2026-11-04', text: '已核实更正' })
    expect(n.objections[0]!.reply?.by).toBe('李秀英')
    await expect(endNotice(ctx, n, '无异议')).rejects.toThrow('期满前不能结束公示')
    ctx.clock.set('2026-11-09T01:00:00.000Z')
    n = await endNotice(ctx, n, '异议已答复，公示结果有效')
    n = await archiveNotice(ctx, n, testVillageProfile)
    expect(n.state).toBe('archived')
    // the 公示结果记录 is kept with the archived notice, read back: the objection, the reply, the result
    const [record] = await ctx.db.noticeFiles
      .where('noticeId')
      .equals(n.id)
      .filter((f) => f.kind === 'result-record')
      .toArray()
    const text = pdfText(record!.bytes).replace(/\s+/g, '')
    expect(text).toContain('公示结果记录')
    expect(text).toContain('名单有误')
    expect(text).toContain('已核实更正')
    expect(text).toContain('异议已答复，公示结果有效')
    expect((await verifyAuditLog(ctx)).ok).toBe(true)
  })

  it('refuses a step on a notice changed since the screen read it', async () => {
    const { ctx, notice } = await issued()
    await postNotice(ctx, notice, { date: '2026-11-02', place: '村务公开栏' })
    await expect(postNotice(ctx, notice, { date: '2026-11-02', place: '另一处' })).rejects.toBeInstanceOf(StaleRecordError)
  })
})

describe('correctNotice', () => {
  it('writes the correction and marks the old notice superseded, in one unit', async () => {
    const { ctx, notice } = await issued()
    const { old, correction } = await correctNotice(ctx, notice, '名单漏了一户')
    expect(correction).toMatchObject({ state: 'draft', correctionOf: { noticeId: notice.id, reason: '名单漏了一户' } })
    expect(old.supersededBy).toBe(correction.id)
    expect((await ctx.db.notices.get(notice.id))?.supersededBy).toBe(correction.id)
    expect((await ctx.db.auditLog.orderBy('seq').toArray()).slice(-2).map((e) => [e.action, e.recordId])).toEqual([
      ['create', correction.id],
      ['update', notice.id],
    ])
  })

  it('lets exactly one of two concurrent corrections of the same notice succeed; the other writes nothing', async () => {
    // the clock stands still: the guard must not depend on the two writes having different instants
    const { ctx, notice } = await issued()
    const results = await Promise.allSettled([correctNotice(ctx, notice, '第一处错误'), correctNotice(ctx, notice, '第二处错误')])
    const won = results.filter((r) => r.status === 'fulfilled')
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected')
    expect(won).toHaveLength(1)
    expect(lost).toHaveLength(1)
    expect(lost[0]!.reason).toBeInstanceOf(StaleRecordError)
    expect((lost[0]!.reason as Error).message).toMatch(/[\u4e00-\u9fff]/)
    const all = await ctx.db.notices.toArray()
    const corrections = all.filter((n) => n.correctionOf?.noticeId === notice.id)
    expect(corrections).toHaveLength(1)
    expect(all.find((n) => n.id === notice.id)?.supersededBy).toBe(corrections[0]!.id)
    expect(await ctx.db.auditLog.where('action').equals('create').count()).toBe(3) // draft, issued PDF, the one correction
    expect((await verifyAuditLog(ctx)).ok).toBe(true)
  })

  it('refuses to correct a notice already superseded, even when the screen shows its current version', async () => {
    const { ctx, notice } = await issued()
    const { old } = await correctNotice(ctx, notice, '第一处错误')
    const before = await snapshotOf(ctx)
    await expect(correctNotice(ctx, old, '又一次')).rejects.toThrow('该公示已被更正')
    expect(await snapshotOf(ctx)).toEqual(before)
  })
})
