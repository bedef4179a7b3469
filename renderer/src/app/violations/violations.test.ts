// testContext first: it installs fake-indexeddb before Dexie is loaded
import { snapshotOf, useTestContexts } from '../testContext'
import { describe, expect, it } from 'vitest'
import type { CaseRow } from '@/db/rows'
import { StaleRecordError } from '@/db/unitOfWork'
import type { Benefit } from '@/domain/violations/benefits'
import type { Report } from '@/domain/violations/case'
import { ViolationRefusedError } from '@/domain/violations/outcome'
import { verifyAuditLog } from '../audit/auditLog'
import { importCompactText, previewCompactText } from '../compact/importCompact'
import { recordStandaloneMeeting } from '../meetings/recordStandaloneMeeting'
import { meetingInput, seedVillage } from '../meetings/testRegistry'
import { compactArticleRefs, measuresNamedIn } from './articleRefs'
import {
  assessCase,
  closeCase,
  decideCase,
  notifyCase,
  recordNoStatement,
  recordStatement,
  recordWaiver,
  recordCaseObjection,
  reportCase,
  requireRectification,
  resolveCaseObjection,
  restoreCase,
  verifyRectification,
} from './caseSteps'
import { listCases, suspensionsOnDate, withholdListFor } from './loadCases'
import { saveVillageBenefits } from './benefitList'
import { publishCase } from './publishCase'

const context = useTestContexts('app-violations')

const V1 = [
  '宅子村村规民约',
  '第一条　为加强村民自治，制定本村规民约。',
  '第二条　村民建房不得影响相邻住户的采光。',
  '第三条　违反第二条的，由村民委员会给予批评教育，责令恢复原状，并予以通报；拒不整改的，暂停享受村集体年终慰问品，直至整改到位。',
  '第四条　违约人整改到位、经验收合格的，由村民委员会决定恢复其享受相关福利。',
].join('\n')
const V2 = V1.replace('不得影响相邻住户的采光', '不得加高房屋影响相邻住户的通风和采光')

const ROLES = { 1: 'general', 2: 'conduct', 3: 'handling', 4: 'restoration' } as const

const benefits: Benefit[] = [
  { id: 'gift', name: '年终慰问品', kind: '自主福利', unit: '户' },
  { id: 'share', name: '集体收益分配', kind: '法定成员权益', unit: '人' },
]

function parsedWithRoles(text: string) {
  const { parsed } = previewCompactText(text)
  for (const a of parsed.articles) a.role = ROLES[a.number as 1 | 2 | 3 | 4]
  return parsed
}

/** The village with its compact: v1 from 2024-01-01, v2 (article 2 amended) from 2026-06-01. */
async function village(instant = '2026-03-02T02:00:00.000Z', v1 = V1) {
  const ctx = context(instant)
  await seedVillage(ctx)
  const row = await importCompactText(ctx, parsedWithRoles(v1), { as: 'version', effectiveFrom: '2024-01-01' })
  await importCompactText(ctx, parsedWithRoles(V2), { as: 'version', effectiveFrom: '2026-06-01' }, row)
  await saveVillageBenefits(ctx, benefits, undefined)
  return ctx
}

const report = (over: Partial<Report> = {}): Report => ({
  reporterKind: '网格员',
  reporterName: '丙',
  reportDate: '2026-03-02',
  actDate: '2026-03-01',
  place: '第一村民小组',
  facts: '加高房屋三层砖，挡住邻居采光',
  evidence: [],
  villagerId: 'E',
  householdId: 'H3',
  ...over,
})

/** Reported 03-02, assessed 03-03, notified 03-04 (5 days: to 03-09). */
async function notified(ctx: Awaited<ReturnType<typeof village>>) {
  let c: CaseRow = await reportCase(ctx, { report: report() })
  ctx.clock.set('2026-03-04T02:00:00.000Z')
  c = await assessCase(ctx, c, { date: '2026-03-03', finding: '加高房屋影响邻居采光', article: '第二条' })
  return notifyCase(
    ctx,
    c,
    {
      date: '2026-03-04',
      serviceDate: '2026-03-04',
      serviceMethod: '直接送达',
      article: '第三条',
      intendedMeasures: [{ kind: '批评教育' }, { kind: '公开通报' }, { kind: '暂停享受福利', benefitId: 'gift' }],
    },
    benefits,
  )
}

const measures = (date: string) => [
  { kind: '批评教育' as const, startDate: date },
  { kind: '公开通报' as const, startDate: date },
  { kind: '暂停享受福利' as const, benefitId: 'gift', startDate: date, untilRestored: true, riskReason: '年终慰问品为村级自主福利' },
]

describe('compact articles as case snapshots (glue)', () => {
  it('maps every version of every article with its dates, the measures a handling article names and its deciding body', async () => {
    const ctx = await village()
    const row = (await ctx.db.compacts.toArray())[0]!
    const refs = compactArticleRefs(row)
    const second = refs.filter((r) => r.number === '第二条')
    expect(second.map((r) => [r.effectiveFrom, r.effectiveTo])).toEqual([
      ['2024-01-01', '2026-05-31'],
      ['2026-06-01', undefined],
    ])
    expect(refs.some((r) => r.number === '第一条')).toBe(false)
    const handling = refs.find((r) => r.number === '第三条')!
    expect(handling.allowedMeasures).toEqual(['批评教育', '公开通报', '暂停享受福利', '恢复原状'])
    expect(handling.decidingBody).toBe('村民委员会')
    expect(measuresNamedIn('由村民代表会议决定赔偿损失')).toEqual(['赔偿损失'])
  })
})

describe('a case from report to close', () => {
  it('runs every step on the stored case, snapshotting the articles in force on the act date', async () => {
    const ctx = await village()
    let c = await notified(ctx)
    expect(c.caseNo).toBe('宅子违约〔2026〕1号')
    expect(c.assessment!.conductArticle).toMatchObject({
      number: '第二条',
      text: '村民建房不得影响相邻住户的采光。',
      effectiveTo: '2026-05-31',
    })
    expect(c.notification!.period).toMatchObject({ lastDay: '2026-03-09' })

    // the last day of the hearing period: too early to record “未提出”, and to decide
    ctx.clock.set('2026-03-09T02:00:00.000Z')
    const before = await snapshotOf(ctx)
    await expect(recordNoStatement(ctx, c)).rejects.toBeInstanceOf(ViolationRefusedError)
    expect(await snapshotOf(ctx)).toEqual(before)

    ctx.clock.set('2026-03-10T02:00:00.000Z')
    c = await recordNoStatement(ctx, c)
    c = await decideCase(ctx, c, { date: '2026-03-10', body: '村民委员会', measures: measures('2026-03-10') }, benefits)
    expect(c.state).toBe('decided')
    expect(c.decision!.publish).toBe(true)

    const { case: published, notice } = await publishCase(ctx, c, { date: '2026-03-10' })
    expect(published.publication).toMatchObject({ shownName: '王某', noticeId: notice.id })
    expect(notice).toMatchObject({ kind: '违约处理公示', state: 'draft', issuer: '宅子村村民委员会' })
    expect(notice.body[0]).toContain('经调查核实：2026年3月1日，王某在第一村民小组加高房屋')
    expect(notice.title).toBe('关于王某违反村规民约处理情况的公示')
    expect(JSON.stringify(notice)).not.toContain('王小明')
    expect(JSON.stringify(notice)).not.toMatch(/\d{17}[\dX]/)
    // the articles quoted as in force on the act date, and the measures
    expect(notice.body.join('')).toContain('村民建房不得影响相邻住户的采光')
    expect(notice.body.join('')).toContain('暂停其户享受“年终慰问品”')
    c = published

    expect((await suspensionsOnDate(ctx, '2026-03-10', benefits)).map((s) => [s.householdId, s.benefitId])).toEqual([['H3', 'gift']])
    expect(await suspensionsOnDate(ctx, '2026-03-09', benefits)).toEqual([])
    expect((await withholdListFor(ctx, 'gift', '2026-03-20', benefits)).householdIds).toEqual(['H3'])
    expect((await withholdListFor(ctx, 'share', '2026-03-20', benefits)).lines).toEqual([])

    c = await requireRectification(ctx, c, { date: '2026-03-10', requirement: '拆除加高部分', deadline: '2026-03-31' })
    await expect(restoreCase(ctx, c, { date: '2026-03-10', noticeDate: '2026-03-10', article: '第四条' })).rejects.toThrow(
      '“整改中”的案件不能恢复',
    )
    c = await verifyRectification(ctx, c, { date: '2026-03-10', checkedBy: '丙', passed: true, note: '已拆除' })
    c = await restoreCase(ctx, c, { date: '2026-03-11', noticeDate: '2026-03-10', article: '第四条' })
    expect(c.restoration!.article.number).toBe('第四条')
    expect((await suspensionsOnDate(ctx, '2026-03-10', benefits)).length).toBe(1)
    expect(await suspensionsOnDate(ctx, '2026-03-11', benefits)).toEqual([])
    ctx.clock.set('2026-03-11T02:00:00.000Z')
    c = await closeCase(ctx, c, { date: '2026-03-11' })
    expect(c.state).toBe('closed')
    expect(await listCases(ctx, 'closed')).toHaveLength(1)

    const log = await ctx.db.auditLog.where('[table+recordId]').equals(['cases', c.id]).toArray()
    // 登记, 认定, 告知, 未提出, 决定, 公示, 责令整改, 验收, 恢复, 结案: one entry each
    expect(log.map((e) => e.action)).toEqual(['create', ...Array<string>(9).fill('status')])
    expect(log.at(-1)!.summary).toBe('宅子违约〔2026〕1号：结案（2026-03-11）')
    expect((await verifyAuditLog(ctx)).ok).toBe(true)
  })

  it('refuses an act before the article took effect (不溯及既往), writing nothing', async () => {
    const ctx = await village()
    const c = await reportCase(ctx, { report: report({ actDate: '2023-12-31' }) })
    const before = await snapshotOf(ctx)
    const attempt = assessCase(ctx, c, { date: '2026-03-02', finding: '加高房屋', article: '第二条' })
    await expect(attempt).rejects.toBeInstanceOf(ViolationRefusedError)
    await expect(attempt).rejects.toThrow('不溯及既往')
    expect(await snapshotOf(ctx)).toEqual(before)
  })

  it('refuses a measure the 告知书 did not name, a 法定成员权益, and a stale case; nothing written', async () => {
    const ctx = await village()
    let c = await notified(ctx)
    ctx.clock.set('2026-03-05T02:00:00.000Z')
    c = await recordWaiver(ctx, c, { date: '2026-03-05', writtenRef: '放弃声明.jpg' })
    const before = await snapshotOf(ctx)
    await expect(
      decideCase(ctx, c, { date: '2026-03-05', body: '村民委员会', measures: [{ kind: '恢复原状', startDate: '2026-03-05' }] }, benefits),
    ).rejects.toThrow('告知书没有告知')
    await expect(
      decideCase(
        ctx,
        c,
        {
          date: '2026-03-05',
          body: '村民委员会',
          measures: [{ kind: '暂停享受福利', benefitId: 'share', startDate: '2026-03-05', untilRestored: true, riskReason: 'x' }],
        },
        benefits,
      ),
    ).rejects.toBeInstanceOf(ViolationRefusedError)
    await expect(
      recordStatement(ctx, { ...c, updatedAt: '2020-01-01T00:00:00.000Z' }, { date: '2026-03-05', text: '我有话说' }),
    ).rejects.toBeInstanceOf(StaleRecordError)
    expect(await snapshotOf(ctx)).toEqual(before)
  })

  it('numbers cases per year and refuses a number already used', async () => {
    const ctx = await village()
    const a = await reportCase(ctx, { report: report() })
    const b = await reportCase(ctx, { report: report({ facts: '乱堆柴草' }) })
    expect([a.caseNo, b.caseNo]).toEqual(['宅子违约〔2026〕1号', '宅子违约〔2026〕2号'])
    const before = await snapshotOf(ctx)
    await expect(reportCase(ctx, { report: report(), caseNo: a.caseNo })).rejects.toThrow('已被使用')
    await expect(reportCase(ctx, { report: report({ facts: ' ' }) })).rejects.toThrow('请填写违约事实')
    expect(await snapshotOf(ctx)).toEqual(before)
  })

  it('a full name on the notice only with a recorded reason', async () => {
    const ctx = await village()
    let c = await notified(ctx)
    ctx.clock.set('2026-03-10T02:00:00.000Z')
    c = await recordNoStatement(ctx, c)
    c = await decideCase(ctx, c, { date: '2026-03-10', body: '村民委员会', measures: measures('2026-03-10') }, benefits)
    const before = await snapshotOf(ctx)
    await expect(publishCase(ctx, c, { date: '2026-03-10', text: '王小明于2026年3月1日加高房屋。' })).rejects.toThrow('全名')
    expect(await snapshotOf(ctx)).toEqual(before)
    const out = await publishCase(ctx, c, { date: '2026-03-10', fullNameReason: '屡教不改，经村民代表会议同意公开姓名' })
    expect(out.case.publication!.shownName).toBe('王小明')
    expect(out.notice.title).toBe('关于王小明违反村规民约处理情况的公示')
    expect(JSON.stringify(out.notice)).not.toMatch(/\d{17}[\dX]/)
  })
})

describe('an objection at any stage, overturning the decision on appeal', () => {
  it('维持 changes nothing; 撤销 ends every suspension from the outcome date and closes the case, audited', async () => {
    const ctx = await village()
    let c = await notified(ctx)
    // an objection before the decision is recorded and may wait
    c = await recordCaseObjection(ctx, c, { date: '2026-03-04', by: '当事人', to: '村务监督委员会', content: '加高部分不是我家建的' })
    expect(c.objections).toHaveLength(1)
    ctx.clock.set('2026-03-10T02:00:00.000Z')
    c = await recordNoStatement(ctx, c)
    c = await decideCase(ctx, c, { date: '2026-03-10', body: '村民委员会', measures: measures('2026-03-10') }, benefits)
    c = await resolveCaseObjection(ctx, c, c.objections[0]!.id, {
      date: '2026-03-10',
      result: '维持',
      reason: '经现场查看属实',
      by: '村务监督委员会',
    })
    expect(c.state).toBe('decided')
    expect(c.decision!.reversal).toBeUndefined()

    ctx.clock.set('2026-03-20T02:00:00.000Z')
    c = await recordCaseObjection(ctx, c, { date: '2026-03-15', by: '当事人', to: '乡镇人民政府', content: '不服处理决定' })
    const before = await snapshotOf(ctx)
    await expect(
      resolveCaseObjection(ctx, c, c.objections[1]!.id, { date: '2026-03-09', result: '撤销', reason: '理由', by: '乡镇人民政府' }),
    ).rejects.toThrow('早于')
    expect(await snapshotOf(ctx)).toEqual(before)
    c = await resolveCaseObjection(ctx, c, c.objections[1]!.id, {
      date: '2026-03-18',
      result: '撤销',
      reason: '加高部分经核实为邻户所建',
      by: '乡镇人民政府',
    })
    expect(c.state).toBe('closed')
    expect(c.closed).toMatchObject({ outcome: '决定被撤销', date: '2026-03-18' })
    expect(c.decision!.reversal).toMatchObject({ date: '2026-03-18', reason: '加高部分经核实为邻户所建' })
    // the register: suspended the day before the reversal, not on it, not after
    expect((await suspensionsOnDate(ctx, '2026-03-17', benefits)).map((s) => s.endCondition)).toEqual([
      '处理决定已撤销，自2026年3月18日起停止执行',
    ])
    expect(await suspensionsOnDate(ctx, '2026-03-18', benefits)).toEqual([])
    expect((await withholdListFor(ctx, 'gift', '2026-03-19', benefits)).lines).toEqual([])
    const log = await ctx.db.auditLog.where('[table+recordId]').equals(['cases', c.id]).toArray()
    expect(log.at(-1)!.summary).toBe('宅子违约〔2026〕1号：异议处理结果：撤销')
    expect((await verifyAuditLog(ctx)).ok).toBe(true)
  })
})

describe('stale guard on every case step', () => {
  it('refuses each step on a case changed since the screen saw it, writing nothing', async () => {
    const ctx = await village()
    const reported = await reportCase(ctx, { report: report() })
    ctx.clock.set('2026-03-04T02:00:00.000Z')
    await assessCase(ctx, reported, { date: '2026-03-03', finding: '加高房屋', article: '第二条' })
    const stale = reported
    const before = await snapshotOf(ctx)
    const plan = {
      date: '2026-03-04',
      serviceDate: '2026-03-04',
      serviceMethod: '直接送达' as const,
      article: '第三条',
      intendedMeasures: [{ kind: '批评教育' as const }],
    }
    for (const step of [
      () => assessCase(ctx, stale, { date: '2026-03-03', finding: '加高房屋', article: '第二条' }),
      () => notifyCase(ctx, stale, plan, benefits),
      () => recordNoStatement(ctx, stale),
      () => recordWaiver(ctx, stale, { date: '2026-03-04', writtenRef: 'x' }),
      () => decideCase(ctx, stale, { date: '2026-03-04', body: '村民委员会', measures: [] }, benefits),
      () => publishCase(ctx, stale, { date: '2026-03-04' }),
      () => requireRectification(ctx, stale, { date: '2026-03-04', requirement: '拆除', deadline: '2026-03-30' }),
      () => verifyRectification(ctx, stale, { date: '2026-03-04', checkedBy: '丙', passed: true, note: '好' }),
      () => restoreCase(ctx, stale, { date: '2026-03-04', noticeDate: '2026-03-04', article: '第四条' }),
      () => closeCase(ctx, stale, { date: '2026-03-04' }),
    ]) {
      await expect(step()).rejects.toBeInstanceOf(StaleRecordError)
    }
    expect(await snapshotOf(ctx)).toEqual(before)
  })
})

describe('a decision by the 村民代表会议', () => {
  it('takes the quorum and result from the recorded meeting, and refuses a meeting held inside the hearing period', async () => {
    const ctx = await village('2026-03-02T02:00:00.000Z', V1.replace('由村民委员会给予', '由村民代表会议决定给予'))
    let c = await notified(ctx)
    ctx.clock.set('2026-03-10T02:00:00.000Z')
    c = await recordNoStatement(ctx, c)
    const early = await recordStandaloneMeeting(ctx, meetingInput('representatives_meeting', '2026-03-08', ['A', 'C'], 2, '处理决定'))
    const before = await snapshotOf(ctx)
    await expect(
      decideCase(
        ctx,
        c,
        { date: '2026-03-10', body: '村民代表会议', measures: measures('2026-03-10'), meetingId: early.meeting.id },
        benefits,
      ),
    ).rejects.toThrow('陈述申辩期限')
    await expect(
      decideCase(ctx, c, { date: '2026-03-10', body: '村民委员会', measures: measures('2026-03-10') }, benefits),
    ).rejects.toThrow('规定由村民代表会议作出决定')
    expect(await snapshotOf(ctx)).toEqual(before)
    const held = await recordStandaloneMeeting(ctx, meetingInput('representatives_meeting', '2026-03-10', ['A', 'C'], 2, '处理决定'))
    c = await decideCase(
      ctx,
      c,
      { date: '2026-03-10', body: '村民代表会议', measures: measures('2026-03-10'), meetingId: held.meeting.id },
      benefits,
    )
    expect(c.decision!.meeting).toEqual({ meetingId: held.meeting.id, date: '2026-03-10', quorumReached: true, passed: true })
  })
})
