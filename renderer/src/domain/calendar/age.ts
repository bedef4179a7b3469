/**
 * 周岁 (full years of age) on a given date.
 *
 * Convention: the birthday itself counts — on the day you turn 18 you are 18.
 * This is how 村委会选举 and 村民会议 practice reads “年满十八周岁” on the meeting
 * or election day (选举日当天满十八周岁即有选举权). Note the contrast: criminal-law
 * practice counts age from the day AFTER the birthday; that rule is not used here.
 *
 * 2月29日出生: in a non-leap year the birthday is treated as 2月28日.
 * Reason: 民法典第二百零二条 — “按照年、月计算期间的，到期月的对应日为期间的最后一日；
 * 没有对应日的，月末日为期间的最后一日。” A year counted from Feb 29 has no
 * corresponding day in a common year, so it ends on the last day of February. Using
 * the statute's own rule keeps us consistent with how every other period is counted
 * in the law. (Mar 1, the other common choice, would make the person a day younger.)
 *
 * Dates are 'YYYY-MM-DD' in the local calendar; nothing here touches Date.
 */
import { isLeapYear, requireIsoDate, formatIsoDate, type YMD } from './calendar'

/** The anniversary of a birth date in a given year (Feb 29 → Feb 28 in common years). */
function anniversaryIn(birth: YMD, year: number): YMD {
  if (birth.month === 2 && birth.day === 29 && !isLeapYear(year)) return { year, month: 2, day: 28 }
  return { year, month: birth.month, day: birth.day }
}

/**
 * Full years (周岁) on `on`. Throws RangeError for malformed dates or when `on` is
 * before the birth date (a data error the caller must surface, not an age).
 */
export function ageOn(birthDate: string, on: string): number {
  const birth = requireIsoDate(birthDate)
  const day = requireIsoDate(on)
  if (on < birthDate) throw new RangeError(`日期${on}早于出生日期${birthDate}`)
  const years = day.year - birth.year
  const anniversary = anniversaryIn(birth, day.year)
  const hadBirthday = day.month > anniversary.month || (day.month === anniversary.month && day.day >= anniversary.day)
  return hadBirthday ? years : years - 1
}

/** The date on which a person born on `birthDate` reaches `years` 周岁 (e.g. 满18周岁之日). */
export function dateReachingAge(birthDate: string, years: number): string {
  if (!Number.isInteger(years) || years < 0) throw new RangeError(`年龄应为非负整数，收到：${years}`)
  const birth = requireIsoDate(birthDate)
  return formatIsoDate(anniversaryIn(birth, birth.year + years))
}

/** 年满 n 周岁 on the date (birthday counts). */
export function isAtLeastAge(birthDate: string, on: string, years: number): boolean {
  return on >= dateReachingAge(birthDate, years)
}
