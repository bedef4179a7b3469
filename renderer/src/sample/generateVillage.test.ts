import { describe, expect, it } from 'vitest'
import { parseIdNumber } from '@/domain/people/idNumber'
import { checkRepresentativeAssembly, checkSupervisionCommittee } from '@/domain/people/composition'
import { generateSampleVillage } from './generateVillage'

describe('generateSampleVillage', () => {
  it('is deterministic for a size and seed', () => {
    const a = generateSampleVillage('small')
    const b = generateSampleVillage('small')
    expect(a).toEqual(b)
    expect(generateSampleVillage('small', 7)).not.toEqual(a)
  })

  it('produces the large village at the promised size with unique, valid ID numbers', () => {
    const village = generateSampleVillage('large')
    expect(village.households).toHaveLength(3000)
    expect(village.villagers).toHaveLength(10000)
    const ids = new Set(village.villagers.map((v) => v.idNumber))
    expect(ids.size).toBe(10000)
    for (const v of village.villagers.slice(0, 2000)) {
      const parsed = parseIdNumber(v.idNumber, { today: '2026-11-22' })
      expect(parsed.ok, `${v.name} ${v.idNumber}`).toBe(true)
    }
    expect(new Set(village.households.map((h) => h.householdNo)).size).toBe(3000)
  })

  it('includes rare characters in names, party members, representatives, a 两委 and a 监委会', () => {
    const village = generateSampleVillage('large')
    const names = village.villagers.map((v) => v.name).join('')
    for (const ch of '堃喆昇淼琇犇') expect(names).toContain(ch)
    const withRole = (kind: string) => village.villagers.filter((v) => v.roles.some((r) => r.kind === kind))
    const party = withRole('party_member').length
    expect(party / village.villagers.length).toBeGreaterThan(0.06)
    expect(party / village.villagers.length).toBeLessThan(0.1)
    expect(withRole('representative').length).toBeGreaterThanOrEqual(200)
    expect(withRole('supervision')).toHaveLength(3)
    expect(withRole('committee').length).toBeGreaterThanOrEqual(8)
  })

  it('has a 村民代表会议 and a 监委会 that pass the composition checks (Art. 25, Art. 32)', () => {
    const village = generateSampleVillage('large')
    const assembly = checkRepresentativeAssembly(village.villagers, '2026-11-01')
    expect(assembly.findings.filter((f) => f.level === 'error')).toEqual([])
    expect(assembly.findings.filter((f) => f.level === 'ok').length).toBeGreaterThanOrEqual(2)
    expect(checkSupervisionCommittee(village.villagers, '2026-11-01').filter((f) => f.level === 'error')).toEqual([])
  })
})
