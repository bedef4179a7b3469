import { describe, expect, it } from 'vitest'
import type { CompactVersion } from '@/domain/compact/model'
import { treeOf } from './compactTree'

const version: CompactVersion = {
  id: 'v1',
  effectiveFrom: '2024-03-01',
  chapters: [
    { number: 1, title: '总则' },
    { number: 2, title: '宅基地与建房' },
  ],
  articles: [
    { number: 1, chapter: 1, role: 'general', text: '为加强村民自治，制定本村规民约。' },
    { number: 2, chapter: 2, role: 'conduct', text: '村民建房不得影响相邻住户的通风和采光。' },
    { number: 3, chapter: 2, role: 'handling', text: '违反第二条的，批评教育，责令恢复原状。', links: [2] },
  ],
}

describe('treeOf', () => {
  it('lists chapters with their articles in order, labelled 第X章 / 第X条', () => {
    const { nodes, hits } = treeOf(version)
    expect(nodes.map((n) => n.label)).toEqual(['第一章 总则', '第二章 宅基地与建房'])
    expect(nodes[1]!.children!.map((c) => c.label)).toEqual(['第二条', '第三条'])
    expect(hits).toBe(3)
  })
  it('filters by words, dropping chapters with nothing left', () => {
    const { nodes, hits } = treeOf(version, '采光')
    expect(hits).toBe(1)
    expect(nodes.map((n) => n.label)).toEqual(['第二章 宅基地与建房'])
    expect(nodes[0]!.children!.map((c) => c.article)).toEqual([2])
  })
  it('finds an article by its number in Chinese or digits, and a chapter by its title', () => {
    expect(treeOf(version, '第三条').nodes[0]!.children!.map((c) => c.article)).toEqual([3])
    expect(treeOf(version, '1').nodes.map((n) => n.label)).toEqual(['第一章 总则'])
    expect(treeOf(version, '宅基地').hits).toBe(2)
    expect(treeOf(version, '彩礼')).toEqual({ nodes: [], hits: 0 })
  })
  it('keeps articles without a chapter at the top', () => {
    const flat: CompactVersion = { id: 'v', effectiveFrom: '2024-01-01', articles: [{ number: 1, role: 'other', text: '甲' }] }
    expect(treeOf(flat).nodes).toEqual([{ key: 'a1', label: '第一条', article: 1, role: 'other', snippet: '甲' }])
  })
})
