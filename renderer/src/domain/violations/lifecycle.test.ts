import { describe, expect, it } from 'vitest'
import type { Measure, ViolationCase } from './case'
import {
  assessCase,
  closeCase,
  decideCase,
  dismissCase,
  isRectificationOverdue,
  notifyCase,
  publishCase,
  recordNoStatement,
  recordObjection,
  recordStatement,
  recordWaiver,
  reportCase,
  requireRectification,
  resolveObjection,
  respondToStatement,
  restoreCase,
  verifyRectification,
} from './lifecycle'
import { unwrap, type Outcome } from './outcome'
import {
  ARTICLES,
  BENEFITS,
  COMPACT,
  CONDUCT_V1,
  CONDUCT_V2,
  EDUCATE,
  REPLY_RULE,
  SUSPEND_GIFT,
  TODAY,
  assessed,
  decided,
  heard,
  notified,
  published,
  rectified,
  rectifying,
  reported,
  restored,
  sampleReport,
} from './testFixtures'

function reason(o: Outcome<unknown>): string {
  expect(o.ok).toBe(false)
  return o.ok ? '' : o.reason
}

describe('登记', () => {
  it('records reporter, act date, place, facts, evidence, villager and household', () => {
    const c = reported()
    expect(c.state).toBe('reported')
    expect(c.report.reporterKind).toBe('网格员')
    expect(c.report.evidence).toHaveLength(1)
    expect(c.objections).toEqual([])
  })
  it('refuses an act after the report, a future report and missing facts', () => {
    expect(reason(reportCase({ id: 'x', caseNo: 'n', report: sampleReport({ actDate: '2026-10-22' }) }, TODAY))).toContain('晚于登记日期')
    expect(reason(reportCase({ id: 'x', caseNo: 'n', report: sampleReport({ reportDate: '2027-01-01' }) }, TODAY))).toContain('晚于今天')
    expect(reason(reportCase({ id: 'x', caseNo: 'n', report: sampleReport({ facts: ' ' }) }, TODAY))).toContain('违约事实')
    expect(reason(reportCase({ id: 'x', caseNo: 'n', report: sampleReport({ actDate: '2026-02-30' }) }, TODAY))).toContain('不是有效日期')
  })
})

describe('认定: the article in force on the act date', () => {
  it('cites the current version for a recent act', () => {
    const c = assessed()
    expect(c.assessment?.conductArticle.versionId).toBe('v2024')
    expect(c.assessment?.conductArticle.text).toBe(CONDUCT_V2.text)
  })
  it('cites the old version for an act under it, even when handled after the amendment', () => {
    const old = reported('c-old', sampleReport({ actDate: '2024-04-30', reportDate: '2024-05-10' }))
    const c = unwrap(
      assessCase(old, { articles: ARTICLES, compactId: COMPACT, number: '第十二条', date: '2024-05-12', finding: 'x' }, TODAY),
    )
    expect(c.assessment?.conductArticle.versionId).toBe('v2020')
    expect(c.assessment?.conductArticle.text).toBe(CONDUCT_V1.text)
  })
  it('keeps the cited text when the article is amended later (snapshot, not reference)', () => {
    const articles = ARTICLES.map((a) => ({ ...a }))
    const c = unwrap(assessCase(reported(), { articles, compactId: COMPACT, number: '第十二条', date: '2026-10-22', finding: 'x' }, TODAY))
    articles[1]!.text = '修改后的文字'
    expect(c.assessment?.conductArticle.text).toBe(CONDUCT_V2.text)
  })
  it('refuses an act before its article took effect: 不溯及既往', () => {
    const early = reported('c-early', sampleReport({ actDate: '2024-04-20', reportDate: '2024-06-01' }))
    const r = assessCase(early, { articles: ARTICLES, compactId: COMPACT, number: '第十五条', date: '2024-06-02', finding: 'x' }, TODAY)
    expect(reason(r)).toContain('不溯及既往')
    expect(!r.ok && r.citation?.article).toBe('第一百零四条')
  })
  it('refuses a handling article as the conduct article, and a second assessment', () => {
    expect(
      reason(
        assessCase(reported(), { articles: ARTICLES, compactId: COMPACT, number: '第二十条', date: '2026-10-22', finding: 'x' }, TODAY),
      ),
    ).toContain('行为规范条款')
    expect(
      reason(
        assessCase(assessed(), { articles: ARTICLES, compactId: COMPACT, number: '第十二条', date: '2026-10-22', finding: 'x' }, TODAY),
      ),
    ).toContain('“已认定”的案件不能认定')
  })
})

describe('告知', () => {
  it('records facts, handling article, intended measures, service and the reply period from the profile', () => {
    const c = notified()
    const n = c.notification!
    expect(n.handlingArticle.number).toBe('第二十条')
    expect(n.intendedMeasures.map((m) => m.kind)).toContain('暂停享受福利')
    expect(n.period).toMatchObject({ days: 5, firstDay: '2026-10-29', lastDay: '2026-11-02' })
    expect(n.period.basis).toContain('地方惯例')
  })
  const base = {
    articles: ARTICLES,
    compactId: COMPACT,
    number: '第二十条',
    date: '2026-10-28',
    serviceDate: '2026-10-28',
    serviceMethod: '直接送达' as const,
    replyRule: REPLY_RULE,
  }
  it('refuses intended measures the article does not allow', () => {
    expect(reason(notifyCase(assessed(), { ...base, intendedMeasures: [{ kind: '赔礼道歉' }] }, TODAY, BENEFITS))).toContain(
      '第二十条没有规定“赔礼道歉”',
    )
  })
  it('refuses a service before the notice and 留置送达 without proof', () => {
    expect(
      reason(notifyCase(assessed(), { ...base, serviceDate: '2026-10-27', intendedMeasures: [{ kind: '批评教育' }] }, TODAY, BENEFITS)),
    ).toContain('早于告知书日期')
    expect(
      reason(notifyCase(assessed(), { ...base, serviceMethod: '留置送达', intendedMeasures: [{ kind: '批评教育' }] }, TODAY, BENEFITS)),
    ).toContain('留置送达')
  })
})

describe('陈述申辩 and the hearing gate', () => {
  const decide = (c: ViolationCase, date: string) =>
    decideCase(c, { date, body: '村民委员会', measures: [{ ...EDUCATE, startDate: date }] }, TODAY, BENEFITS)

  it('a statement, then the committee response, completes the hearing', () => {
    let c = unwrap(recordStatement(notified(), { date: '2026-10-30', text: '加高是为了防漏雨' }, TODAY))
    expect(c.state).toBe('notified')
    c = unwrap(respondToStatement(c, { date: '2026-10-31', text: '理由不成立：未经审批' }, TODAY))
    expect(c.state).toBe('heard')
    expect(c.hearing).toMatchObject({ kind: 'statement', response: { date: '2026-10-31' } })
  })
  it('even with a statement answered, nothing is decided before the period ends', () => {
    let c = unwrap(recordStatement(notified(), { date: '2026-10-30', text: 'x' }, TODAY))
    c = unwrap(respondToStatement(c, { date: '2026-10-31', text: 'y' }, TODAY))
    expect(reason(decide(c, '2026-11-01'))).toContain('期满前不能作出决定')
    expect(reason(decide(c, '2026-11-02'))).toContain('2026年11月2日二十四时届满')
    expect(decide(c, '2026-11-03').ok).toBe(true)
  })
  it('a statement on the last day is accepted; the day after, it is an objection', () => {
    expect(recordStatement(notified(), { date: '2026-11-02', text: 'x' }, TODAY).ok).toBe(true)
    expect(reason(recordStatement(notified(), { date: '2026-11-03', text: 'x' }, TODAY))).toContain('作为异议登记')
  })
  it('“未提出” only once the period is over', () => {
    expect(reason(recordNoStatement(notified(), '2026-11-02'))).toContain('期满前不能登记')
    const c = unwrap(recordNoStatement(notified(), '2026-11-03'))
    expect(c.hearing).toEqual({ kind: 'none', recordedOn: '2026-11-03' })
  })
  it('a written waiver allows a decision inside the period, and needs the signed document', () => {
    expect(reason(recordWaiver(notified(), { date: '2026-10-29', writtenRef: ' ' }, TODAY))).toContain('书面放弃声明')
    const c = unwrap(recordWaiver(notified(), { date: '2026-10-29', writtenRef: 'att-waiver' }, TODAY))
    expect(c.hearing).toMatchObject({ kind: 'waived', writtenRef: 'att-waiver' })
    expect(decide(c, '2026-10-30').ok).toBe(true)
  })
  it('no decision dated before the hearing step was completed', () => {
    const c = unwrap(recordWaiver(notified(), { date: '2026-10-30', writtenRef: 'att-waiver' }, TODAY))
    expect(reason(decide(c, '2026-10-29'))).toContain('早于陈述申辩环节完成的日期')
    expect(decide(c, '2026-10-30').ok).toBe(true)
  })
  it('no decision without the hearing step at all', () => {
    expect(reason(decide(notified(), '2026-11-10'))).toContain('“已告知”的案件不能作出处理决定')
  })
})

describe('决定: body and measures', () => {
  it('records body, article, measures; suspension of a named 自主福利 with a reason is accepted', () => {
    const c = decided()
    expect(c.state).toBe('decided')
    expect(c.decision).toMatchObject({ body: '村民委员会', publish: true })
    expect(c.decision?.handlingArticle.number).toBe('第二十条')
  })
  it('refuses a measure the handling article does not allow', () => {
    const r = decideCase(
      heard(),
      { date: '2026-11-04', body: '村民委员会', measures: [{ kind: '取消评先评优资格', startDate: '2026-11-04', untilRestored: true }] },
      TODAY,
      BENEFITS,
    )
    expect(reason(r)).toContain('第二十条没有规定“取消评先评优资格”，不能选择')
  })
  it('refuses a measure the notice did not announce', () => {
    const c = unwrap(
      notifyCase(
        assessed(),
        {
          articles: ARTICLES,
          compactId: COMPACT,
          number: '第二十条',
          date: '2026-10-28',
          serviceDate: '2026-10-28',
          serviceMethod: '直接送达',
          intendedMeasures: [{ kind: '批评教育' }],
          replyRule: REPLY_RULE,
        },
        TODAY,
        BENEFITS,
      ),
    )
    const r = decideCase(
      unwrap(recordNoStatement(c, '2026-11-03')),
      { date: '2026-11-04', body: '村民委员会', measures: [EDUCATE, SUSPEND_GIFT] },
      TODAY,
      BENEFITS,
    )
    expect(reason(r)).toContain('告知书没有告知拟采取“暂停享受“村集体福利-年终慰问品”')
  })
  it('never suspends a 法定成员权益, citing 集体经济组织法 Art. 13', () => {
    const m: Measure = { ...SUSPEND_GIFT, benefitId: 'land-comp' }
    const r = decideCase(heard(), { date: '2026-11-04', body: '村民委员会', measures: [m] }, TODAY, BENEFITS)
    expect(reason(r)).toContain('“土地补偿费”是法定成员权益，村规民约不能暂停')
    expect(!r.ok && r.citation?.article).toBe('第十三条')
    // already at the notice stage
    const n = notifyCase(
      assessed(),
      {
        articles: ARTICLES,
        compactId: COMPACT,
        number: '第二十条',
        date: '2026-10-28',
        serviceDate: '2026-10-28',
        serviceMethod: '直接送达',
        intendedMeasures: [{ kind: '暂停享受福利', benefitId: 'land-comp' }],
        replyRule: REPLY_RULE,
      },
      TODAY,
      BENEFITS,
      { villagerIsWoman: true },
    )
    expect(reason(n)).toContain('妇女权益保障法')
  })
  it('refuses a benefit the article does not name, or an unknown one', () => {
    const award: Measure = { ...SUSPEND_GIFT, benefitId: 'award' }
    expect(reason(decideCase(heard(), { date: '2026-11-04', body: '村民委员会', measures: [award] }, TODAY, BENEFITS))).toContain(
      '没有规定可以暂停“村级奖励金”',
    )
    const ghost: Measure = { ...SUSPEND_GIFT, benefitId: 'ghost' }
    expect(reason(decideCase(heard(), { date: '2026-11-04', body: '村民委员会', measures: [ghost] }, TODAY, BENEFITS))).toContain(
      '福利清单中没有',
    )
  })
  it('a suspension (风险) needs a recorded reason; a lasting measure needs an end; no start before the decision', () => {
    const noReason: Measure = { ...SUSPEND_GIFT, riskReason: ' ' }
    expect(reason(decideCase(heard(), { date: '2026-11-04', body: '村民委员会', measures: [noReason] }, TODAY, BENEFITS))).toContain(
      '须记录采取该措施的理由',
    )
    const noEnd: Measure = { ...SUSPEND_GIFT, untilRestored: false }
    expect(reason(decideCase(heard(), { date: '2026-11-04', body: '村民委员会', measures: [noEnd] }, TODAY, BENEFITS))).toContain(
      '须写明何时结束',
    )
    const early: Measure = { ...SUSPEND_GIFT, startDate: '2026-11-03' }
    expect(reason(decideCase(heard(), { date: '2026-11-04', body: '村民委员会', measures: [early] }, TODAY, BENEFITS))).toContain(
      '早于决定日期',
    )
    const startOnDecision: Measure = { ...SUSPEND_GIFT, startDate: '2026-11-04' }
    expect(decideCase(heard(), { date: '2026-11-04', body: '村民委员会', measures: [startOnDecision] }, TODAY, BENEFITS).ok).toBe(true)
  })
  it('a legality-review 风险 on any measure also needs a reason', () => {
    const c = heard()
    const risky = {
      ...c,
      notification: {
        ...c.notification!,
        handlingArticle: { ...c.notification!.handlingArticle, measureRisks: { 公开通报: '公开通报涉及个人信息，须控制范围' } },
      },
    }
    const m: Measure = { kind: '公开通报', startDate: '2026-11-04' }
    expect(reason(decideCase(risky, { date: '2026-11-04', body: '村民委员会', measures: [m] }, TODAY, BENEFITS))).toContain(
      '公开通报涉及个人信息',
    )
    expect(
      decideCase(risky, { date: '2026-11-04', body: '村民委员会', measures: [{ ...m, riskReason: '仅在本组公示栏' }] }, TODAY, BENEFITS).ok,
    ).toBe(true)
  })
  it('the body the article names decides; a 村民代表会议 needs a quorate meeting that passed', () => {
    const c = heard()
    const byAssembly = {
      ...c,
      notification: {
        ...c.notification!,
        handlingArticle: { ...c.notification!.handlingArticle, number: '第二十一条', decidingBody: '村民代表会议' as const },
      },
    }
    expect(reason(decideCase(byAssembly, { date: '2026-11-04', body: '村民委员会', measures: [EDUCATE] }, TODAY, BENEFITS))).toContain(
      '规定由村民代表会议作出决定',
    )
    expect(reason(decideCase(byAssembly, { date: '2026-11-04', body: '村民代表会议', measures: [EDUCATE] }, TODAY, BENEFITS))).toContain(
      '请关联该次会议',
    )
    const meeting = { meetingId: 'm1', date: '2026-11-04', quorumReached: false, passed: true }
    expect(
      reason(decideCase(byAssembly, { date: '2026-11-04', body: '村民代表会议', meeting, measures: [EDUCATE] }, TODAY, BENEFITS)),
    ).toContain('到会人数不足')
    const early = { ...meeting, quorumReached: true, date: '2026-11-02' }
    expect(
      reason(decideCase(byAssembly, { date: '2026-11-04', body: '村民代表会议', meeting: early, measures: [EDUCATE] }, TODAY, BENEFITS)),
    ).toContain('会议在陈述申辩期限')
    const ok = decideCase(
      byAssembly,
      { date: '2026-11-04', body: '村民代表会议', meeting: { ...meeting, quorumReached: true }, measures: [EDUCATE] },
      TODAY,
      BENEFITS,
    )
    expect(ok.ok && ok.value.decision?.meeting?.meetingId).toBe('m1')
  })
  it('公开通报 implies publication', () => {
    const c = decided(heard(), [{ kind: '公开通报', startDate: '2026-11-04' }])
    expect(c.decision?.publish).toBe(true)
  })
})

describe('公示', () => {
  it('shows 李某 by default', () => {
    expect(published().publication).toMatchObject({ shownName: '李某', date: '2026-11-06' })
  })
  it('the full name only with a recorded reason', () => {
    const input = { date: '2026-11-06', villagerName: '李四', text: '李四未经批准加高房屋。' }
    expect(reason(publishCase(decided(), input, TODAY))).toContain('出现了当事人全名“李四”：默认应写作“李某”')
    const c = unwrap(publishCase(decided(), { ...input, fullNameReason: '经本人同意' }, TODAY))
    expect(c.publication).toMatchObject({ shownName: '李四', fullNameReason: '经本人同意' })
  })
  it('never an ID number', () => {
    const text = '李某（身份证号 11010519491231002X）未经批准加高房屋。'
    expect(reason(publishCase(decided(), { date: '2026-11-06', villagerName: '李四', text }, TODAY))).toContain('不得出现身份证号')
  })
  it('only when the decision says so, and not before it', () => {
    const quiet = unwrap(decideCase(heard(), { date: '2026-11-04', body: '村民委员会', measures: [EDUCATE] }, TODAY, BENEFITS))
    expect(reason(publishCase(quiet, { date: '2026-11-06', villagerName: '李四', text: '李某' }, TODAY))).toContain('没有要求公示')
    expect(reason(publishCase(decided(), { date: '2026-11-03', villagerName: '李四', text: '李某' }, TODAY))).toContain('早于决定日期')
  })
})

describe('整改', () => {
  it('deadline, overdue detection, failed and passed checks', () => {
    let c = rectifying()
    expect(c.rectification?.deadline).toBe('2026-11-30')
    expect(isRectificationOverdue(c, '2026-11-30')).toBe(false)
    expect(isRectificationOverdue(c, '2026-12-01')).toBe(true)
    c = unwrap(verifyRectification(c, { date: '2026-12-01', checkedBy: '王网格', passed: false, note: '仍未拆除' }, TODAY))
    expect(c.state).toBe('rectifying')
    c = unwrap(requireRectification(c, { date: '2026-12-02', requirement: '拆除加高部分', deadline: '2026-12-15' }, TODAY))
    expect(c.rectification?.earlierDeadlines).toEqual(['2026-11-30'])
    expect(isRectificationOverdue(c, '2026-12-10')).toBe(false)
    c = unwrap(verifyRectification(c, { date: '2026-12-12', checkedBy: '王网格', photoRef: 'att-3', passed: true }, TODAY))
    expect(c.state).toBe('rectified')
    expect(c.rectification?.verifications.map((v) => v.passed)).toEqual([false, true])
    expect(isRectificationOverdue(c, '2026-12-20')).toBe(false)
  })
  it('a pass needs a photo or a note, and a checker', () => {
    expect(reason(verifyRectification(rectifying(), { date: '2026-11-25', checkedBy: '王网格', passed: true }, TODAY))).toContain('照片')
    expect(reason(verifyRectification(rectifying(), { date: '2026-11-25', checkedBy: '', photoRef: 'p', passed: true }, TODAY))).toContain(
      '验收人',
    )
  })
})

describe('恢复 and 结案', () => {
  it('restores under the restoration article, from its date', () => {
    const c = restored()
    expect(c.state).toBe('restored')
    expect(c.restoration).toMatchObject({ date: '2026-12-01', article: { number: '第二十二条' } })
    expect(unwrap(closeCase(c, { date: '2026-12-02' }, TODAY)).closed?.outcome).toBe('处理完毕')
  })
  it('refuses restoration before the check passed, or dated before it', () => {
    const input = { articles: ARTICLES, compactId: COMPACT, number: '第二十二条', date: '2026-12-01', noticeDate: '2026-12-01' }
    expect(reason(restoreCase(rectifying(), input, TODAY))).toContain('“整改中”的案件不能恢复')
    expect(reason(restoreCase(rectified(), { ...input, date: '2026-11-24' }, TODAY))).toContain('早于整改验收合格日期')
    expect(reason(restoreCase(rectified(), { ...input, number: '第十二条' }, TODAY))).toContain('恢复条款')
  })
  it('uses the restoration article in force on the restoration date, else the one of the act date', () => {
    const input = { compactId: COMPACT, number: '第二十二条', date: '2026-12-01', noticeDate: '2026-12-01' }
    const oldOnly = ARTICLES.map((a) => (a.number === '第二十二条' ? { ...a, effectiveTo: '2026-11-30' } : a))
    const c = unwrap(restoreCase(rectified(), { ...input, articles: oldOnly }, TODAY))
    expect(c.restoration?.article.effectiveTo).toBe('2026-11-30')
    const never = ARTICLES.map((a) => (a.number === '第二十二条' ? { ...a, effectiveFrom: '2026-11-01' } : a)).map((a) =>
      a.number === '第二十二条' ? { ...a, effectiveTo: '2026-11-15' } : a,
    )
    expect(reason(restoreCase(rectified(), { ...input, articles: never }, TODAY))).toContain('不在施行期内')
  })
  it('cannot close while a suspension still runs; can once a fixed term is over', () => {
    expect(reason(closeCase(rectified(), { date: '2026-12-01' }, TODAY))).toContain('还有持续性措施在执行')
    const fixed = decided(heard(), [{ ...SUSPEND_GIFT, untilRestored: false, lastDay: '2026-11-30' }])
    expect(reason(closeCase(fixed, { date: '2026-11-30' }, TODAY))).toContain('还有持续性措施')
    expect(closeCase(fixed, { date: '2026-12-01' }, TODAY).ok).toBe(true)
    expect(
      reason(
        restoreCase(
          fixed,
          { articles: ARTICLES, compactId: COMPACT, number: '第二十二条', date: '2026-12-01', noticeDate: '2026-12-01' },
          TODAY,
        ),
      ),
    ).toContain('不需要恢复')
  })
  it('dismisses a case before any decision', () => {
    const c = unwrap(dismissCase(assessed(), { date: '2026-10-23', reason: '经核实已取得审批' }, TODAY))
    expect(c.closed).toMatchObject({ outcome: '不予处理' })
    expect(reason(dismissCase(decided(), { date: '2026-11-05', reason: 'x' }, TODAY))).toContain('不能不予处理')
  })
})

describe('异议 at any stage', () => {
  const objection = { id: 'o1', date: '2026-11-10', by: '李四', to: '乡镇人民政府' as const, content: '不服处理决定' }
  it('an upheld objection changes nothing but its record', () => {
    let c = unwrap(recordObjection(published(), objection, TODAY))
    c = unwrap(resolveObjection(c, 'o1', { date: '2026-11-20', result: '维持', reason: '事实清楚', by: '某镇人民政府' }, TODAY))
    expect(c.state).toBe('published')
    expect(c.objections[0]?.outcome?.result).toBe('维持')
  })
  it('an overturned decision is reversed with the reason, kept, and the case closed', () => {
    let c = unwrap(recordObjection(rectifying(), objection, TODAY))
    c = unwrap(resolveObjection(c, 'o1', { date: '2026-11-20', result: '撤销', reason: '加高部分已取得审批', by: '某镇人民政府' }, TODAY))
    expect(c.state).toBe('closed')
    expect(c.closed?.outcome).toBe('决定被撤销')
    expect(c.decision?.reversal).toMatchObject({ date: '2026-11-20', reason: '加高部分已取得审批', objectionId: 'o1' })
    expect(c.decision?.measures).toHaveLength(2)
    expect(reason(verifyRectification(c, { date: '2026-11-25', checkedBy: 'x', photoRef: 'p', passed: true }, TODAY))).toContain('已结案')
  })
  it('overturned before a decision: 不予处理', () => {
    let c = unwrap(recordObjection(notified(), { ...objection, date: '2026-10-30', to: '村务监督委员会' }, TODAY))
    c = unwrap(resolveObjection(c, 'o1', { date: '2026-10-31', result: '撤销', reason: '认定有误', by: '村务监督委员会' }, TODAY))
    expect(c.closed).toMatchObject({ outcome: '不予处理' })
  })
  it('refuses a duplicate, an outcome before the objection, and a second outcome', () => {
    const c = unwrap(recordObjection(published(), objection, TODAY))
    expect(reason(recordObjection(c, objection, TODAY))).toContain('已登记')
    expect(reason(resolveObjection(c, 'o1', { date: '2026-11-09', result: '维持', reason: 'x', by: 'y' }, TODAY))).toContain('早于异议日期')
    const done = unwrap(resolveObjection(c, 'o1', { date: '2026-11-11', result: '维持', reason: 'x', by: 'y' }, TODAY))
    expect(reason(resolveObjection(done, 'o1', { date: '2026-11-12', result: '撤销', reason: 'x', by: 'y' }, TODAY))).toContain(
      '已有处理结果',
    )
  })
})
