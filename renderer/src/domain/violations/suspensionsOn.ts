/**
 * 暂停享受名册 — suspensionsOn(cases, date, benefits?): who is suspended from which benefit on a date.
 *
 * STABLE ENTRY POINT (checked from outside this repo; keep the name, location and shapes).
 *
 * Input
 * - cases: an array of objects with at least the SuspensionCase shape below (a full ViolationCase
 *   fits; so does a plain object built by hand). Nothing else is read: not the state, not the
 *   hearing. All dates are valid 'YYYY-MM-DD' strings (not re-validated here, for speed). Fields:
 *     { id, caseNo?, report: { villagerId, householdId },
 *       decision?: { date?, handlingArticle: { compactId, versionId, number, compactTitle? },
 *                    measures: [{ kind, benefitId?, scope?: '户'|'人', startDate, lastDay?, untilRestored? }],
 *                    reversal?: { date, reason? } },
 *       restoration?: { date } }
 *   A measure counts when kind is '暂停享受福利' (benefitId = the benefit) or '取消评先评优资格'
 *   (reported under the pseudo-benefit id HONOURS_BENEFIT_ID = '评先评优资格'). decision.date and
 *   untilRestored are not used by the date rule (untilRestored only words the end condition).
 * - date: 'YYYY-MM-DD'.
 * - benefits (optional): the village benefit list. Gives each entry its name and default scope
 *   (the benefit's unit; without the list, or for an unknown benefit, a measure without scope is
 *   '户'), and drops every suspension of a 法定成员权益: a compact cannot suspend it (集体经济组织法
 *   Art. 13), so it is never withheld even if such a decision was recorded.
 *
 * Date rule — a suspension applies on `date` exactly when ALL of:
 *   startDate ≤ date                     (inclusive start: suspended on the start date itself);
 *   lastDay absent, or date ≤ lastDay    (inclusive fixed end: “暂停至某日止”, still suspended that day);
 *   restoration absent, or date < restoration.date
 *                                        (“自某日起恢复”: restored FROM that date, so on the restoration
 *                                         date itself the benefit is NOT suspended);
 *   reversal absent, or date < reversal.date
 *                                        (the decision overturned on appeal stops applying on the date
 *                                         of the overturning outcome: not suspended that day).
 *   A restoration ends every lasting measure of its case, including those with a later lastDay.
 *
 * Output: Suspension[] in input order (case order, then measure order), one per measure that
 * applies: caseId, caseNo, householdId, villagerId, scope ('户' = the whole household, '人' =
 * only the villager), benefitId, benefitName?, article {compactId, versionId, number, compactTitle?},
 * since (the start date), lastDay? (fixed end, inclusive), endsOn? (the first day no longer
 * suspended when already known on `date`: the day after lastDay, or a restoration/reversal
 * recorded with a later date), endCondition (plain Chinese, for the screen and the printout).
 *
 * Cost: one pass over cases and their measures, string compares only; allocation only for hits
 * (bench budget suspensions_on_ms ≤ 20 ms over ~1,000 cases).
 *
 * The distribution list (withholdList) and a household's history (householdHistory) are in
 * register.ts, built on this function.
 */
import { addDays, formatChineseDate } from '@/domain/calendar/calendar'
import type { Benefit } from './benefits'

/** The pseudo-benefit under which 取消评先评优资格 is reported. */
export const HONOURS_BENEFIT_ID = '评先评优资格'

export interface SuspensionMeasure {
  kind: string
  benefitId?: string
  scope?: '户' | '人'
  startDate: string
  lastDay?: string
  untilRestored?: boolean
}

export interface SuspensionArticle {
  compactId: string
  versionId: string
  number: string
  compactTitle?: string
}

/** The minimal case shape suspensionsOn reads. */
export interface SuspensionCase {
  id: string
  caseNo?: string
  report: { villagerId: string; householdId: string }
  decision?: {
    date?: string
    handlingArticle: SuspensionArticle
    measures: readonly SuspensionMeasure[]
    reversal?: { date: string; reason?: string }
  }
  restoration?: { date: string }
}

export interface Suspension {
  caseId: string
  caseNo?: string
  householdId: string
  villagerId: string
  scope: '户' | '人'
  benefitId: string
  benefitName?: string
  article: SuspensionArticle
  since: string
  lastDay?: string
  endsOn?: string
  endCondition: string
}

function benefitOf(m: SuspensionMeasure): string | undefined {
  if (m.kind === '暂停享受福利') return m.benefitId
  if (m.kind === '取消评先评优资格') return HONOURS_BENEFIT_ID
  return undefined
}

function endCondition(m: SuspensionMeasure, laterEnd: { date: string; why: '恢复' | '撤销' } | undefined): string {
  if (laterEnd)
    return laterEnd.why === '恢复'
      ? `已决定自${formatChineseDate(laterEnd.date)}起恢复`
      : `处理决定已撤销，自${formatChineseDate(laterEnd.date)}起停止执行`
  if (m.untilRestored && m.lastDay) return `整改验收合格并经恢复之日起结束，最迟暂停至${formatChineseDate(m.lastDay)}`
  if (m.untilRestored) return '整改验收合格并经恢复之日起结束'
  if (m.lastDay) return `暂停至${formatChineseDate(m.lastDay)}止`
  return '未写明结束条件'
}

export function suspensionsOn(cases: readonly SuspensionCase[], date: string, benefits?: readonly Benefit[]): Suspension[] {
  const byId = benefits ? new Map(benefits.map((b) => [b.id, b])) : undefined
  const out: Suspension[] = []
  for (const c of cases) {
    const d = c.decision
    if (!d) continue
    const reversal = d.reversal?.date
    if (reversal !== undefined && reversal <= date) continue
    const restored = c.restoration?.date
    if (restored !== undefined && restored <= date) continue
    for (const m of d.measures) {
      if (m.startDate > date) continue
      if (m.lastDay !== undefined && m.lastDay < date) continue
      const benefitId = benefitOf(m)
      if (benefitId === undefined) continue
      const benefit = byId?.get(benefitId)
      if (benefit?.kind === '法定成员权益') continue
      // the earliest known end after `date`: restoration or reversal recorded ahead, or lastDay + 1
      let laterEnd: { date: string; why: '恢复' | '撤销' } | undefined
      if (restored !== undefined) laterEnd = { date: restored, why: '恢复' }
      if (reversal !== undefined && (!laterEnd || reversal < laterEnd.date)) laterEnd = { date: reversal, why: '撤销' }
      let endsOn = laterEnd?.date
      if (m.lastDay !== undefined) {
        const afterLast = addDays(m.lastDay, 1)
        if (endsOn === undefined || afterLast < endsOn) {
          endsOn = afterLast
          laterEnd = undefined
        }
      }
      out.push({
        caseId: c.id,
        ...(c.caseNo !== undefined ? { caseNo: c.caseNo } : {}),
        householdId: c.report.householdId,
        villagerId: c.report.villagerId,
        scope: m.scope ?? benefit?.unit ?? '户',
        benefitId,
        ...(benefit ? { benefitName: benefit.name } : benefitId === HONOURS_BENEFIT_ID ? { benefitName: HONOURS_BENEFIT_ID } : {}),
        article: d.handlingArticle,
        since: m.startDate,
        ...(m.lastDay !== undefined ? { lastDay: m.lastDay } : {}),
        ...(endsOn !== undefined ? { endsOn } : {}),
        endCondition: endCondition(m, laterEnd),
      })
    }
  }
  return out
}
