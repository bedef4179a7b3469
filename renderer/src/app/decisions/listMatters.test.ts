import { describe, expect, it } from 'vitest'
import type { MatterRow } from '@/db/rows'
import type { MatterState } from '@/domain/decisions/model'
import type { BodyKind } from '@/domain/rules/profile'
import { filterMatters, searchWords } from './listMatters'

/** A matter with just what the filters read: title, state, its steps' dates and bodies, createdAt. */
function matter(
  id: string,
  title: string,
  state: MatterState,
  steps: [string, BodyKind][],
  createdAt = '2026-01-05T02:00:00.000Z',
): MatterRow {
  return {
    id,
    title,
    state,
    motionSource: '党员群众建议',
    tags: [],
    steps: steps.map(([date, body], i) => ({ step: Math.min(i + 1, 4), date, body })),
    disclosures: [],
    corrections: [],
    createdAt,
    updatedAt: createdAt,
  } as unknown as MatterRow
}

const ROWS = [
  matter('a', '2026年硬化村内道路', 'resolving', [
    ['2026-02-01', 'party_committee'],
    ['2026-02-03', 'joint_committees'],
    ['2026-02-08', 'party_assembly'],
  ]),
  matter('b', '2021年发包村集体鱼塘', 'closed', [
    ['2021-03-01', 'party_committee'],
    ['2021-03-05', 'joint_committees'],
    ['2021-03-10', 'party_assembly'],
    ['2021-03-20', 'villagers_meeting'],
  ]),
  matter('c', '2021年硬化村内道路', 'rejected', [
    ['2021-12-31', 'party_committee'],
    ['2022-01-04', 'representatives_meeting'],
  ]),
  // no meeting yet: its year is the day it was created, in Beijing time (UTC+8)
  matter('d', '安装村内路灯', 'proposing', [], '2025-12-31T16:30:00.000Z'),
]
const ids = (rows: MatterRow[]) => rows.map((m) => m.id)

describe('filterMatters', () => {
  it('keeps every matter, in the order given, when no filter is set', () => {
    expect(ids(filterMatters(ROWS))).toEqual(['a', 'b', 'c', 'd'])
    expect(ids(filterMatters(ROWS, { query: '   ' }))).toEqual(['a', 'b', 'c', 'd'])
  })

  it('year: of the first meeting, else of creation in Beijing time', () => {
    expect(ids(filterMatters(ROWS, { year: 2021 }))).toEqual(['b', 'c']) // c: first meeting 2021-12-31, ④ in 2022
    expect(ids(filterMatters(ROWS, { year: 2022 }))).toEqual([])
    expect(ids(filterMatters(ROWS, { year: 2026 }))).toEqual(['a', 'd']) // d: 2025-12-31T16:30Z is 2026-01-01 00:30 in Beijing
    expect(ids(filterMatters(ROWS, { year: 2025 }))).toEqual([])
  })

  it('state: one or several', () => {
    expect(ids(filterMatters(ROWS, { state: 'closed' }))).toEqual(['b'])
    expect(ids(filterMatters(ROWS, { state: ['rejected', 'proposing'] }))).toEqual(['c', 'd'])
  })

  it('body: any step held by that body', () => {
    expect(ids(filterMatters(ROWS, { body: 'villagers_meeting' }))).toEqual(['b'])
    expect(ids(filterMatters(ROWS, { body: 'representatives_meeting' }))).toEqual(['c'])
    expect(ids(filterMatters(ROWS, { body: 'party_committee' }))).toEqual(['a', 'b', 'c'])
  })

  it('query: every word must occur in the 事项名称, spaces (全角 too) separate words', () => {
    expect(ids(filterMatters(ROWS, { query: '道路' }))).toEqual(['a', 'c'])
    expect(ids(filterMatters(ROWS, { query: '道路 2021' }))).toEqual(['c'])
    expect(ids(filterMatters(ROWS, { query: '2021\u3000鱼塘' }))).toEqual(['b'])
    expect(ids(filterMatters(ROWS, { query: '鱼塘 道路' }))).toEqual([])
    expect(ids(filterMatters(ROWS, { query: '广场' }))).toEqual([])
  })

  it('filters combine', () => {
    expect(ids(filterMatters(ROWS, { year: 2021, query: '道路' }))).toEqual(['c'])
    expect(ids(filterMatters(ROWS, { year: 2021, state: 'closed', query: '道路' }))).toEqual([])
    expect(ids(filterMatters(ROWS, { year: 2026, body: 'party_assembly', query: '硬化' }))).toEqual(['a'])
  })
})

describe('searchWords', () => {
  it('lower-cases and splits on any white space, dropping empty words', () => {
    expect(searchWords(' LED  路灯\u3000改造 ')).toEqual(['led', '路灯', '改造'])
    expect(searchWords(undefined)).toEqual([])
    expect(searchWords('')).toEqual([])
  })
})
