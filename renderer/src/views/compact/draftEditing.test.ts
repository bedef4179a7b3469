import { describe, expect, it } from 'vitest'
import type { Article } from '@/domain/compact/model'
import { addArticle, chainFindings, linkedFrom, linkTargets, setRole } from './draftEditing'

const articles: Article[] = [
  { number: 1, role: 'general', text: '总则' },
  { number: 8, role: 'conduct', text: '建房不得影响相邻住户采光。' },
  { number: 9, role: 'conduct', text: '不得乱倒垃圾。' },
  { number: 39, role: 'handling', text: '违反第八条的，批评教育。', links: [8] },
  { number: 41, role: 'restoration', text: '改正后恢复。', links: [39] },
]

describe('links both ways', () => {
  it('a handling article may link to conduct articles only, a restoration one to handling only', () => {
    expect(linkTargets(articles, articles[3]!).map((a) => a.number)).toEqual([8, 9])
    expect(linkTargets(articles, articles[4]!).map((a) => a.number)).toEqual([39])
    expect(linkTargets(articles, articles[1]!)).toEqual([])
  })
  it('shows who links to an article', () => {
    expect(linkedFrom(articles, 8).map((a) => a.number)).toEqual([39])
    expect(linkedFrom(articles, 39).map((a) => a.number)).toEqual([41])
    expect(linkedFrom(articles, 9)).toEqual([])
  })
})

describe('open chains', () => {
  it('warns about conduct without handling and handling without restoration, by article', () => {
    const codes = chainFindings(articles).map((f) => [f.code, f.field])
    expect(codes).toEqual([['compact.conduct_without_handling', '9']])
    const cut = chainFindings(articles.filter((a) => a.number !== 41)).map((f) => [f.code, f.field])
    expect(cut).toEqual([
      ['compact.conduct_without_handling', '9'],
      ['compact.handling_without_restoration', '39'],
    ])
  })
})

describe('adding and changing articles', () => {
  it('numbers a new article after the highest, never reusing a gap (numbers stay stable)', () => {
    expect(addArticle(articles, 6)).toEqual({ number: 42, role: 'other', text: '', chapter: 6 })
    expect(addArticle([])).toEqual({ number: 1, role: 'other', text: '' })
  })
  it('drops links that no longer mean anything when the role changes', () => {
    expect(setRole(articles[3]!, 'conduct').links).toBeUndefined()
    expect(setRole(articles[3]!, 'restoration').links).toBeUndefined()
    expect(setRole(articles[3]!, 'handling').links).toEqual([8])
  })
})
