import { describe, expect, it } from 'vitest'
import { parseIdNumber } from '@/domain/people/idNumber'
import { sampleRosterCells } from './sampleRoster.node'

describe('sampleRosterCells', () => {
  it('gives valid, unique IDs, one 户主 first in every household, deterministically', () => {
    const rows = sampleRosterCells(3_000, 3)
    expect(rows).toHaveLength(3_000)
    expect(new Set(rows.map((r) => r.idNumber)).size).toBe(3_000)
    for (const r of rows) expect(parseIdNumber(r.idNumber, { today: '2026-01-01' }).ok).toBe(true)
    const heads = new Map<string, number>()
    rows.forEach((r, i) => {
      if (r.relation === '户主') heads.set(r.householdNo, (heads.get(r.householdNo) ?? 0) + 1)
      else expect(rows.findLastIndex((h, j) => j < i && h.householdNo === r.householdNo && h.relation === '户主')).toBeGreaterThanOrEqual(0)
    })
    expect([...heads.values()].every((n) => n === 1)).toBe(true)
    expect(sampleRosterCells(50, 3)).toEqual(rows.slice(0, 50))
  })
})
