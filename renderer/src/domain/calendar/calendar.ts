/**
 * 公历日期工具：'YYYY-MM-DD' strings only.
 *
 * Why not Date: `new Date('2024-03-01')` is parsed as UTC midnight, which in
 * China (UTC+8) is fine but west of UTC becomes the previous day, and a test
 * machine's timezone must never change a villager's age. Plain integer
 * year/month/day arithmetic has no timezone at all.
 */

export interface YMD {
  year: number
  month: number // 1–12
  day: number // 1–31
}

/** Gregorian leap year: every 4th year, except centuries, except every 400th (1900 no, 2000 yes). */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const

export function daysInMonth(year: number, month: number): number {
  if (month === 2 && isLeapYear(year)) return 29
  return DAYS[month - 1] ?? 0
}

export function isRealDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  )
}

/** Parses strict 'YYYY-MM-DD'; null when malformed or not a real calendar date. */
export function parseIsoDate(text: string): YMD | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  if (!m) return null
  const year = Number(m[1])
  const month = Number(m[2])
  const day = Number(m[3])
  return isRealDate(year, month, day) ? { year, month, day } : null
}

/** Like parseIsoDate but throws: for callers whose inputs are already validated. */
export function requireIsoDate(text: string): YMD {
  const d = parseIsoDate(text)
  if (!d) throw new RangeError(`日期格式应为“年-月-日”（如 2024-03-01），收到：${text}`)
  return d
}

export function formatIsoDate({ year, month, day }: YMD): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/**
 * 2024年3月1日 — THE Chinese date formatter, for messages and print alike (GB/T 9704 7.3.5.4:
 * Arabic numerals, full year, 月、日不编虚位). Takes 'YYYY-MM-DD' or a parsed date.
 */
export function formatChineseDate(date: string | YMD): string {
  const { year, month, day } = typeof date === 'string' ? requireIsoDate(date) : date
  return `${year}年${month}月${day}日`
}

/**
 * Valid 'YYYY-MM-DD' strings sort lexicographically in date order, so a string
 * compare is a date compare. Callers must pass validated dates.
 */
export function compareIsoDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/**
 * Day number of a date (days since 1970-01-01, proleptic Gregorian), by
 * H. Hinnant's days_from_civil — integer arithmetic only, no Date, no timezone.
 */
export function dayNumber({ year, month, day }: YMD): number {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const mp = (month + 9) % 12
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146097 + doe - 719468
}

/** Inverse of dayNumber (civil_from_days). */
export function fromDayNumber(n: number): YMD {
  const z = n + 719468
  const era = Math.floor(z / 146097)
  const doe = z - era * 146097
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365)
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1
  const month = mp < 10 ? mp + 3 : mp - 9
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day }
}

/** 'YYYY-MM-DD' plus n calendar days (n may be negative). */
export function addDays(date: string, n: number): string {
  return formatIsoDate(fromDayNumber(dayNumber(requireIsoDate(date)) + n))
}
