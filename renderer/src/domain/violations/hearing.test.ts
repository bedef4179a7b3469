import { describe, expect, it } from 'vitest'
import { NATIONAL_PROFILE } from '@/domain/rules/national'
import type { DaysRule } from '@/domain/rules/profile'
import { firstDecisionDay, hearingPeriod, hearingPeriodOver } from './hearing'

const FIVE = NATIONAL_PROFILE.hearingReplyDays

describe('hearingPeriod: 民法典 201 and 203', () => {
  it('the national default is 5 calendar days, labelled local practice', () => {
    expect(FIVE.days).toBe(5)
    expect(FIVE.binding).toBe('default')
    expect(hearingPeriod('2026-10-28', FIVE).basis).toContain('地方惯例')
  })
  it('201: the service day does not count; served Wed 10-28 → 10-29 … Mon 11-02', () => {
    const p = hearingPeriod('2026-10-28', FIVE)
    expect(p.firstDay).toBe('2026-10-29')
    expect(p.lastDay).toBe('2026-11-02')
    expect(p.notes).toEqual([])
  })
  it('the period is over only after its last day (which runs to 24:00)', () => {
    const p = hearingPeriod('2026-10-28', FIVE)
    expect(hearingPeriodOver(p, '2026-11-01')).toBe(false)
    expect(hearingPeriodOver(p, '2026-11-02')).toBe(false)
    expect(hearingPeriodOver(p, '2026-11-03')).toBe(true)
    expect(firstDecisionDay(p)).toBe('2026-11-03')
  })
  it('203: a last day on a weekend moves to the next working day', () => {
    const p = hearingPeriod('2026-11-02', FIVE) // nominal Sat 11-07
    expect(p.lastDay).toBe('2026-11-09')
    expect(p.notes[0]).toContain('民法典第二百零三条')
  })
  it('203: a last day inside 国庆 moves past the whole holiday', () => {
    expect(hearingPeriod('2026-09-28', FIVE).lastDay).toBe('2026-10-08') // nominal 10-03
  })
  it('203: a 调休 working Saturday is not a rest day', () => {
    expect(hearingPeriod('2026-10-05', FIVE).lastDay).toBe('2026-10-10')
  })
  it('203 can be switched off (pure 201 count)', () => {
    expect(hearingPeriod('2026-11-02', FIVE, { holidayRule: false }).lastDay).toBe('2026-11-07')
  })
  it('a year without holiday data uses weekends only and says so', () => {
    const p = hearingPeriod('2027-03-01', FIVE) // nominal Sat 03-06
    expect(p.lastDay).toBe('2027-03-08')
    expect(p.notes.some((n) => n.includes('2027年的法定节假日数据缺失'))).toBe(true)
  })
  it('working-day periods count from the next working day', () => {
    const three: DaysRule = { ...FIVE, days: 3, unit: '工作日' }
    // served Wed 09-30: 10-01…10-07 holiday; Thu 10-08, Fri 10-09, Sat 10-10 (调休上班)
    expect(hearingPeriod('2026-09-30', three).lastDay).toBe('2026-10-10')
  })
  it('a 1-day period served on D ends at the end of D+1', () => {
    expect(hearingPeriod('2026-10-28', { ...FIVE, days: 1 }).lastDay).toBe('2026-10-29')
  })
  it('refuses a bad rule or date', () => {
    expect(() => hearingPeriod('2026-10-28', { ...FIVE, days: 0 })).toThrow(RangeError)
    expect(() => hearingPeriod('2026-13-01', FIVE)).toThrow(RangeError)
  })
})
