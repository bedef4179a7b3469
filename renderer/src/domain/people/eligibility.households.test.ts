import { describe, expect, it } from 'vitest'
import { computeCheckDigit } from './idNumber'
import { householdsWithEligibleMember, villagersMeetingEligibility, villagersMeetingQuorum } from './eligibility'
import type { Household, Villager } from './model'

const id = (birth: string, seq: string) => {
  const first17 = `411381${birth}${seq}`
  return first17 + computeCheckDigit(first17)
}
const household = (hid: string, status: Household['status'] = '在册') => ({ id: hid, status })
const villager = (vid: string, householdId: string, birth: string, statusHistory: Villager['statusHistory']): Villager => ({
  id: vid,
  householdId,
  name: vid,
  idNumber: id(birth, '001'),
  relationToHead: '户主',
  statusHistory,
  roles: [],
})

describe('本村户数 on the meeting date (Art. 22 户代表 base)', () => {
  // H1: an adult throughout. H2: its only adult moved out on 2026-06-01. H3: only a child who turns
  // 18 on 2026-05-10. H4: cancelled.
  const villagers = [
    villager('A', 'H1', '19800101', [{ status: '在册', from: '2000-01-01' }]),
    villager('B', 'H2', '19700101', [
      { status: '在册', from: '2000-01-01' },
      { status: '迁出', from: '2026-06-01' },
    ]),
    villager('C', 'H3', '20080510', [{ status: '在册', from: '2008-05-10' }]),
    villager('D', 'H4', '19600101', [{ status: '在册', from: '2000-01-01' }]),
  ]
  const households = [household('H1'), household('H2'), household('H3'), household('H4', '注销')]
  const on = (date: string) => householdsWithEligibleMember(households, villagersMeetingEligibility(villagers, date).eligible)

  it('counts a household whose member moved out later, on a meeting date before the move', () => {
    expect(on('2026-05-31')).toBe(3)
    expect(on('2026-06-01')).toBe(2)
  })

  it('counts a household from the day its only member turns 18, not the day before', () => {
    expect(on('2026-05-09')).toBe(2)
    expect(on('2026-05-10')).toBe(3)
  })

  it('never counts a cancelled household, and feeds the 2/3 quorum', () => {
    expect(on('2026-05-31')).toBe(3)
    expect(villagersMeetingQuorum(3, on('2026-05-31')).household.required).toBe(2)
  })
})
