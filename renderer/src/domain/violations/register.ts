/**
 * 发放时的暂停名单与户的违约记录, built on suspensionsOn.
 *
 * withholdList(cases, benefitId, payoutDate, benefits?) — for the distribution screen: whom not to
 * pay on the payout date, and why (case, article, since when, until what). A 法定成员权益 is
 * never withheld: the list is empty and `statutory` says why.
 *
 * householdHistory(cases, householdId) — every case of a household over time, with each lasting
 * measure's period and how it ended.
 */
import { citationTitle } from '@/domain/law/citations'
import { addDays, formatChineseDate } from '@/domain/calendar/calendar'
import { statutoryRefusal, type Benefit } from './benefits'
import {
  CASE_STATE_LABELS,
  LASTING_MEASURES,
  type CaseOutcome,
  type CaseState,
  type Measure,
  type MeasureKind,
  type ViolationCase,
} from './case'
import { suspensionsOn, type Suspension, type SuspensionCase } from './suspensionsOn'

export interface WithholdLine extends Suspension {
  /** One sentence for the printed list, e.g. “依据第十二条，自2026年3月1日起暂停享受；整改验收合格并经恢复之日起结束（案件 张庄违约〔2026〕3号）”. */
  reason: string
}

export interface WithholdList {
  benefitId: string
  benefitName?: string
  payoutDate: string
  lines: WithholdLine[]
  /** Distinct households affected (a 户 line withholds the household's whole share). */
  householdIds: string[]
  /** Set when the benefit is a 法定成员权益: nothing may be withheld, and this is why. */
  statutory?: { reason: string; citation: string }
}

export function withholdList(
  cases: readonly SuspensionCase[],
  benefitId: string,
  payoutDate: string,
  benefits?: readonly Benefit[],
): WithholdList {
  const benefit = benefits?.find((b) => b.id === benefitId)
  const head = { benefitId, ...(benefit ? { benefitName: benefit.name } : {}), payoutDate }
  if (benefit?.kind === '法定成员权益') {
    const { reason, citations } = statutoryRefusal(benefit)
    return { ...head, lines: [], householdIds: [], statutory: { reason, citation: citations.map(citationTitle).join('、') } }
  }
  const lines: WithholdLine[] = []
  const households = new Set<string>()
  for (const s of suspensionsOn(cases, payoutDate, benefits)) {
    if (s.benefitId !== benefitId) continue
    households.add(s.householdId)
    const who = s.scope === '户' ? '全户' : '本人'
    const no = s.caseNo ? `（案件 ${s.caseNo}）` : ''
    lines.push({ ...s, reason: `依据${s.article.number}，${who}自${formatChineseDate(s.since)}起暂停享受；${s.endCondition}${no}` })
  }
  lines.sort((a, b) => (a.householdId < b.householdId ? -1 : a.householdId > b.householdId ? 1 : 0))
  return { ...head, lines, householdIds: [...households].sort() }
}

export interface MeasurePeriod {
  kind: MeasureKind
  benefitId?: string
  since: string
  /** First day the measure no longer applied (or will no longer apply), when known. */
  until?: string
  endedBy?: '恢复' | '撤销' | '期满'
}

export interface HouseholdCaseEntry {
  caseId: string
  caseNo: string
  villagerId: string
  actDate: string
  state: CaseState
  stateLabel: string
  outcome?: CaseOutcome
  conductArticle?: string
  decisionDate?: string
  measures: MeasureKind[]
  periods: MeasurePeriod[]
}

function periodOf(c: ViolationCase, m: Measure): MeasurePeriod {
  let end: { date: string; by: NonNullable<MeasurePeriod['endedBy']> } | undefined
  if (c.restoration) end = { date: c.restoration.date, by: '恢复' }
  const reversal = c.decision?.reversal
  if (reversal && (!end || reversal.date < end.date)) end = { date: reversal.date, by: '撤销' }
  if (m.lastDay) {
    const afterLast = addDays(m.lastDay, 1)
    if (!end || afterLast < end.date) end = { date: afterLast, by: '期满' }
  }
  return {
    kind: m.kind,
    ...(m.benefitId ? { benefitId: m.benefitId } : {}),
    since: m.startDate,
    ...(end ? { until: end.date, endedBy: end.by } : {}),
  }
}

/** A household's cases, oldest act first, each with its lasting measures' periods. */
export function householdHistory(cases: readonly ViolationCase[], householdId: string): HouseholdCaseEntry[] {
  const entries: HouseholdCaseEntry[] = []
  for (const c of cases) {
    if (c.report.householdId !== householdId) continue
    const d = c.decision
    entries.push({
      caseId: c.id,
      caseNo: c.caseNo,
      villagerId: c.report.villagerId,
      actDate: c.report.actDate,
      state: c.state,
      stateLabel: CASE_STATE_LABELS[c.state],
      ...(c.closed ? { outcome: c.closed.outcome } : {}),
      ...(c.assessment ? { conductArticle: c.assessment.conductArticle.number } : {}),
      ...(d ? { decisionDate: d.date } : {}),
      measures: d ? d.measures.map((m) => m.kind) : [],
      periods: d ? d.measures.filter((m) => LASTING_MEASURES.has(m.kind)).map((m) => periodOf(c, m)) : [],
    })
  }
  return entries.sort((a, b) => (a.actDate < b.actDate ? -1 : a.actDate > b.actDate ? 1 : a.caseNo < b.caseNo ? -1 : 1))
}
