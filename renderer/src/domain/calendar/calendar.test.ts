import { describe, expect, it } from 'vitest'
import {
  addDays,
  compareIsoDates,
  dayNumber,
  daysInMonth,
  formatChineseDate,
  formatIsoDate,
  fromDayNumber,
  isLeapYear,
  isRealDate,
  parseIsoDate,
  requireIsoDate,
} from './calendar'

describe('isLeapYear', () => {
  it('follows the Gregorian rule, including century years', () => {
    expect(isLeapYear(1900)).toBe(false)
    expect(isLeapYear(2000)).toBe(true)
    expect(isLeapYear(2100)).toBe(false)
    expect(isLeapYear(2024)).toBe(true)
    expect(isLeapYear(2023)).toBe(false)
    expect(isLeapYear(1600)).toBe(true)
  })
})

describe('daysInMonth / isRealDate', () => {
  it('February by leap year', () => {
    expect(daysInMonth(2024, 2)).toBe(29)
    expect(daysInMonth(2023, 2)).toBe(28)
    expect(daysInMonth(1900, 2)).toBe(28)
    expect(daysInMonth(2000, 2)).toBe(29)
  })

  it('month ends: exactly at, one above', () => {
    expect(isRealDate(2023, 4, 30)).toBe(true)
    expect(isRealDate(2023, 4, 31)).toBe(false)
    expect(isRealDate(2023, 12, 31)).toBe(true)
    expect(isRealDate(2023, 12, 32)).toBe(false)
    expect(isRealDate(1900, 2, 29)).toBe(false)
    expect(isRealDate(2000, 2, 29)).toBe(true)
  })

  it('rejects month 0/13 and day 0', () => {
    expect(isRealDate(2023, 0, 1)).toBe(false)
    expect(isRealDate(2023, 13, 1)).toBe(false)
    expect(isRealDate(2023, 1, 0)).toBe(false)
  })
})

describe('parseIsoDate', () => {
  it('parses strict YYYY-MM-DD', () => {
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 })
  })

  it('rejects impossible dates and loose formats', () => {
    expect(parseIsoDate('2023-02-29')).toBeNull()
    expect(parseIsoDate('2024-2-29')).toBeNull()
    expect(parseIsoDate('2024/02/29')).toBeNull()
    expect(parseIsoDate('2024-02-29T00:00')).toBeNull()
    expect(parseIsoDate('')).toBeNull()
  })

  it('requireIsoDate throws a Chinese message', () => {
    expect(() => requireIsoDate('2023-02-29')).toThrow(/日期格式/)
  })
})

describe('formatting and comparing', () => {
  it('round-trips and writes Chinese dates without leading zeros', () => {
    expect(formatIsoDate({ year: 2024, month: 3, day: 1 })).toBe('2024-03-01')
    expect(formatChineseDate({ year: 2024, month: 3, day: 1 })).toBe('2024年3月1日')
  })

  it('compares by date', () => {
    expect(compareIsoDates('2024-01-31', '2024-02-01')).toBe(-1)
    expect(compareIsoDates('2024-02-01', '2024-02-01')).toBe(0)
    expect(compareIsoDates('2025-01-01', '2024-12-31')).toBe(1)
  })
})

describe('dayNumber / addDays', () => {
  it('anchors at the Unix epoch', () => {
    expect(dayNumber({ year: 1970, month: 1, day: 1 })).toBe(0)
    expect(fromDayNumber(0)).toEqual({ year: 1970, month: 1, day: 1 })
  })

  it('steps across month, leap-day and year boundaries', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29')
    expect(addDays('2024-02-29', 1)).toBe('2024-03-01')
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01')
    expect(addDays('1900-02-28', 1)).toBe('1900-03-01')
    expect(addDays('2000-02-28', 1)).toBe('2000-02-29')
    expect(addDays('2024-01-01', -1)).toBe('2023-12-31')
    expect(addDays('2024-03-01', 10)).toBe('2024-03-11')
  })

  it('agrees with a day-by-day walk from 1899 to 2101', () => {
    let d = { year: 1899, month: 1, day: 1 }
    let n = dayNumber(d)
    const mismatches: string[] = []
    while (d.year < 2101) {
      const next =
        d.day < daysInMonth(d.year, d.month)
          ? { ...d, day: d.day + 1 }
          : d.month < 12
            ? { year: d.year, month: d.month + 1, day: 1 }
            : { year: d.year + 1, month: 1, day: 1 }
      n += 1
      const back = fromDayNumber(n)
      if (back.year !== next.year || back.month !== next.month || back.day !== next.day || dayNumber(next) !== n) {
        mismatches.push(formatIsoDate(next))
      }
      d = next
    }
    expect(n - dayNumber({ year: 1899, month: 1, day: 1 })).toBe(365 * 202 + 49) // 49 leap days 1899–2100
    expect(mismatches).toEqual([])
  })
})
