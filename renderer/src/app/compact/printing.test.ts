// testContext first: it installs fake-indexeddb before Dexie is loaded
import { snapshotOf, testVillageProfile, useTestContexts } from '../testContext'
import { describe, expect, it } from 'vitest'
import type { CompactRow } from '@/db/rows'
import { pdfText } from '@/print/pdf-test-utils.node'
import { meetingInput, seedVillage } from '../meetings/testRegistry'
import { CompactFileError, fileTypeOf, keepCompactFile, readCompactFile } from './attachments'
import { importCompactText, previewCompactText } from './importCompact'
import { compactPrintouts, procedureOfVersion, renderCompactPdf } from './printing'
import {
  adoptCompact,
  closeCompactSolicitation,
  fileCompact,
  publishCompact,
  recordCompactOpinion,
  recordCompactReview,
  startCompactProcedure,
  submitCompactForReview,
} from './procedureSteps'

const context = useTestContexts('app-compact-printing')

const TEXT = [
  '宅子村村规民约',
  '第一条　为加强村民自治，制定本村规民约。',
  '第二条　村民建房不得影响相邻住户的通风和采光。',
  '第三条　违反第二条的，由村民委员会批评教育，责令恢复原状。',
  '第四条　违约人改正后，由村民委员会恢复其评先评优资格。',
].join('\n')

const review = { date: '2026-03-10', reviewer: '罗庄镇党委', text: '同意提交村民会议表决', outcome: 'approved' as const, attachmentIds: [] }
const flat = (pdf: Uint8Array) => pdfText(pdf).replace(/\s+/g, '')

/** Draft → 征集民意 with one opinion → 审核 → 村民会议 03-15 (4 of 5 present, 3 for) → 公布 03-18 → 备案 03-20. */
async function adoptedRow(): Promise<{ ctx: ReturnType<typeof context>; row: CompactRow }> {
  const ctx = context('2026-03-20T02:00:00.000Z')
  await seedVillage(ctx)
  let row = await importCompactText(ctx, previewCompactText(TEXT).parsed, { as: 'draft' })
  row = await startCompactProcedure(ctx, row, { kind: 'adopt', solicit: true })
  row = await recordCompactOpinion(ctx, row, { date: '2026-03-02', from: '三组 王小明', text: '建议写明建房采光的处理办法' })
  row = await closeCompactSolicitation(ctx, row, { date: '2026-03-04' })
  row = await submitCompactForReview(ctx, row, { date: '2026-03-05' })
  row = await recordCompactReview(ctx, row, review)
  const adopted = await adoptCompact(ctx, row, meetingInput('villagers_meeting', '2026-03-15', ['A', 'B', 'C', 'D'], 3, '表决村规民约'), {
    effectiveFrom: '2026-04-01',
  })
  row = (await publishCompact(ctx, adopted.compact, { date: '2026-03-18' })).compact
  row = await fileCompact(ctx, row, { date: '2026-03-20', receiptNumber: '罗备〔2026〕3号' })
  return { ctx, row }
}

describe('征集民意', () => {
  it('records the opinions, then closes into drafting', async () => {
    const { row } = await adoptedRow()
    const p = row.procedures[0]!
    expect(p.solicitation?.opinions.map((o) => o.from)).toEqual(['三组 王小明'])
    expect(p.solicitation?.closedOn).toBe('2026-03-04')
    expect(p.history.map((h) => h.state).slice(0, 3)).toEqual(['soliciting', 'soliciting', 'drafting'])
  })
})

describe('adoption', () => {
  it('keeps the draft’s 章 on the adopted version', async () => {
    const ctx = context('2026-03-20T02:00:00.000Z')
    await seedVillage(ctx)
    const withChapters = TEXT.replace('第一条', '第一章　总则\n第一条').replace('第二条', '第二章　建房\n第二条')
    let row = await importCompactText(ctx, previewCompactText(withChapters).parsed, { as: 'draft' })
    row = await startCompactProcedure(ctx, row, { kind: 'adopt', solicit: false })
    row = await submitCompactForReview(ctx, row, { date: '2026-03-05' })
    row = await recordCompactReview(ctx, row, review)
    const out = await adoptCompact(ctx, row, meetingInput('villagers_meeting', '2026-03-15', ['A', 'B', 'C', 'D'], 3, '表决村规民约'), {
      effectiveFrom: '2026-04-01',
    })
    expect(out.compact.compact.versions[0]!.chapters).toEqual([
      { number: 1, title: '总则' },
      { number: 2, title: '建房' },
    ])
    expect(out.compact.compact.versions[0]!.articles.map((a) => a.chapter)).toEqual([1, 2, 2, 2])
  })
})

describe('printouts', () => {
  it('offers nothing before a version is adopted, and what the version has once it is', async () => {
    const ctx = context('2026-03-20T02:00:00.000Z')
    await seedVillage(ctx)
    const draft = await importCompactText(ctx, previewCompactText(TEXT).parsed, { as: 'draft' })
    expect(compactPrintouts(draft)).toEqual([])
    await expect(renderCompactPdf(ctx, '村规民约全文', draft, {}, testVillageProfile)).rejects.toThrow('还没有已通过的村规民约版本')
    // 补录 of a compact adopted before the app: no meeting or review recorded, so no 备案报告
    const old = await importCompactText(
      ctx,
      previewCompactText(TEXT).parsed,
      { as: 'version', effectiveFrom: '2024-01-01', adoptedAt: '2023-12-20' },
      draft,
    )
    expect(compactPrintouts(old)).toEqual(['村规民约全文', '公布公告'])
  })

  it('prints the compact signed by the 村民会议 and the 备案报告 with the meeting counted from its record', async () => {
    const { ctx, row } = await adoptedRow()
    expect(compactPrintouts(row)).toEqual(['村规民约全文', '公布公告', '备案报告'])
    expect(procedureOfVersion(row)?.id).toBe(row.procedures[0]!.id)
    const compact = flat(await renderCompactPdf(ctx, '村规民约全文', row, {}, testVillageProfile))
    expect(compact).toContain('宅子村村规民约')
    expect(compact).toContain('第三条违反第二条的')
    expect(compact).toContain('2026年3月15日')
    const report = flat(await renderCompactPdf(ctx, '备案报告', row, {}, testVillageProfile))
    expect(report).toContain('备案的报告')
    expect(report).toContain('2026年3月15日')
    // the roster of 2026-03-15 has 5 entitled (己 is under 18), 4 came, 3 for
    expect(report).toContain('本村十八周岁以上村民5人，到会4人，其中妇女2人')
    expect(report).toContain('赞成3票，反对1票，弃权0票')
    expect(report).toContain('已于2026年3月18日公布')
    const notice = flat(await renderCompactPdf(ctx, '公布公告', row, {}, testVillageProfile))
    expect(notice).toContain('2026年3月18日')
    await expect(renderCompactPdf(ctx, '条文对照表', row, {}, testVillageProfile)).rejects.toThrow('第一个版本')
  })

  it('refuses without the village profile', async () => {
    const { ctx, row } = await adoptedRow()
    await expect(renderCompactPdf(ctx, '村规民约全文', row, {}, undefined)).rejects.toThrow()
  })
})

describe('attachments', () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3])
  const pdf = new TextEncoder().encode('%PDF-1.4 test')
  it('reads the file type from the bytes, not the name', () => {
    expect(fileTypeOf(png)).toBe('image/png')
    expect(fileTypeOf(pdf)).toBe('application/pdf')
    expect(fileTypeOf(new TextEncoder().encode('%PDF'))).toBeUndefined()
    expect(fileTypeOf(new TextEncoder().encode('hello'))).toBeUndefined()
  })
  it('keeps the township opinion as evidence with its hash in the audit log; refuses other files, writing nothing', async () => {
    const ctx = context('2026-03-20T02:00:00.000Z')
    const key = await keepCompactFile(ctx, { name: '审核意见.pdf', bytes: pdf }, '乡镇审核意见')
    expect(key).toMatch(/^compactFile:/)
    const stored = await readCompactFile(ctx, key)
    expect(stored).toMatchObject({ name: '审核意见.pdf', mime: 'application/pdf' })
    expect(Array.from(stored!.bytes)).toEqual(Array.from(pdf))
    const last = await ctx.db.auditLog.orderBy('seq').last()
    expect(last?.summary).toContain('乡镇审核意见')
    const before = await snapshotOf(ctx)
    await expect(keepCompactFile(ctx, { name: 'a.pdf', bytes: new TextEncoder().encode('hello') }, '备案回执')).rejects.toBeInstanceOf(
      CompactFileError,
    )
    await expect(keepCompactFile(ctx, { name: 'a.png', bytes: new Uint8Array() }, '备案回执')).rejects.toThrow('空的')
    expect(await snapshotOf(ctx)).toEqual(before)
  })
})
