// testContext first: it installs fake-indexeddb before Dexie is loaded
import { snapshotOf, useTestContexts } from '../testContext'
import { describe, expect, it } from 'vitest'
import { StaleRecordError } from '@/db/unitOfWork'
import type { CompactRow } from '@/db/rows'
import { CompactProcedureError } from '@/domain/compact/procedure'
import { CompactShapeError } from '@/domain/compact/versions'
import { verifyAuditLog } from '../audit/auditLog'
import { MeetingRecordError } from '@/domain/meetings/recordError'
import { meetingInput, seedVillage } from '../meetings/testRegistry'
import { importCompactText, previewCompactText, reviewCompactDraft, saveCompactDraft } from './importCompact'
import { compactArticleInForceOn, filingReminderOf, loadCompact } from './loadCompact'
import {
  adoptCompact,
  fileCompact,
  publishCompact,
  recordCompactReview,
  startCompactProcedure,
  submitCompactForReview,
} from './procedureSteps'

const context = useTestContexts('app-compact')

const TEXT = [
  '宅子村村规民约',
  '第一条　为加强村民自治，制定本村规民约。',
  '第二条　村民建房不得影响相邻住户的通风和采光。',
  '第三条　违反第二条的，由村民委员会批评教育，责令恢复原状。',
  '第四条　违约人改正后，由村民委员会恢复其评先评优资格。',
].join('\n')

const FINED = TEXT.replace('批评教育，责令恢复原状', '处以罚款五百元')

async function village(instant = '2026-03-01T02:00:00.000Z') {
  const ctx = context(instant)
  await seedVillage(ctx)
  return ctx
}

const review = { date: '2026-03-10', reviewer: '罗庄镇党委', text: '同意提交村民会议表决', outcome: 'approved' as const, attachmentIds: [] }

/** A draft imported, a 制定 procedure started, submitted on 03-05 and approved on 03-10. */
async function reviewed(ctx: Awaited<ReturnType<typeof village>>, text = TEXT) {
  let row = await importCompactText(ctx, previewCompactText(text).parsed, { as: 'draft' })
  row = await startCompactProcedure(ctx, row, { kind: 'adopt', solicit: false })
  row = await submitCompactForReview(ctx, row, { date: '2026-03-05' })
  return recordCompactReview(ctx, row, review)
}

describe('import and draft', () => {
  it('previews the pasted text without writing, then saves a compact already adopted as a version in force', async () => {
    const ctx = await village()
    const { parsed, review } = previewCompactText(TEXT)
    expect(parsed.articles.map((a) => a.number)).toEqual([1, 2, 3, 4])
    expect(review.blocked).toBe(false)
    expect(await ctx.db.compacts.count()).toBe(0)
    const row = await importCompactText(ctx, parsed, { as: 'version', effectiveFrom: '2024-01-01', adoptedAt: '2023-12-20' })
    expect(row.compact.versions).toHaveLength(1)
    expect(await loadCompact(ctx)).toEqual(row)
    const inForce = await compactArticleInForceOn(ctx, 2, '2026-03-01')
    expect(inForce).toMatchObject({ status: 'in_force', text: '村民建房不得影响相邻住户的通风和采光。' })
    expect(await compactArticleInForceOn(ctx, '第二条', '2023-12-31')).toMatchObject({ status: 'not_yet_in_force' })
    const last = await ctx.db.auditLog.orderBy('seq').last()
    expect([last?.action, last?.table]).toEqual(['create', 'compacts'])
  })

  it('says so when no compact is stored', async () => {
    const ctx = await village()
    expect(await compactArticleInForceOn(ctx, 2, '2026-03-01')).toMatchObject({ status: 'no_such_article', message: '尚未录入村规民约' })
  })

  it('refuses a version that does not fit (same 施行 day as the one before), writing nothing', async () => {
    const ctx = await village()
    const row = await importCompactText(ctx, previewCompactText(TEXT).parsed, { as: 'version', effectiveFrom: '2024-01-01' })
    const before = await snapshotOf(ctx)
    await expect(
      importCompactText(ctx, previewCompactText(TEXT).parsed, { as: 'version', effectiveFrom: '2024-01-01' }, row),
    ).rejects.toBeInstanceOf(CompactShapeError)
    expect(await snapshotOf(ctx)).toEqual(before)
  })

  it('saves and edits the draft against the version the editor loaded; reviews it', async () => {
    const ctx = await village()
    const articles = previewCompactText(FINED).parsed.articles.map(({ line: _l, guessed: _g, ...a }) => a)
    const row = await saveCompactDraft(ctx, { title: '宅子村村规民约', articles })
    expect(reviewCompactDraft(row).blocked).toBe(true)
    const edited = await saveCompactDraft(ctx, { articles: articles.slice(0, 2) }, row)
    expect(edited.draft?.articles).toHaveLength(2)
    expect(reviewCompactDraft(edited).blocked).toBe(false)
    const before = await snapshotOf(ctx)
    await expect(saveCompactDraft(ctx, { articles }, row)).rejects.toBeInstanceOf(StaleRecordError)
    expect(await snapshotOf(ctx)).toEqual(before)
  })
})

describe('procedure: review, adoption by a recorded 村民会议, publication, filing', () => {
  it('runs the whole procedure; the adopted text becomes the version in force from its date', async () => {
    const ctx = await village('2026-03-20T02:00:00.000Z')
    let row: CompactRow = await reviewed(ctx)
    expect(row.procedures[0]!.state).toBe('reviewed')
    // 村民会议 on 03-15: 5 entitled, 4 present of whom 乙 and 丁 are women, 3 for
    const adopted = await adoptCompact(ctx, row, meetingInput('villagers_meeting', '2026-03-15', ['A', 'B', 'C', 'D'], 3, '表决村规民约'), {
      effectiveFrom: '2026-04-01',
    })
    row = adopted.compact
    expect(adopted.evaluation.votes[0]!.passed).toBe(true)
    expect(adopted.meeting).toMatchObject({ compactId: row.id, procedureId: row.procedures[0]!.id, date: '2026-03-15' })
    expect(row.procedures[0]).toMatchObject({ state: 'adopted', adoptedAt: '2026-03-15', effectiveFrom: '2026-04-01' })
    expect(row.procedures[0]!.votes[0]).toMatchObject({ meetingId: adopted.meeting.id, present: 4, womenPresent: 2 })
    expect(row.compact.versions).toHaveLength(1)
    expect(row.compact.versions[0]).toMatchObject({ adoptedAt: '2026-03-15', effectiveFrom: '2026-04-01', meetingId: adopted.meeting.id })
    expect(row.draft).toBeUndefined()
    expect(await compactArticleInForceOn(ctx, 3, '2026-03-31')).toMatchObject({ status: 'not_yet_in_force' })
    expect(await compactArticleInForceOn(ctx, 3, '2026-04-01')).toMatchObject({ status: 'in_force' })
    expect((await filingReminderOf(ctx, row, '2026-03-20'))?.due).toBe('2026-03-25')

    const published = await publishCompact(ctx, row, { date: '2026-03-18' })
    expect(published.notice).toMatchObject({
      kind: '村规民约公布',
      state: 'draft',
      issuer: '宅子村村民会议',
      title: '关于公布《宅子村村规民约》的公告',
    })
    expect(published.compact.procedures[0]).toMatchObject({ state: 'published', publication: { noticeId: published.notice.id } })
    row = await fileCompact(ctx, published.compact, { date: '2026-03-20', receiptNumber: '罗备〔2026〕3号' })
    expect(row.procedures[0]!.state).toBe('filed')
    expect(await filingReminderOf(ctx, row)).toBeNull()
    const tables = (await ctx.db.auditLog.orderBy('seq').toArray()).map((e) => e.table)
    expect(tables.filter((t) => t === 'meetings')).toHaveLength(1)
    expect((await verifyAuditLog(ctx)).ok).toBe(true)
  })

  it('a 村民会议 without a quorum keeps the meeting and sends the procedure back to drafting', async () => {
    const ctx = await village('2026-03-20T02:00:00.000Z')
    const row = await reviewed(ctx)
    const out = await adoptCompact(ctx, row, meetingInput('villagers_meeting', '2026-03-15', ['A', 'B'], 2), {
      effectiveFrom: '2026-04-01',
    })
    expect(out.compact.procedures[0]!.state).toBe('drafting')
    expect(out.compact.compact.versions).toHaveLength(0)
    expect(await ctx.db.meetings.count()).toBe(1)
  })

  it('refuses to vote on a draft with 违法 content, a 两委 meeting as the adopting body, and a stale row; nothing written', async () => {
    const ctx = await village('2026-03-20T02:00:00.000Z')
    const row = await reviewed(ctx, FINED)
    const before = await snapshotOf(ctx)
    const input = meetingInput('villagers_meeting', '2026-03-15', ['A', 'B', 'C', 'D'], 3)
    await expect(adoptCompact(ctx, row, input, { effectiveFrom: '2026-04-01' })).rejects.toThrow('违法内容')
    await expect(
      adoptCompact(ctx, row, meetingInput('joint_committees', '2026-03-15', ['A', 'B', 'C'], 3), { effectiveFrom: '2026-04-01' }),
    ).rejects.toBeInstanceOf(CompactProcedureError)
    const badVote = { ...input, vote: { ...input.vote, totals: { yes: 9, no: 0, abstain: 0 } } }
    await expect(adoptCompact(ctx, row, badVote, { effectiveFrom: '2026-04-01' })).rejects.toBeInstanceOf(MeetingRecordError)
    await expect(
      adoptCompact(ctx, { ...row, updatedAt: '2020-01-01T00:00:00.000Z' }, input, { effectiveFrom: '2026-04-01' }),
    ).rejects.toBeInstanceOf(StaleRecordError)
    expect(await snapshotOf(ctx)).toEqual(before)
  })

  it('refuses steps out of order: a second procedure, publishing before adoption, filing before publication', async () => {
    const ctx = await village()
    const row = await reviewed(ctx)
    const before = await snapshotOf(ctx)
    await expect(startCompactProcedure(ctx, row, { kind: 'adopt', solicit: false })).rejects.toThrow('正在进行')
    await expect(publishCompact(ctx, row, { date: '2026-03-18' })).rejects.toThrow('须先表决通过')
    await expect(fileCompact(ctx, row, { date: '2026-03-18', receiptNumber: '1' })).rejects.toThrow('须先公布')
    await expect(submitCompactForReview(ctx, row, { date: '2026-03-18' })).rejects.toBeInstanceOf(CompactProcedureError)
    expect(await snapshotOf(ctx)).toEqual(before)
  })
})

describe('stale guard on every procedure step', () => {
  it('refuses each step on a row changed since the screen saw it, writing nothing', async () => {
    const ctx = await village('2026-03-20T02:00:00.000Z')
    const first = await importCompactText(ctx, previewCompactText(TEXT).parsed, { as: 'draft' })
    await startCompactProcedure(ctx, first, { kind: 'adopt', solicit: false })
    const before = await snapshotOf(ctx)
    for (const step of [
      () => importCompactText(ctx, previewCompactText(TEXT).parsed, { as: 'draft' }, first),
      () => startCompactProcedure(ctx, first, { kind: 'adopt', solicit: false }),
      () => submitCompactForReview(ctx, first, { date: '2026-03-05' }),
      () => recordCompactReview(ctx, first, review),
      () =>
        adoptCompact(ctx, first, meetingInput('villagers_meeting', '2026-03-15', ['A', 'B', 'C', 'D'], 3), { effectiveFrom: '2026-04-01' }),
      () => publishCompact(ctx, first, { date: '2026-03-18' }),
      () => fileCompact(ctx, first, { date: '2026-03-20', receiptNumber: '1' }),
    ]) {
      await expect(step()).rejects.toBeInstanceOf(StaleRecordError)
    }
    expect(await snapshotOf(ctx)).toEqual(before)
  })
})
