import { describe, expect, it } from 'vitest'
import { atLeastFraction, ceilDiv, moreThanFraction, moreThanHalf, reaches } from './counting'

/** Brute force straight from the words: the smallest k in 0..n+1 satisfying the test. */
function smallest(n: number, ok: (k: number) => boolean): number {
  for (let k = 0; k <= n + 1; k++) if (ok(k)) return k
  throw new Error('unreachable')
}

const FRACTIONS: [number, number][] = [
  [1, 2],
  [2, 3],
  [4, 5],
  [1, 3],
  [1, 5],
  [1, 10],
  [3, 4],
  [1, 1],
]

describe('moreThanHalf (过半数)', () => {
  it('matches "strictly more than half" for n = 0..200', () => {
    for (let n = 0; n <= 200; n++) {
      expect(moreThanHalf(n), `n=${n}`).toBe(smallest(n, (k) => 2 * k > n))
    }
  })

  it('domain-rules examples: 100 → 51, 20 present → 11', () => {
    expect(moreThanHalf(100)).toBe(51)
    expect(moreThanHalf(20)).toBe(11)
  })

  it('odd and even around the threshold', () => {
    expect(moreThanHalf(1)).toBe(1)
    expect(moreThanHalf(2)).toBe(2)
    expect(moreThanHalf(3)).toBe(2)
    expect(moreThanHalf(99)).toBe(50)
    expect(moreThanHalf(101)).toBe(51)
  })
})

describe('atLeastFraction (以上, inclusive)', () => {
  it('matches "k/n ≥ num/den" for n = 0..200 and the law’s fractions', () => {
    for (const [num, den] of FRACTIONS) {
      for (let n = 0; n <= 200; n++) {
        expect(atLeastFraction(n, num, den), `${num}/${den} of ${n}`).toBe(smallest(n, (k) => k * den >= n * num))
      }
    }
  })

  it('domain-rules examples: 150 households → 100; 30 members → 20', () => {
    expect(atLeastFraction(150, 2, 3)).toBe(100)
    expect(atLeastFraction(30, 2, 3)).toBe(20)
  })

  it('exactly 2/3, one below, one above', () => {
    // 2/3 of 30 is exactly 20; of 31 is 20.67 → 21; of 29 is 19.33 → 20
    expect(atLeastFraction(30, 2, 3)).toBe(20)
    expect(atLeastFraction(31, 2, 3)).toBe(21)
    expect(atLeastFraction(29, 2, 3)).toBe(20)
  })

  it('4/5 and 1/3 of a 25-member assembly', () => {
    expect(atLeastFraction(25, 4, 5)).toBe(20)
    expect(atLeastFraction(25, 1, 3)).toBe(9)
  })
})

describe('moreThanFraction (超过, exclusive)', () => {
  it('matches "k/n > num/den" for n = 0..200', () => {
    for (const [num, den] of FRACTIONS) {
      for (let n = 0; n <= 200; n++) {
        expect(moreThanFraction(n, num, den), `${num}/${den} of ${n}`).toBe(smallest(n, (k) => k * den > n * num))
      }
    }
  })
})

describe('integer safety and input checks', () => {
  it('stays exact for large counts', () => {
    const n = 3 * 1_000_000_007
    expect(atLeastFraction(n, 2, 3)).toBe(2 * 1_000_000_007)
    expect(atLeastFraction(n + 1, 2, 3)).toBe(2 * 1_000_000_007 + 1)
    expect(ceilDiv(10, 5)).toBe(2)
    expect(ceilDiv(11, 5)).toBe(3)
    expect(ceilDiv(0, 5)).toBe(0)
  })

  it('rejects negative, fractional and zero-denominator input', () => {
    expect(() => moreThanHalf(-1)).toThrow(RangeError)
    expect(() => moreThanHalf(1.5)).toThrow(RangeError)
    expect(() => atLeastFraction(10, 2, 0)).toThrow(RangeError)
    expect(() => ceilDiv(1, 0)).toThrow(RangeError)
  })

  it('reaches: exactly at the threshold counts', () => {
    expect(reaches(51, 51)).toBe(true)
    expect(reaches(50, 51)).toBe(false)
  })
})
