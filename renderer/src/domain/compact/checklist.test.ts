import { describe, expect, it } from 'vitest'
import { checkGuidelineCoverage, CONTENT_AREAS, TARGET_PROBLEMS } from './checklist'
import { sampleCompact } from './sampleCompact'

describe('guideline checklist', () => {
  it('lists the five content areas and the named problems', () => {
    expect(CONTENT_AREAS.map((t) => t.label)).toEqual(['规范日常行为', '维护公共秩序', '保障群众权益', '调解群众纠纷', '引导民风民俗'])
    expect(TARGET_PROBLEMS.map((t) => t.label)).toEqual([
      '天价彩礼',
      '滥办酒席',
      '薄养厚葬',
      '攀比炫富',
      '铺张浪费',
      '“等靠要”、懒汉行为',
      '家庭暴力',
      '拒绝赡养老人',
      '侵犯妇女合法权益',
      '涉黑涉恶',
      '“黄赌毒”',
    ])
  })

  it('the sample compact covers everything', () => {
    const r = checkGuidelineCoverage(sampleCompact.versions[2]!)
    expect(r.missing).toEqual([])
    expect(r.findings).toEqual([])
    const bride = r.problems.find((t) => t.key === 'bride_price')!
    expect(bride.articles).toEqual([23, 24])
    expect(r.areas.find((t) => t.key === 'disputes')!.articles).toContain(9)
  })

  it('a thin compact shows what it lacks', () => {
    const r = checkGuidelineCoverage({
      articles: [
        { number: 2, text: '严禁 赌博，自觉抵制黄赌毒。' },
        { number: 1, text: '生活垃圾应当分类投放。' },
        { number: 3, text: '邻里纠纷应当协商解决。' },
      ],
    })
    expect(r.areas.filter((t) => t.covered).map((t) => t.label)).toEqual(['规范日常行为', '调解群众纠纷'])
    expect(r.problems.find((t) => t.key === 'vice')).toMatchObject({ covered: true, articles: [2], words: ['黄赌毒', '赌博'] })
    expect(r.missing).toContain('维护公共秩序')
    expect(r.missing).toContain('天价彩礼')
    expect(r.missing).not.toContain('“黄赌毒”')
    expect(r.findings).toHaveLength(r.missing.length)
    expect(r.findings[0]).toMatchObject({ level: 'info', code: 'compact.checklist.area_missing', field: 'public_order' })
    expect(r.findings[0]!.citation.kind).toBe('政策文件')
  })

  it('an empty compact lacks all sixteen topics', () => {
    expect(checkGuidelineCoverage({ articles: [] }).missing).toHaveLength(16)
  })
})
