/**
 * 公示期 (notice period) arithmetic. Dates are 'YYYY-MM-DD' strings; no Date objects, so the PC's
 * time zone never moves a day.
 *
 * Day-counting convention — the posting day is day 1:
 *   a 7-day 公示 starting 2026-11-02 runs 11-02 … 11-08 inclusive, end = start + N − 1,
 *   printed “公示期：2026年11月2日至2026年11月8日（共7天）”.
 * Why: 民法典 Art. 201 starts a period counted in days on the day after the triggering event, which
 * would make the same notice run 11-03 … 11-09. But a 公示 is not a legal period triggered by an
 * event: it states its own 起止日期, and in practice (township templates, 低保/评优 notices) the
 * posting day is the first day and both ends are inclusive — the form secretaries and villagers
 * recognise. Because the notice prints both dates, nobody has to know the convention to read it;
 * the app only has to be consistent. The number of days comes from the rule profile (§4.2).
 *
 * Working days (工作日): Monday–Friday plus the 调休 Saturdays/Sundays the State Council declares
 * as working days, minus statutory holidays (法定节假日及其调休放假日). Counting starts on the
 * posting day if it is a working day, otherwise on the next working day; the end is the Nth
 * working day. Holiday data comes from the `chinese-days` package's data file (2004–2026 in the
 * installed version). We read its data table rather than calling isWorkday(): the package parses
 * dates with the PC's time zone and answers wrongly west of UTC (2026-10-10, a 调休 Saturday,
 * comes back as a holiday in America/New_York). A date in a year the data does not cover is an
 * error, never a guess.
 */
import holidayData from 'chinese-days/dist/chinese-days.json'
import { addDays, dayNumber, requireIsoDate } from '@/domain/calendar/calendar'

export type PeriodUnit = 'calendar' | 'working'

export interface NoticePeriod {
  /** first day of the 公示 (the posting day), 'YYYY-MM-DD' */
  start: string
  days: number
  unit: PeriodUnit
}

interface HolidayTable {
  holidays: Record<string, string>
  workdays: Record<string, string>
}

const table = holidayData as HolidayTable

/** Years with holiday data: every year has 元旦, so a year without any holiday entry is missing. */
const coveredYears: ReadonlySet<number> = new Set(Object.keys(table.holidays).map((d) => Number(d.slice(0, 4))))

export function holidayDataCovers(year: number): boolean {
  return coveredYears.has(year)
}

export function lastCoveredYear(): number {
  return Math.max(...coveredYears)
}

export class HolidayDataMissingError extends Error {
  constructor(readonly year: number) {
    super(`节假日数据只到${lastCoveredYear()}年，无法按工作日计算${year}年的公示期；请改按自然日计算，或升级软件后再试`)
    this.name = 'HolidayDataMissingError'
  }
}

function isWeekend(date: string): boolean {
  // 1970-01-01 (day 0) was a Thursday: (n + 4) mod 7 gives 0 = Sunday … 6 = Saturday
  const dow = (((dayNumber(requireIsoDate(date)) + 4) % 7) + 7) % 7
  return dow === 0 || dow === 6
}

/** Is `date` a working day in mainland China (weekday not on holiday, or a 调休 working weekend)? */
export function isWorkingDay(date: string): boolean {
  const year = Number(date.slice(0, 4))
  requireIsoDate(date)
  if (!holidayDataCovers(year)) throw new HolidayDataMissingError(year)
  if (table.workdays[date] !== undefined) return true
  if (table.holidays[date] !== undefined) return false
  return !isWeekend(date)
}

/** Name of the holiday or 调休 on `date` ('国庆节', '春节'…), if any. */
export function holidayName(date: string): string | undefined {
  const entry = table.holidays[date] ?? table.workdays[date]
  return entry?.split(',')[1]
}

function requireDays(days: number): void {
  if (!Number.isInteger(days) || days < 1) throw new RangeError(`公示天数应为正整数，收到：${days}`)
  if (days > 366) throw new RangeError(`公示天数过长：${days}天`)
}

/** Last day (inclusive) of a 公示 of `days` days starting on `start`. */
export function noticePeriodEnd(start: string, days: number, unit: PeriodUnit): string {
  requireIsoDate(start)
  requireDays(days)
  if (unit === 'calendar') return addDays(start, days - 1)
  let date = start
  let counted = 0
  for (;;) {
    if (isWorkingDay(date)) {
      counted++
      if (counted === days) return date
    }
    date = addDays(date, 1)
  }
}

export function periodEnd(period: NoticePeriod): string {
  return noticePeriodEnd(period.start, period.days, period.unit)
}

export type PeriodStatus = 'not-started' | 'running' | 'ended'

export function periodStatus(period: NoticePeriod, today: string): PeriodStatus {
  requireIsoDate(today)
  if (today < period.start) return 'not-started'
  return today > periodEnd(period) ? 'ended' : 'running'
}

/**
 * Days of the 公示 still to run, today included (counted in the period's unit): 7 on the posting
 * day of a 7-day notice, 1 on its last day, 0 after it; the full length before it starts.
 */
export function daysLeft(period: NoticePeriod, today: string): number {
  requireIsoDate(today)
  const end = periodEnd(period)
  if (today > end) return 0
  const from = today < period.start ? period.start : today
  if (period.unit === 'calendar') return dayNumber(requireIsoDate(end)) - dayNumber(requireIsoDate(from)) + 1
  let n = 0
  for (let d = from; d <= end; d = addDays(d, 1)) if (isWorkingDay(d)) n++
  return n
}
