import { describe, expect, it } from 'vitest'
import { getWorkdaysInRange, isWorkday } from 'chinese-days'
import { daysLeft, holidayDataCovers, holidayName, HolidayDataMissingError, isWorkingDay, noticePeriodEnd, periodStatus } from './period'

describe('noticePeriodEnd — calendar days (posting day is day 1, both ends inclusive)', () => {
  it('a 7-day 公示 from 2026-11-02 runs to 2026-11-08', () => {
    expect(noticePeriodEnd('2026-11-02', 7, 'calendar')).toBe('2026-11-08')
  })
  it('1 day ends the same day; crosses month and year ends; leap day', () => {
    expect(noticePeriodEnd('2026-11-02', 1, 'calendar')).toBe('2026-11-02')
    expect(noticePeriodEnd('2026-12-28', 7, 'calendar')).toBe('2027-01-03')
    expect(noticePeriodEnd('2028-02-25', 5, 'calendar')).toBe('2028-02-29')
  })
  it('calendar days ignore holidays: 国庆 2026-10-01 + 7 days → 10-07', () => {
    expect(noticePeriodEnd('2026-10-01', 7, 'calendar')).toBe('2026-10-07')
  })
  it('rejects nonsense', () => {
    expect(() => noticePeriodEnd('2026-11-02', 0, 'calendar')).toThrow(/正整数/)
    expect(() => noticePeriodEnd('2026-11-02', 2.5, 'calendar')).toThrow(/正整数/)
    expect(() => noticePeriodEnd('2026-13-01', 7, 'calendar')).toThrow()
  })
})

describe('noticePeriodEnd — working days (weekends and statutory holidays skipped, 调休 counted)', () => {
  it('an ordinary week: Mon 2026-11-02 + 7 working days → Tue 11-10', () => {
    expect(noticePeriodEnd('2026-11-02', 7, 'working')).toBe('2026-11-10')
    expect(noticePeriodEnd('2026-11-02', 5, 'working')).toBe('2026-11-06')
  })

  it('posting on a weekend: counting starts on the next working day', () => {
    // Sat 2026-11-07 → working days 11-09 … 11-13
    expect(noticePeriodEnd('2026-11-07', 5, 'working')).toBe('2026-11-13')
  })

  it('across 中秋 + 国庆 2026 (09-25 中秋 off; 10-01…10-07 off; 09-20 Sun and 10-10 Sat are 调休 working days)', () => {
    expect(holidayName('2026-09-25')).toBe('中秋')
    expect(holidayName('2026-10-01')).toBe('国庆节')
    expect(isWorkingDay('2026-09-20')).toBe(true) // Sunday, 调休
    expect(isWorkingDay('2026-10-10')).toBe(true) // Saturday, 调休
    expect(isWorkingDay('2026-10-05')).toBe(false) // Monday, holiday
    // from Thu 09-24: 24 | (25 中秋, 26, 27 off) | 28 29 30 | (10-01…07 off) | 08 09 10(Sat 调休) → 7th is 10-10
    expect(noticePeriodEnd('2026-09-24', 7, 'working')).toBe('2026-10-10')
    // a calendar 7 days from the same date would end 09-30
    expect(noticePeriodEnd('2026-09-24', 7, 'calendar')).toBe('2026-09-30')
  })

  it('across a 调休 weekend alone: Sun 2026-09-20 is a working day and counts', () => {
    // Fri 09-18, (Sat 19 off), Sun 20 调休 work, Mon 21 … → 3 working days end Mon 09-21
    expect(noticePeriodEnd('2026-09-18', 3, 'working')).toBe('2026-09-21')
  })

  it('across 春节 2026 (02-15…02-23 off; Sat 02-14 and Sat 02-28 are 调休 working days)', () => {
    expect(holidayName('2026-02-17')).toBe('春节')
    // Thu 02-12, Fri 13, Sat 14 (调休) → then nothing until Tue 02-24: 24 25 26 27, Sat 28 (调休)
    expect(noticePeriodEnd('2026-02-12', 3, 'working')).toBe('2026-02-14')
    expect(noticePeriodEnd('2026-02-12', 7, 'working')).toBe('2026-02-27')
    expect(noticePeriodEnd('2026-02-12', 8, 'working')).toBe('2026-02-28')
  })

  it('agrees with the chinese-days API for every day of 2025–2026 (checked in China time)', () => {
    const tz = process.env.TZ
    process.env.TZ = 'Asia/Shanghai' // the package's own parsing depends on the PC's time zone
    try {
      for (let d = Date.UTC(2025, 0, 1); d <= Date.UTC(2026, 11, 31); d += 86_400_000) {
        const iso = new Date(d).toISOString().slice(0, 10)
        expect(isWorkingDay(iso), iso).toBe(isWorkday(iso))
      }
      expect(getWorkdaysInRange('2026-09-24', '2026-10-10').length).toBe(7)
    } finally {
      if (tz === undefined) delete process.env.TZ
      else process.env.TZ = tz
    }
  })

  it('refuses to guess beyond the holiday data', () => {
    expect(holidayDataCovers(2026)).toBe(true)
    expect(holidayDataCovers(2027)).toBe(false)
    expect(() => noticePeriodEnd('2026-12-28', 7, 'working')).toThrow(HolidayDataMissingError)
    expect(() => noticePeriodEnd('2026-12-28', 7, 'working')).toThrow(/节假日数据只到2026年/)
  })
})

describe('daysLeft / periodStatus', () => {
  const week = { start: '2026-11-02', days: 7, unit: 'calendar' as const }
  it('counts today: 7 on the posting day, 1 on the last day, 0 after', () => {
    expect(daysLeft(week, '2026-11-01')).toBe(7)
    expect(daysLeft(week, '2026-11-02')).toBe(7)
    expect(daysLeft(week, '2026-11-08')).toBe(1)
    expect(daysLeft(week, '2026-11-09')).toBe(0)
    expect(periodStatus(week, '2026-11-01')).toBe('not-started')
    expect(periodStatus(week, '2026-11-08')).toBe('running')
    expect(periodStatus(week, '2026-11-09')).toBe('ended')
  })
  it('working-day periods count working days only', () => {
    const p = { start: '2026-09-24', days: 7, unit: 'working' as const }
    expect(daysLeft(p, '2026-09-24')).toBe(7)
    expect(daysLeft(p, '2026-10-01')).toBe(3) // 10-08, 10-09, 10-10
    expect(daysLeft(p, '2026-10-10')).toBe(1)
    expect(daysLeft(p, '2026-10-11')).toBe(0)
  })
})
