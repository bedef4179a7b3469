import { describe, expect, it } from 'vitest'
import type { CaseRow } from '@/db/rows'
import type { CaseState } from '@/domain/violations/case'
import { filterCases } from './loadCases'

/** A case with just what the list's filters read. */
function kase(
  id: string,
  caseNo: string,
  state: CaseState,
  reportDate: string,
  facts: string,
  villagerId: string,
  place = '村东',
): CaseRow {
  return { id, caseNo, state, report: { reportDate, actDate: reportDate, facts, place, villagerId } } as unknown as CaseRow
}

const ROWS = [
  kase('a', '示例违约〔2019〕12号', 'closed', '2019-04-02', '王某向村东沟渠倾倒生活垃圾。', 'v1', '村东沟渠'),
  kase('b', '示例违约〔2023〕3号', 'rectifying', '2023-06-11', '李某未经批准加高房屋，遮挡相邻住户采光。', 'v2'),
  kase('c', '东风〔2023〕1号', 'decided', '2023-12-31', '在村道旁长期堆放柴草杂物。', 'v1', '村西路口'),
  kase('d', '东风〔2024〕1号', 'reported', '2024-01-01', 'Dog 未拴绳外出。', 'v3'),
]
const NAMES: Record<string, string> = { v1: '王建国', v2: '李秀英' }
const party = (c: CaseRow) => NAMES[c.report.villagerId] ?? '（不在名册）'
const ids = (rows: CaseRow[]) => rows.map((c) => c.id)

describe('filterCases', () => {
  it('keeps every case, in the order given, when no filter is set', () => {
    expect(ids(filterCases(ROWS, {}))).toEqual(['a', 'b', 'c', 'd'])
    expect(ids(filterCases(ROWS, { query: ' \u3000 ' }))).toEqual(['a', 'b', 'c', 'd'])
  })

  it('state and year (of the 登记日期, at the turn of the year)', () => {
    expect(ids(filterCases(ROWS, { state: 'closed' }))).toEqual(['a'])
    expect(ids(filterCases(ROWS, { year: '2023' }))).toEqual(['b', 'c'])
    expect(ids(filterCases(ROWS, { year: '2024' }))).toEqual(['d'])
    expect(ids(filterCases(ROWS, { year: '2022' }))).toEqual([])
    expect(ids(filterCases(ROWS, { year: '2023', state: 'decided' }))).toEqual(['c'])
  })

  it('query: 案件编号, 当事人 (by the lookup given), 违约事实 and place; every word must occur', () => {
    expect(ids(filterCases(ROWS, { query: '〔2023〕' }, party))).toEqual(['b', 'c'])
    expect(ids(filterCases(ROWS, { query: '王建国' }, party))).toEqual(['a', 'c'])
    expect(ids(filterCases(ROWS, { query: '王建国 柴草' }, party))).toEqual(['c'])
    expect(ids(filterCases(ROWS, { query: '采光' }, party))).toEqual(['b'])
    expect(ids(filterCases(ROWS, { query: '路口' }, party))).toEqual(['c'])
    expect(ids(filterCases(ROWS, { query: 'dog' }, party))).toEqual(['d']) // case-insensitive
    expect(ids(filterCases(ROWS, { query: '不在名册' }, party))).toEqual(['d'])
    expect(ids(filterCases(ROWS, { query: '采光 柴草' }, party))).toEqual([])
  })

  it('without a party lookup, names are not searched', () => {
    expect(ids(filterCases(ROWS, { query: '王建国' }))).toEqual([])
    expect(ids(filterCases(ROWS, { query: '王某' }))).toEqual(['a']) // but the facts are
  })

  it('the query combines with state and year', () => {
    expect(ids(filterCases(ROWS, { year: '2023', query: '王建国' }, party))).toEqual(['c'])
    expect(ids(filterCases(ROWS, { state: 'closed', query: '柴草' }, party))).toEqual([])
  })
})
