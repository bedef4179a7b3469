import { describe, expect, it } from 'vitest'
import { ageOn, dateReachingAge, isAtLeastAge } from './age'
import { addDays } from './calendar'

describe('ageOn', () => {
  it('birthday counts: the day before, the day of, the day after', () => {
    expect(ageOn('2007-06-15', '2025-06-14')).toBe(17)
    expect(ageOn('2007-06-15', '2025-06-15')).toBe(18)
    expect(ageOn('2007-06-15', '2025-06-16')).toBe(18)
  })

  it('month boundary: earlier month vs later month', () => {
    expect(ageOn('2000-12-31', '2018-12-30')).toBe(17)
    expect(ageOn('2000-12-31', '2018-12-31')).toBe(18)
    expect(ageOn('2000-01-01', '2017-12-31')).toBe(17)
    expect(ageOn('2000-01-01', '2018-01-01')).toBe(18)
  })

  it('on the birth date itself the age is 0', () => {
    expect(ageOn('2024-05-01', '2024-05-01')).toBe(0)
  })

  it('Feb 29 births: birthday is Feb 28 in common years (民法典第二百零二条)', () => {
    // 2008-02-29 turns 18 in 2026, a common year
    expect(ageOn('2008-02-29', '2026-02-27')).toBe(17)
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(18)
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18)
    // in a leap year the real Feb 29 is the birthday
    expect(ageOn('2008-02-29', '2028-02-28')).toBe(19)
    expect(ageOn('2008-02-29', '2028-02-29')).toBe(20)
    // 2100 is not a leap year (century rule)
    expect(ageOn('2096-02-29', '2100-02-28')).toBe(4)
    expect(ageOn('2096-02-29', '2100-02-27')).toBe(3)
  })

  it('Feb 28 births are unaffected by leap years', () => {
    expect(ageOn('2007-02-28', '2024-02-27')).toBe(16)
    expect(ageOn('2007-02-28', '2024-02-28')).toBe(17)
  })

  it('very old people (born 1880) and century years', () => {
    expect(ageOn('1880-01-01', '2025-06-15')).toBe(145)
    expect(ageOn('1899-12-31', '1900-12-31')).toBe(1)
  })

  it('throws on a date before birth or malformed dates', () => {
    expect(() => ageOn('2024-05-02', '2024-05-01')).toThrow(RangeError)
    expect(() => ageOn('2023-02-29', '2024-05-01')).toThrow(RangeError)
    expect(() => ageOn('2000-01-01', '2024/05/01')).toThrow(RangeError)
  })

  it('agrees with a brute-force year-by-year count over many dates', () => {
    const births = ['2000-02-29', '2001-03-01', '1999-12-31', '2004-01-01', '1996-02-28']
    for (const b of births) {
      for (let d = 0; d < 365 * 30; d += 7) {
        const on = addDays(b, d)
        // brute force, written independently: count anniversaries on or before `on`
        let n = 0
        for (let k = 1; ; k++) {
          const y = Number(b.slice(0, 4)) + k
          const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
          const md = b.slice(5) === '02-29' && !leap ? '02-28' : b.slice(5)
          if (`${y}-${md}` > on) break
          n = k
        }
        expect(ageOn(b, on)).toBe(n)
      }
    }
  })
})

describe('dateReachingAge / isAtLeastAge', () => {
  it('18th birthday and the threshold around it', () => {
    expect(dateReachingAge('2007-06-15', 18)).toBe('2025-06-15')
    expect(isAtLeastAge('2007-06-15', '2025-06-14', 18)).toBe(false)
    expect(isAtLeastAge('2007-06-15', '2025-06-15', 18)).toBe(true)
  })

  it('Feb 29 → Feb 28 in a common year, consistent with ageOn', () => {
    expect(dateReachingAge('2008-02-29', 18)).toBe('2026-02-28')
    expect(dateReachingAge('2008-02-29', 20)).toBe('2028-02-29')
    const d = dateReachingAge('2008-02-29', 18)
    expect(ageOn('2008-02-29', d)).toBe(18)
    expect(ageOn('2008-02-29', addDays(d, -1))).toBe(17)
  })

  it('rejects negative or fractional ages', () => {
    expect(() => dateReachingAge('2000-01-01', -1)).toThrow(RangeError)
    expect(() => dateReachingAge('2000-01-01', 1.5)).toThrow(RangeError)
  })
})
