import { describe, expect, it } from 'vitest'
import type { CompactVersion } from './model'
import { sampleCompact } from './sampleCompact'
import { changesOf, diffVersions, effectiveUntil, readCompact, versionInForceOn } from './versions'

const v = (id: string, effectiveFrom: string, articles: CompactVersion['articles']): CompactVersion => ({ id, effectiveFrom, articles })

describe('readCompact and versionInForceOn', () => {
  it('sorts versions given in any order and finds the one in force on a date', () => {
    const c = readCompact({ title: 't', versions: [v('b', '2025-01-01', []), v('a', '2024-01-01', []), v('c', '2026-01-01', [])] })
    expect(c.versions.map((x) => x.id)).toEqual(['a', 'b', 'c'])
    expect(versionInForceOn(c, '2023-12-31')).toBeNull()
    expect(versionInForceOn(c, '2024-01-01')?.id).toBe('a')
    expect(versionInForceOn(c, '2024-12-31')?.id).toBe('a')
    expect(versionInForceOn(c, '2025-01-01')?.id).toBe('b')
    expect(versionInForceOn(c, '2030-01-01')?.id).toBe('c')
    expect(effectiveUntil(c, 'a')).toBe('2024-12-31')
    expect(effectiveUntil(c, 'c')).toBeNull()
  })

  it('reads edits made in place (no stale cache)', () => {
    const input = { title: 't', versions: [v('a', '2024-01-01', [{ number: 1, role: 'general', text: '旧' }])] }
    expect(readCompact(input).versions[0]!.articles[0]!.text).toBe('旧')
    input.versions[0]!.articles[0]!.text = '新'
    expect(readCompact(input).versions[0]!.articles[0]!.text).toBe('新')
  })
})

describe('diffVersions (条文对照表)', () => {
  const a = v('a', '2024-01-01', [
    { number: 1, role: 'general', text: '总则。' },
    { number: 2, role: 'conduct', text: '严禁赌博。' },
    { number: 3, role: 'conduct', text: '门前三包。' },
    { number: 4, role: 'handling', text: '停发一切福利待遇。', links: [2, 3] },
  ])
  const b = v('b', '2025-01-01', [
    { number: 1, role: 'general', text: '总则。 ' },
    { number: 2, role: 'conduct', text: '严禁赌博、吸毒。' },
    { number: 4, role: 'handling', text: '停发一切福利待遇。', links: [2] },
    { number: 5, role: 'restoration', text: '改正后恢复。', links: [4] },
  ])

  it('marks added, amended, repealed and unchanged; whitespace is not a change', () => {
    const d = diffVersions(a, b)
    expect(d.rows.map((r) => [r.number, r.change])).toEqual([
      [1, 'unchanged'],
      [2, 'amended'],
      [3, 'repealed'],
      [4, 'unchanged'],
      [5, 'added'],
    ])
    expect(d.added).toEqual([5])
    expect(d.amended).toEqual([2])
    expect(d.repealed).toEqual([3])
    expect(d.rows[3]!.metaChanged).toBe(true)
    expect(d.rows[1]!.old?.text).toBe('严禁赌博。')
    expect(d.rows[1]!.new?.text).toBe('严禁赌博、吸毒。')
  })

  it('pairs a renumbered article by its former number', () => {
    const old = v('a', '2024-01-01', [
      { number: 1, role: 'general', text: 'A' },
      { number: 2, role: 'conduct', text: 'B' },
    ])
    const renumbered = v('b', '2025-01-01', [
      { number: 1, role: 'general', text: 'A' },
      { number: 2, role: 'conduct', text: '新插入的条文' },
      { number: 3, role: 'conduct', text: 'B', formerNumber: 2 },
    ])
    const d = diffVersions(old, renumbered)
    expect(d.rows.map((r) => [r.number, r.change, r.renumberedFrom])).toEqual([
      [1, 'unchanged', undefined],
      [2, 'added', undefined],
      [3, 'unchanged', 2],
    ])
  })

  it('a repealed first article comes first', () => {
    const d = diffVersions(
      v('a', '2024-01-01', [
        { number: 1, role: 'general', text: 'A' },
        { number: 2, role: 'general', text: 'B' },
      ]),
      v('b', '2025-01-01', [{ number: 2, role: 'general', text: 'B' }]),
    )
    expect(d.rows.map((r) => [r.number, r.change])).toEqual([
      [1, 'repealed'],
      [2, 'unchanged'],
    ])
  })

  it('changesOf: the sample compact’s amendments', () => {
    const c = readCompact(sampleCompact)
    expect(changesOf(c, 'sample-compact-v1').added).toHaveLength(45)
    const v2 = changesOf(c, 'sample-compact-v2')
    expect([v2.added, v2.amended, v2.repealed]).toEqual([[], [8, 39], []])
    const v3 = changesOf(c, 'sample-compact-v3')
    expect([v3.added, v3.amended, v3.repealed]).toEqual([[], [24, 35], [12]])
    expect(v3.rows.find((r) => r.number === 38)).toMatchObject({ change: 'unchanged', metaChanged: true })
    expect(() => changesOf(c, 'nope')).toThrow('没有版本')
  })
})
