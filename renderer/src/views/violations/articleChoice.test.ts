import { describe, expect, it } from 'vitest'
import type { ArticleRef } from '@/domain/violations/case'
import { actDateRefusal, articleOrder, choicesOn } from './articleChoice'

const ref = (number: string, effectiveFrom: string, effectiveTo?: string): ArticleRef => ({
  compactId: 'c',
  versionId: effectiveFrom,
  number,
  text: `${number}的文本`,
  role: 'conduct',
  effectiveFrom,
  ...(effectiveTo ? { effectiveTo } : {}),
})
const refs = [ref('第十条', '2021-03-01', '2023-12-31'), ref('第十条', '2024-01-01'), ref('第八条', '2021-03-01')]

describe('article choices by act date', () => {
  it('offers the version in force on the act date, in article order', () => {
    expect(choicesOn(refs, 'conduct', '2023-12-31').map((a) => [a.number, a.effectiveFrom])).toEqual([
      ['第八条', '2021-03-01'],
      ['第十条', '2021-03-01'],
    ])
    expect(choicesOn(refs, 'conduct', '2024-01-01').find((a) => a.number === '第十条')!.effectiveFrom).toBe('2024-01-01')
  })

  it('refuses an act the day before the compact took effect (不溯及既往), not on the day itself', () => {
    expect(actDateRefusal(refs, 'conduct', '2021-02-28')).toContain('不溯及既往')
    expect(actDateRefusal(refs, 'conduct', '2021-03-01')).toBeNull()
    expect(actDateRefusal(refs, 'handling', '2021-03-01')).toBe('本村村规民约中没有可以适用的条款')
  })

  it('reads article numbers', () => {
    expect([articleOrder('第八条'), articleOrder('第十条'), articleOrder('第三十九条'), articleOrder('第一百零二条')]).toEqual([
      8, 10, 39, 102,
    ])
  })
})
