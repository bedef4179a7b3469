import { describe, expect, it } from 'vitest'
import type { ArticleRef, Measure } from '@/domain/violations/case'
import { CONDUCT_V1, CONDUCT_V2, HANDLING } from '@/domain/violations/testFixtures'
import { village } from '../testFixtures'
import { BENEFITS, storyCase } from './testFixtures'
import {
  breachSentence,
  clause,
  compactTitleFor,
  decidedMeasureText,
  evidenceSentence,
  itemNumber,
  measurePhrase,
  numberedItems,
  quoted,
  quoteArticle,
  replaceName,
  restoredPhrase,
  sentence,
  townshipBody,
  versionLabel,
} from './wording'

describe('articles cited and quoted', () => {
  it('states the version of the text: open-ended or with its last day', () => {
    expect(versionLabel(CONDUCT_V2)).toBe('2024年5月1日起施行的文本')
    expect(versionLabel(CONDUCT_V1)).toBe('2020年1月1日至2024年4月30日施行的文本')
  })

  it('quotes the snapshot text, inner double quotes turned single', () => {
    expect(quoted('不得称“祖传”土地为私产')).toBe('“不得称‘祖传’土地为私产”')
    expect(quoteArticle(CONDUCT_V2, undefined, village)).toBe(
      '《张庄村村规民约（2024年修订）》第十二条（2024年5月1日起施行的文本）规定：“建房应当按照批准的位置和高度施工，不得妨碍相邻住户的通风和采光。”',
    )
    expect(breachSentence(CONDUCT_V1, storyCase(), village)).toContain('即行为发生时施行的文本）规定：“建房应当按照批准的位置和高度施工。”')
  })

  it('names the compact from a sibling article of the same version, else after the village', () => {
    const c = storyCase()
    // HANDLING (v2020) has no title; the case cites the 2024 version of the same compact
    expect(compactTitleFor(HANDLING, c, village)).toBe('张庄村村规民约')
    expect(compactTitleFor(HANDLING, undefined, village)).toBe('东风村村规民约')
    const withSibling = { ...c, assessment: { ...c.assessment!, conductArticle: CONDUCT_V1 } }
    expect(compactTitleFor(HANDLING, withSibling, village)).toBe('张庄村村规民约（2020年）')
    const own: ArticleRef = { ...HANDLING, compactTitle: ' 某村村规民约 ' }
    expect(compactTitleFor(own, c, village)).toBe('某村村规民约')
  })
})

describe('measures in the words of the paper', () => {
  it('speaks to the villager in a letter and of them in a 公示', () => {
    const suspend = { kind: '暂停享受福利' as const, benefitId: 'gift' }
    expect(measurePhrase(suspend, BENEFITS, 'second')).toBe('暂停你户享受“村集体福利-年终慰问品”')
    expect(measurePhrase(suspend, BENEFITS, 'third')).toBe('暂停其户享受“村集体福利-年终慰问品”')
    expect(measurePhrase({ ...suspend, scope: '人' }, BENEFITS, 'second')).toBe('暂停你本人享受“村集体福利-年终慰问品”')
    expect(measurePhrase({ kind: '暂停享受福利', benefitId: 'award' }, BENEFITS, 'third')).toBe('暂停其本人享受“村级奖励金”')
    expect(measurePhrase({ kind: '恢复原状', detail: '拆除加高部分。' }, BENEFITS, 'second')).toBe('责令恢复原状（拆除加高部分）')
    expect(measurePhrase({ kind: '批评教育' }, BENEFITS, 'second')).toBe('批评教育')
  })

  it('gives a lasting measure its start and its end condition; a one-off only its date', () => {
    const base: Measure = { kind: '暂停享受福利', benefitId: 'gift', startDate: '2026-03-01' }
    expect(decidedMeasureText({ ...base, untilRestored: true }, BENEFITS, 'second')).toBe(
      '暂停你户享受“村集体福利-年终慰问品”，自2026年3月1日起，至整改到位、经验收合格并由村民委员会决定恢复之日止',
    )
    expect(decidedMeasureText({ ...base, lastDay: '2026-12-31' }, BENEFITS, 'second')).toBe(
      '暂停你户享受“村集体福利-年终慰问品”，自2026年3月1日起，至2026年12月31日止',
    )
    expect(decidedMeasureText({ ...base, untilRestored: true, lastDay: '2026-12-31' }, BENEFITS, 'third')).toMatch(
      /决定恢复之日止，最迟至2026年12月31日止$/,
    )
    expect(decidedMeasureText({ kind: '书面检讨', startDate: '2026-03-01' }, BENEFITS, 'second')).toBe('责令书面检讨，自2026年3月1日起执行')
    expect(restoredPhrase({ kind: '取消评先评优资格', startDate: '2026-03-01' }, BENEFITS, 'second')).toBe('恢复你的评先评优资格')
    expect(restoredPhrase(base, BENEFITS, 'second')).toBe('恢复你户享受“村集体福利-年终慰问品”')
  })

  it('numbers items （一）…（十）（十一）…（二十一） and ends the list with a full stop', () => {
    expect([0, 9, 10, 19, 20].map(itemNumber)).toEqual(['（一）', '（十）', '（十一）', '（二十）', '（二十一）'])
    expect(numberedItems(['批评教育', '责令恢复原状。'])).toEqual(['（一）批评教育；', '（二）责令恢复原状。'])
    expect(numberedItems([])).toEqual([])
  })
})

describe('small sentences', () => {
  it('ends and trims sentences', () => {
    expect(sentence('事实清楚')).toBe('事实清楚。')
    expect(sentence('事实清楚！')).toBe('事实清楚！')
    expect(sentence('  ')).toBe('')
    expect(clause('事实清楚。')).toBe('事实清楚')
  })

  it('counts the evidence by kind', () => {
    expect(evidenceSentence([])).toBe('')
    expect(
      evidenceSentence([
        { kind: '照片', ref: 'a' },
        { kind: '文件', ref: 'b' },
        { kind: '照片', ref: 'c' },
      ]),
    ).toBe('以上事实有照片2张、书面材料1份等证据证实。')
  })

  it('names the township body: 人民政府, or a 街道办事处', () => {
    expect(townshipBody(village)).toBe('城关镇人民政府')
    expect(townshipBody({ ...village, townshipName: '东城街道' })).toBe('东城街道办事处')
    expect(townshipBody({ ...village, townshipName: ' ' })).toBe('乡（镇）人民政府')
  })

  it('replaces every occurrence of the full name', () => {
    expect(replaceName('李四将李四家加高', '李四', '李某')).toBe('李某将李某家加高')
    expect(replaceName('李四', '', '李某')).toBe('李四')
  })
})
