import { describe, expect, it } from 'vitest'
import type { ViolationCase } from './case'
import { recordObjection, resolveObjection } from './lifecycle'
import { householdHistory, withholdList } from './register'
import { HONOURS_BENEFIT_ID, suspensionsOn, type SuspensionCase, type SuspensionMeasure } from './suspensionsOn'
import { unwrap } from './outcome'
import { BENEFITS, EDUCATE, TODAY, decided, heard, published, rectified, restored } from './testFixtures'

const ids = (cases: readonly SuspensionCase[], date: string) => suspensionsOn(cases, date).map((s) => `${s.caseId}:${s.benefitId}`)

/** A case built by hand, as an outside checker would. */
function plain(patch: Partial<SuspensionCase> & { measures?: SuspensionMeasure[] } = {}): SuspensionCase {
  const { measures, ...rest } = patch
  return {
    id: 'p1',
    report: { villagerId: 'v1', householdId: 'h1' },
    decision: {
      date: '2026-03-01',
      handlingArticle: { compactId: 'c', versionId: 'v', number: '第二十条' },
      measures: measures ?? [{ kind: '暂停享受福利', benefitId: 'gift', startDate: '2026-03-01', untilRestored: true }],
    },
    ...rest,
  }
}

describe('suspensionsOn: start date (inclusive)', () => {
  const c = decided() // gift suspended from 2026-11-05, until restored
  it('not suspended the day before the start, suspended on it and after', () => {
    expect(ids([c], '2026-11-04')).toEqual([])
    expect(ids([c], '2026-11-05')).toEqual(['c1:gift'])
    expect(ids([c], '2027-06-01')).toEqual(['c1:gift'])
  })
  it('reports household, villager, scope from the benefit, article, since and the end condition', () => {
    const [s] = suspensionsOn([c], '2026-11-10', BENEFITS)
    expect(s).toMatchObject({
      caseId: 'c1',
      householdId: 'h-lisi',
      villagerId: 'v-lisi',
      scope: '户',
      benefitName: '村集体福利-年终慰问品',
      since: '2026-11-05',
      endCondition: '整改验收合格并经恢复之日起结束',
    })
    expect(s?.article).toMatchObject({ compactId: 'compact-zz', number: '第二十条' })
    expect(s?.endsOn).toBeUndefined()
  })
  it('one-off measures (批评教育) are not suspensions', () => {
    expect(ids([decided(heard(), [EDUCATE])], '2026-11-10')).toEqual([])
  })
})

describe('suspensionsOn: restoration (restored FROM its date)', () => {
  const c = restored(rectified(), '2026-12-01')
  it('suspended the day before restoration, not on it, not after', () => {
    expect(ids([c], '2026-11-30')).toEqual(['c1:gift'])
    expect(ids([c], '2026-12-01')).toEqual([])
    expect(ids([c], '2026-12-02')).toEqual([])
  })
  it('a restoration recorded ahead is shown as the known end', () => {
    const [s] = suspensionsOn([c], '2026-11-30')
    expect(s?.endsOn).toBe('2026-12-01')
    expect(s?.endCondition).toBe('已决定自2026年12月1日起恢复')
  })
  it('a suspension still runs while rectification is verified but not yet restored', () => {
    expect(ids([rectified()], '2026-12-20')).toEqual(['c1:gift'])
  })
})

describe('suspensionsOn: fixed last day (inclusive, 暂停至某日止)', () => {
  const c = plain({ measures: [{ kind: '暂停享受福利', benefitId: 'gift', startDate: '2026-03-01', lastDay: '2026-12-31' }] })
  it('suspended on the last day, not the day after', () => {
    expect(ids([c], '2026-02-28')).toEqual([])
    expect(ids([c], '2026-03-01')).toEqual(['p1:gift'])
    expect(ids([c], '2026-12-31')).toEqual(['p1:gift'])
    expect(ids([c], '2027-01-01')).toEqual([])
    expect(suspensionsOn([c], '2026-06-01')[0]).toMatchObject({
      lastDay: '2026-12-31',
      endsOn: '2027-01-01',
      endCondition: '暂停至2026年12月31日止',
    })
  })
  it('a restoration before the last day ends it early', () => {
    const early = { ...c, restoration: { date: '2026-06-01' } }
    expect(ids([early], '2026-05-31')).toEqual(['p1:gift'])
    expect(ids([early], '2026-06-01')).toEqual([])
    expect(suspensionsOn([early], '2026-05-31')[0]?.endsOn).toBe('2026-06-01')
  })
  it('both conditions: whichever comes first', () => {
    const both = plain({
      measures: [{ kind: '暂停享受福利', benefitId: 'gift', startDate: '2026-03-01', lastDay: '2026-12-31', untilRestored: true }],
    })
    expect(suspensionsOn([both], '2026-06-01')[0]?.endCondition).toBe('整改验收合格并经恢复之日起结束，最迟暂停至2026年12月31日')
  })
})

describe('suspensionsOn: overturned on appeal (ends on the outcome date)', () => {
  let c: ViolationCase = unwrap(
    recordObjection(published(), { id: 'o1', date: '2026-11-10', by: '李四', to: '乡镇人民政府', content: '不服' }, TODAY),
  )
  c = unwrap(resolveObjection(c, 'o1', { date: '2026-11-20', result: '撤销', reason: '已取得审批', by: '某镇人民政府' }, TODAY))
  it('suspended the day before the reversal, not on it or after', () => {
    expect(ids([c], '2026-11-19')).toEqual(['c1:gift'])
    expect(ids([c], '2026-11-20')).toEqual([])
    expect(ids([c], '2026-11-21')).toEqual([])
  })
  it('a plain-object reversal works the same', () => {
    const p = plain()
    const rev = { ...p, decision: { ...p.decision!, reversal: { date: '2026-05-01' } } }
    expect(ids([rev], '2026-04-30')).toEqual(['p1:gift'])
    expect(ids([rev], '2026-05-01')).toEqual([])
  })
})

describe('suspensionsOn: benefits and scope', () => {
  it('drops any recorded suspension of a 法定成员权益 when the list is given', () => {
    const unlawful = plain({ measures: [{ kind: '暂停享受福利', benefitId: 'dividend', startDate: '2026-03-01', untilRestored: true }] })
    expect(suspensionsOn([unlawful], '2026-04-01')).toHaveLength(1)
    expect(suspensionsOn([unlawful], '2026-04-01', BENEFITS)).toEqual([])
  })
  it('scope: the measure wins, else the benefit unit, else 户', () => {
    const award = plain({ measures: [{ kind: '暂停享受福利', benefitId: 'award', startDate: '2026-03-01', untilRestored: true }] })
    expect(suspensionsOn([award], '2026-04-01', BENEFITS)[0]?.scope).toBe('人')
    expect(suspensionsOn([award], '2026-04-01')[0]?.scope).toBe('户')
    const person = plain({
      measures: [{ kind: '暂停享受福利', benefitId: 'gift', scope: '人', startDate: '2026-03-01', untilRestored: true }],
    })
    expect(suspensionsOn([person], '2026-04-01', BENEFITS)[0]?.scope).toBe('人')
  })
  it('取消评先评优资格 is reported under its pseudo-benefit', () => {
    const honours = plain({ measures: [{ kind: '取消评先评优资格', startDate: '2026-03-01', lastDay: '2026-12-31' }] })
    expect(suspensionsOn([honours], '2026-04-01')[0]).toMatchObject({ benefitId: HONOURS_BENEFIT_ID, benefitName: '评先评优资格' })
  })
  it('cases without a decision are ignored; order follows the input', () => {
    const none: SuspensionCase = { id: 'n', report: { villagerId: 'v', householdId: 'h' } }
    const a = plain({ id: 'a' })
    const b = plain({ id: 'b', measures: [{ kind: '暂停享受福利', benefitId: 'award', startDate: '2026-01-01', untilRestored: true }] })
    expect(ids([b, none, a], '2026-04-01')).toEqual(['b:award', 'a:gift'])
  })
})

describe('withholdList', () => {
  const cases = [
    plain({ id: 'a', report: { villagerId: 'v2', householdId: 'h2' } }),
    plain({ id: 'b', report: { villagerId: 'v1', householdId: 'h1' }, caseNo: '违约〔2026〕2号' }),
    plain({ id: 'c', report: { villagerId: 'v3', householdId: 'h3' }, restoration: { date: '2026-06-01' } }),
    plain({ id: 'd', measures: [{ kind: '暂停享受福利', benefitId: 'award', startDate: '2026-03-01', untilRestored: true }] }),
  ]
  it('lists whom to withhold from on the payout date, and why', () => {
    const w = withholdList(cases, 'gift', '2026-07-01', BENEFITS)
    expect(w.benefitName).toBe('村集体福利-年终慰问品')
    expect(w.lines.map((l) => l.caseId)).toEqual(['b', 'a'])
    expect(w.householdIds).toEqual(['h1', 'h2'])
    expect(w.lines[0]?.reason).toBe('依据第二十条，全户自2026年3月1日起暂停享受；整改验收合格并经恢复之日起结束（案件 违约〔2026〕2号）')
    expect(withholdList(cases, 'gift', '2026-05-31', BENEFITS).lines.map((l) => l.caseId)).toContain('c')
  })
  it('never withholds a 法定成员权益, and says why', () => {
    const unlawful = plain({ measures: [{ kind: '暂停享受福利', benefitId: 'dividend', startDate: '2026-03-01', untilRestored: true }] })
    const w = withholdList([unlawful], 'dividend', '2026-07-01', BENEFITS)
    expect(w.lines).toEqual([])
    expect(w.statutory?.reason).toContain('法定成员权益')
    expect(w.statutory?.citation).toContain('《农村集体经济组织法》第十三条')
  })
})

describe('householdHistory', () => {
  it('lists a household’s cases over time with each period and how it ended', () => {
    const restoredCase = restored(rectified(), '2026-12-01')
    const other = { ...decided(), id: 'c2', caseNo: 'n2', report: { ...decided().report, actDate: '2025-01-01', householdId: 'h-other' } }
    const older = { ...decided(), id: 'c0', caseNo: 'n0', report: { ...decided().report, actDate: '2026-01-05' } }
    const h = householdHistory([restoredCase, other, older], 'h-lisi')
    expect(h.map((e) => e.caseId)).toEqual(['c0', 'c1'])
    expect(h[1]).toMatchObject({
      state: 'restored',
      stateLabel: '已恢复',
      conductArticle: '第十二条',
      measures: ['批评教育', '暂停享受福利'],
    })
    expect(h[1]?.periods).toEqual([{ kind: '暂停享受福利', benefitId: 'gift', since: '2026-11-05', until: '2026-12-01', endedBy: '恢复' }])
    expect(h[0]?.periods[0]?.until).toBeUndefined()
  })
})
