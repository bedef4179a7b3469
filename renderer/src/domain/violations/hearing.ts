/**
 * 陈述申辩期限: when the villager's period to reply to the 违约处理告知书 ends.
 *
 * “The period ends” precisely: a period of N days served on day D
 * - starts on D+1 (民法典 201: 开始的当日不计入，自下一日开始计算);
 * - has D+N as its last day (自然日), or the Nth working day after D (工作日);
 * - if that last day is a 法定休假日 (a weekend or a statutory holiday that is not a 调休 working day),
 *   the last day moves to the next working day (民法典 203 ¶1). Applied by default: it only ever
 *   lengthens the period, which protects the villager's right to be heard;
 * - the last day ends at 24:00 (民法典 203 ¶2), so the villager may still reply ON the last day:
 *   nothing may be decided on it. The first day a decision may be made is lastDay + 1.
 * Example: 5 自然日 served 2026-11-02 (Mon) → counted 11-03…11-07; 11-07 is a Saturday, so the last
 * day is Monday 11-09 and a decision is possible from 11-10. Served 2026-11-04 (Wed) → last day
 * 11-09 (Mon), decision from 11-10.
 *
 * The reply period itself comes from the rule profile (NATIONAL_PROFILE.hearingReplyDays: 5 days,
 * local practice, adjustable). Holiday data is the notices module's table (chinese-days); for a
 * year it does not cover, only Saturdays and Sundays are treated as rest days and the record
 * says so, asking the secretary to check.
 */
import { addDays, dayNumber, formatChineseDate, requireIsoDate } from '@/domain/calendar/calendar'
import { citationTitle } from '@/domain/law/citations'
import { holidayDataCovers, isWorkingDay } from '@/domain/notices/period'
import type { DaysRule } from '@/domain/rules/profile'
import type { HearingPeriodRecord } from './case'

function isWeekend(date: string): boolean {
  const dow = (((dayNumber(requireIsoDate(date)) + 4) % 7) + 7) % 7
  return dow === 0 || dow === 6
}

/** Is `date` a rest day, and do we know it from holiday data (or only from the weekday)? */
function restDay(date: string, missingYears: Set<number>): boolean {
  const year = Number(date.slice(0, 4))
  if (holidayDataCovers(year)) return !isWorkingDay(date)
  missingYears.add(year)
  return isWeekend(date)
}

export interface HearingPeriodOptions {
  /** Apply 民法典 203 (move a last day that is a rest day). Default true. */
  holidayRule?: boolean
}

/** The period for a reply to a notice served on `serviceDate` under `rule`. */
export function hearingPeriod(serviceDate: string, rule: DaysRule, options: HearingPeriodOptions = {}): HearingPeriodRecord {
  requireIsoDate(serviceDate)
  if (!Number.isInteger(rule.days) || rule.days < 1) throw new RangeError(`陈述申辩期限应为正整数天，收到：${rule.days}`)
  const missing = new Set<number>()
  const notes: string[] = []
  const firstDay = addDays(serviceDate, 1)
  let lastDay: string
  if (rule.unit === '自然日') {
    lastDay = addDays(serviceDate, rule.days)
    if (options.holidayRule !== false) {
      const nominal = lastDay
      while (restDay(lastDay, missing)) lastDay = addDays(lastDay, 1)
      if (lastDay !== nominal) {
        notes.push(`期间最后一日${formatChineseDate(nominal)}是法定休假日，顺延至${formatChineseDate(lastDay)}（民法典第二百零三条）`)
      }
    }
  } else {
    let counted = 0
    lastDay = serviceDate
    while (counted < rule.days) {
      lastDay = addDays(lastDay, 1)
      if (!restDay(lastDay, missing)) counted++
    }
  }
  for (const year of [...missing].sort()) {
    notes.push(`${year}年的法定节假日数据缺失，只按周六、周日计算休息日，请人工核对是否遇法定节假日`)
  }
  const basis = rule.binding === 'default' ? `地方惯例，可调整（${rule.citation.text}）` : citationTitle(rule.citation)
  return { days: rule.days, unit: rule.unit, firstDay, lastDay, basis, notes }
}

/** true once the period is over: from the day after its last day (the last day runs to 24:00). */
export function hearingPeriodOver(period: Pick<HearingPeriodRecord, 'lastDay'>, date: string): boolean {
  return date > period.lastDay
}

/** The first day a decision may be made without a waiver. */
export function firstDecisionDay(period: Pick<HearingPeriodRecord, 'lastDay'>): string {
  return addDays(period.lastDay, 1)
}
