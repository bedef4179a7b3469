import { describe, expect, it } from 'vitest'
import { areas } from '@/router/areas'
import { atLeastFraction, moreThanHalf } from '@/domain/law/counting'
import { noticePeriodEnd } from '@/domain/notices/period'
import { AREA_HELP, HELP_ORDER } from './areas'
import { LEGAL_TERMS, TERM_ORDER } from './terms'
import { latinWordsIn } from './latin'

describe('使用说明 for every area', () => {
  it('covers every area of the menu, in the menu’s order', () => {
    expect([...HELP_ORDER]).toEqual(areas.map((a) => a.name))
    for (const a of areas) expect(AREA_HELP[a.name]?.title).toBe(a.title)
  })
  it('says what the area is for, its basis and at least two steps', () => {
    for (const name of HELP_ORDER) {
      const h = AREA_HELP[name]!
      expect(h.purpose.length, name).toBeGreaterThan(10)
      expect(h.basis.length, name).toBeGreaterThan(10)
      expect(h.steps.length, name).toBeGreaterThanOrEqual(2)
    }
  })
})

describe('legal terms', () => {
  it('explains each term the issue names, in one sentence with an example', () => {
    for (const t of ['过半数', '三分之二以上', '以上', '到会人员', '应到', '列席', '备案', '陈述申辩', '公示期', '委托']) {
      const e = LEGAL_TERMS[t]
      expect(e, t).toBeDefined()
      // one sentence: one full stop at the end, none inside
      expect(e!.meaning.replace(/。$/, ''), t).not.toMatch(/。/)
      expect(e!.example.length, t).toBeGreaterThan(8)
    }
    expect(TERM_ORDER).toHaveLength(Object.keys(LEGAL_TERMS).length)
  })
  it('gives examples whose numbers follow the counting rules (民法典第一千二百五十九条)', () => {
    // 过半数 of 20 present is 11; 10 is exactly half and not enough
    expect(moreThanHalf(20)).toBe(11)
    expect(LEGAL_TERMS['过半数']!.example).toContain('到会 20 人，至少要 11 人')
    // 三分之二以上 of 30 is 20 (exactly two thirds counts)
    expect(atLeastFraction(30, 2, 3)).toBe(20)
    expect(LEGAL_TERMS['三分之二以上']!.example).toContain('30 人，至少要 20 人')
    // 到会人员: 24 present → 13 needed
    expect(moreThanHalf(24)).toBe(13)
    expect(LEGAL_TERMS['到会人员']!.example).toContain('24 人中的 13 人')
    // 公示期: 7 days from 3月1日 ends on 3月7日
    expect(noticePeriodEnd('2026-03-01', 7, 'calendar')).toBe('2026-03-07')
    expect(LEGAL_TERMS['公示期']!.example).toContain('3月1日张贴、公示期 7 天，公示到3月7日结束')
  })
})

describe('plain words', () => {
  it('has no Latin words in any help text', () => {
    const texts = [
      ...Object.values(AREA_HELP).flatMap((h) => [h.title, h.purpose, h.basis, ...h.steps]),
      ...Object.values(LEGAL_TERMS).flatMap((t) => [t.term, t.meaning, t.example]),
    ]
    for (const text of texts) expect(latinWordsIn(text), text).toEqual([])
  })
})
