import { describe, expect, it } from 'vitest'
import { forEachValueContaining, packStrings, SEP } from './packedStrings'

function visits(values: string[], needle: string): [number, number][] {
  const out: [number, number][] = []
  forEachValueContaining(packStrings(values), needle, (i, off) => out.push([i, off]))
  return out
}

describe('packStrings / forEachValueContaining', () => {
  const names = ['王炎明', '李明', '明华', '', '王明明']

  it('substring: each containing value once, at its first occurrence', () => {
    expect(visits(names, '明')).toEqual([
      [0, 2],
      [1, 1],
      [2, 0],
      [4, 1],
    ])
  })

  it('prefix via SEP + q', () => {
    expect(visits(names, SEP + '王').map(([i]) => i)).toEqual([0, 4])
    expect(visits(names, SEP + '明').map(([i]) => i)).toEqual([2])
  })

  it('suffix via q + SEP, including the last value', () => {
    expect(visits(names, '明' + SEP).map(([i]) => i)).toEqual([0, 1, 4])
    expect(visits(['0012', '1012', '9999'], '012' + SEP).map(([i]) => i)).toEqual([0, 1])
  })

  it('exact via SEP + q + SEP', () => {
    expect(visits(names, SEP + '李明' + SEP).map(([i]) => i)).toEqual([1])
  })

  it('never matches across two values', () => {
    expect(visits(['ab', 'cd'], 'bc')).toEqual([])
  })

  it('empty list and empty needle', () => {
    expect(visits([], 'a')).toEqual([])
    expect(visits(['a'], '')).toEqual([])
  })

  it('agrees with per-value includes on random data', () => {
    let seed = 42
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648
    const alphabet = 'abc王明'
    const values = Array.from({ length: 300 }, () =>
      Array.from({ length: Math.floor(rand() * 6) }, () => alphabet[Math.floor(rand() * alphabet.length)]).join(''),
    )
    for (const q of ['a', 'ab', 'b王', '明明', 'cab', 'c']) {
      const expected = values.flatMap((v, i) => (v.includes(q) ? [[i, v.indexOf(q)]] : []))
      expect(visits(values, q), q).toEqual(expected)
      const prefix = values.flatMap((v, i) => (v.startsWith(q) ? [i] : []))
      expect(
        visits(values, SEP + q).map(([i]) => i),
        q,
      ).toEqual(prefix)
      const suffix = values.flatMap((v, i) => (v.endsWith(q) ? [i] : []))
      expect(
        visits(values, q + SEP).map(([i]) => i),
        q,
      ).toEqual(suffix)
    }
  })
})
