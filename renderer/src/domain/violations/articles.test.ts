import { describe, expect, it } from 'vitest'
import { articleForAct, articleInForceOn, articlesInForceOn, checkArticleForAct, isInForceOn } from './articles'
import type { ArticleRef } from './case'
import { ARTICLES, COMPACT, CONDUCT_V1, CONDUCT_V2, HANDLING, LITTER_V2 } from './testFixtures'

describe('articleInForceOn: the version in force on a date', () => {
  it('picks v1 up to and including its last day, v2 from its first day', () => {
    expect(articleInForceOn(ARTICLES, COMPACT, '第十二条', '2020-01-01')?.versionId).toBe('v2020')
    expect(articleInForceOn(ARTICLES, COMPACT, '第十二条', '2024-04-30')?.versionId).toBe('v2020')
    expect(articleInForceOn(ARTICLES, COMPACT, '第十二条', '2024-05-01')?.versionId).toBe('v2024')
    expect(articleInForceOn(ARTICLES, COMPACT, '第十二条', '2030-01-01')?.versionId).toBe('v2024')
  })
  it('finds nothing before the first version', () => {
    expect(articleInForceOn(ARTICLES, COMPACT, '第十二条', '2019-12-31')).toBeNull()
  })
  it('when versions overlap, the later amendment wins', () => {
    const open: ArticleRef = { ...CONDUCT_V1, effectiveTo: undefined }
    expect(articleInForceOn([CONDUCT_V2, open], COMPACT, '第十二条', '2025-01-01')?.versionId).toBe('v2024')
    expect(articleInForceOn([open, CONDUCT_V2], COMPACT, '第十二条', '2024-04-30')?.versionId).toBe('v2020')
  })
  it('does not mix compacts or article numbers', () => {
    expect(articleInForceOn(ARTICLES, 'other', '第十二条', '2025-01-01')).toBeNull()
    expect(articleInForceOn(ARTICLES, COMPACT, '第十三条', '2025-01-01')).toBeNull()
  })
  it('isInForceOn is inclusive at both ends', () => {
    expect(isInForceOn(CONDUCT_V1, '2019-12-31')).toBe(false)
    expect(isInForceOn(CONDUCT_V1, '2020-01-01')).toBe(true)
    expect(isInForceOn(CONDUCT_V1, '2024-04-30')).toBe(true)
    expect(isInForceOn(CONDUCT_V1, '2024-05-01')).toBe(false)
  })
  it('lists the conduct articles in force on an act date, one version each', () => {
    expect(articlesInForceOn(ARTICLES, 'conduct', '2023-06-01').map((a) => `${a.number}@${a.versionId}`)).toEqual(['第十二条@v2020'])
    expect(
      articlesInForceOn(ARTICLES, 'conduct', '2025-06-01')
        .map((a) => `${a.number}@${a.versionId}`)
        .sort(),
    ).toEqual(['第十二条@v2024', '第十五条@v2024'])
  })
})

describe('articleForAct: 不溯及既往', () => {
  it('applies the version in force on the act date, not the handling date', () => {
    const r = articleForAct(ARTICLES, COMPACT, '第十二条', '2024-03-15', 'conduct')
    expect(r.ok && r.value.text).toBe(CONDUCT_V1.text)
  })
  it('refuses an act before the article existed, with the reason and the citation', () => {
    const r = articleForAct(ARTICLES, COMPACT, '第十五条', '2024-04-30', 'conduct')
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.reason).toContain('不溯及既往')
    expect(r.reason).toContain('2024年4月30日')
    expect(r.reason).toContain('2024年5月1日起施行')
    expect(r.citation?.law).toBe('立法法')
  })
  it('accepts the same article on its first day', () => {
    expect(articleForAct(ARTICLES, COMPACT, '第十五条', '2024-05-01', 'conduct').ok).toBe(true)
  })
  it('refuses a repealed article and a missing one', () => {
    const repealed: ArticleRef = { ...LITTER_V2, effectiveTo: '2025-12-31' }
    const r = articleForAct([repealed], COMPACT, '第十五条', '2026-01-01', 'conduct')
    expect(!r.ok && r.reason).toContain('不在施行期内')
    const m = articleForAct(ARTICLES, COMPACT, '第九十九条', '2026-01-01', 'conduct')
    expect(!m.ok && m.reason).toContain('没有第九十九条')
  })
  it('refuses an article of the wrong role', () => {
    const r = articleForAct(ARTICLES, COMPACT, '第二十条', '2026-01-01', 'conduct')
    expect(!r.ok && r.reason).toContain('处理条款')
    expect(checkArticleForAct(HANDLING, '2026-01-01', 'handling').ok).toBe(true)
  })
})
