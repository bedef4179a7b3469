import { describe, expect, it } from 'vitest'
import { beijingDate, fixedClock, formatBeijingDateTime, nowIso, todayIso } from './clock'

describe('Beijing time, whatever the host timezone', () => {
  it('16:26 UTC is 00:26 of the next day in Beijing', () => {
    expect(formatBeijingDateTime('2026-03-01T16:26:00.000Z')).toBe('2026年3月2日 00:26')
    expect(todayIso(fixedClock('2026-03-01T16:26:00.000Z'))).toBe('2026-03-02')
  })

  it('15:59:59 UTC is still the same day in Beijing (one second before midnight)', () => {
    expect(beijingDate(new Date('2026-03-01T15:59:59.000Z'))).toBe('2026-03-01')
    expect(beijingDate(new Date('2026-03-01T16:00:00.000Z'))).toBe('2026-03-02')
  })

  it('crosses a year end and a leap day', () => {
    expect(beijingDate(new Date('2026-12-31T16:00:00.000Z'))).toBe('2027-01-01')
    expect(beijingDate(new Date('2028-02-28T16:00:00.000Z'))).toBe('2028-02-29')
  })

  it('shows seconds on request and refuses an invalid instant', () => {
    expect(formatBeijingDateTime('2026-01-05T01:02:03.000Z', { seconds: true })).toBe('2026年1月5日 09:02:03')
    expect(() => formatBeijingDateTime('not a time')).toThrow(/时间格式有误/)
  })

  it('a fixed clock stores UTC', () => {
    expect(nowIso(fixedClock('2026-03-01T16:26:00.000Z'))).toBe('2026-03-01T16:26:00.000Z')
  })
})
