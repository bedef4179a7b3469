import { describe, expect, it } from 'vitest'
import type { StatusEntry } from '@/domain/people/model'
import { describePeopleCounts, peopleCounts } from './peopleCounts'

const person = (householdId: string, ...history: [StatusEntry['status'], string][]) => ({
  householdId,
  statusHistory: history.map(([status, from]) => ({ status, from })),
})
const TODAY = '2026-12-01'
const household = (id: string, status: '在册' | '注销' = '在册') => ({ id, status })

describe('peopleCounts', () => {
  it('counts 在册 people and households, with 迁出 and 死亡 apart', () => {
    const counts = peopleCounts(
      [household('h1'), household('h2'), household('h3')],
      [
        person('h1', ['在册', '1980-01-01']),
        person('h1', ['在册', '1980-01-01'], ['迁出', '2020-09-01']),
        person('h2', ['在册', '1950-01-01'], ['死亡', '2024-03-01']),
        person('h3', ['在册', '2000-01-01'], ['迁出', '2019-01-01'], ['在册', '2023-05-01']),
      ],
      TODAY,
    )
    expect(counts).toEqual({ households: 2, villagers: 2, movedOut: 1, deceased: 1 })
  })

  it('a household whose members all left is not counted; nor is a 注销 one', () => {
    const counts = peopleCounts(
      [household('h1'), household('h2', '注销'), household('h3')],
      [person('h1', ['在册', '1980-01-01'], ['死亡', '2025-01-01']), person('h2', ['在册', '1980-01-01'])],
      TODAY,
    )
    expect(counts.households).toBe(0)
    expect(counts.villagers).toBe(1)
  })

  it('uses the latest entry: a same-day correction wins, an empty history is 在册', () => {
    const counts = peopleCounts(
      [household('h1')],
      [person('h1', ['在册', '1980-01-01'], ['死亡', '2026-01-02'], ['在册', '2026-01-02']), person('h1')],
      TODAY,
    )
    expect(counts).toEqual({ households: 1, villagers: 2, movedOut: 0, deceased: 0 })
  })

  it('counts by the status on today, as the home screen does: a move recorded for tomorrow is still 在册', () => {
    const counts = peopleCounts([household('h1')], [person('h1', ['在册', '1980-01-01'], ['迁出', '2026-12-02'])], TODAY)
    expect(counts).toEqual({ households: 1, villagers: 1, movedOut: 0, deceased: 0 })
  })
})

describe('describePeopleCounts', () => {
  it('names those who left only when there are any', () => {
    expect(describePeopleCounts({ households: 3, villagers: 8, movedOut: 0, deceased: 0 })).toBe('本村在册 3 户、8 人。')
    expect(describePeopleCounts({ households: 2812, villagers: 10000, movedOut: 1, deceased: 0 })).toBe(
      '本村在册 2,812 户、10,000 人（另有迁出 1 人，记录保留）。',
    )
    expect(describePeopleCounts({ households: 3, villagers: 8, movedOut: 2, deceased: 1 })).toBe(
      '本村在册 3 户、8 人（另有迁出 2 人、死亡 1 人，记录保留）。',
    )
  })
})
