import { describe, expect, it } from 'vitest'
import { computeCheckDigit } from './idNumber'
import type { Villager } from './model'
import { buildPeopleIndex } from './search'
import { keystrokePrefixes, measureSearch, percentile } from './searchBench'

describe('keystrokePrefixes', () => {
  it('yields what a user sends while typing, by code point', () => {
    expect(keystrokePrefixes('wym')).toEqual(['w', 'wy', 'wym'])
    expect(keystrokePrefixes('王𠀀')).toEqual(['王', '王𠀀'])
    expect(keystrokePrefixes('')).toEqual([])
  })
})

describe('percentile (nearest rank)', () => {
  it('picks the nearest-rank element', () => {
    const xs = Array.from({ length: 100 }, (_, i) => i + 1)
    expect(percentile(xs, 50)).toBe(50)
    expect(percentile(xs, 95)).toBe(95)
    expect(percentile(xs, 100)).toBe(100)
    expect(percentile([7], 95)).toBe(7)
    expect(percentile([], 95)).toBe(0)
  })
})

describe('measureSearch', () => {
  it('runs every query each round and reports ordered figures (no timing assertions)', () => {
    const villagers: Villager[] = ['王炎明', '李堃', '单田芳'].map((name, i) => {
      const first17 = `1101051980010100${i}`
      return {
        id: `V${i}`,
        householdId: 'H',
        name,
        idNumber: first17 + computeCheckDigit(first17),
        relationToHead: '户主',
        statusHistory: [{ status: '在册', from: '2000-01-01' }],
        roles: [],
      }
    })
    const index = buildPeopleIndex(villagers, [])
    const t = measureSearch(index, keystrokePrefixes('wangyan'), { rounds: 3 })
    expect(t.runs).toBe(21)
    expect(t.p50).toBeGreaterThanOrEqual(0)
    expect(t.p50).toBeLessThanOrEqual(t.p95)
    expect(t.p95).toBeLessThanOrEqual(t.max)
  })
})
