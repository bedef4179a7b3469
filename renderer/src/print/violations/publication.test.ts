import { describe, expect, it } from 'vitest'
import { findUnmaskedPersonalNumbers } from '@/domain/people/masking'
import { CONDUCT_V1, CONDUCT_V2, HANDLING, decided, heard, notified, assessed, reported } from '@/domain/violations/testFixtures'
import type { ViolationCase } from '@/domain/violations/case'
import { village } from '../testFixtures'
import { buildViolationPublicationDoc, violationPublicationContent } from './publication'
import { definitionText } from './testText'
import { BENEFITS, PARTIES, decidedAfterStatement, reversedCase, storyCase } from './testFixtures'

const lisi = PARTIES['v-lisi']!
const wang = PARTIES['v-wangxm']!
const paper = (c: ViolationCase, party = lisi) => ({ case: c, party, benefits: BENEFITS })

describe('违约处理公示', () => {
  it('is a notice of kind 违约处理公示 naming the villager as 李某, with the recorded text, the articles and the measures', () => {
    const content = violationPublicationContent(paper(storyCase()), village)
    expect(content.kind).toBe('违约处理公示')
    expect(content.title).toBe('关于李某违反村规民约处理情况的公示')
    expect(content.body[0]).toBe('李某未经批准加高房屋，遮挡邻居采光，依据第二十条给予批评教育。')
    expect(content.body[1]).toContain(`即行为发生时施行的文本）规定：“${CONDUCT_V2.text}”`)
    expect(content.body[2]).toBe(
      `《张庄村村规民约》第二十条（2020年1月1日起施行的文本）规定：“${HANDLING.text}”据此，经本村民委员会2026年11月4日决定，对李某作出如下处理：`,
    )
    expect(content.body.slice(3, 5)).toEqual([
      '（一）批评教育，自2026年11月5日起执行；',
      '（二）暂停其户享受“村集体福利-年终慰问品”，自2026年11月5日起，至整改到位、经验收合格并由村民委员会决定恢复之日止。',
    ])
    // the reason for a measure belongs to the letter, not to the board
    expect(JSON.stringify(content)).not.toContain('拒不整改')
    // national default: 7 自然日 from the publication date
    expect(content.period).toEqual({ start: '2026-11-06', days: 7, unit: 'calendar' })
    expect(content.objectionChannel).toEqual({
      phone: '0371-12345678',
      supervisionBody: '村务监督委员会',
      townshipContact: '城关镇人民政府',
    })
    expect(content.dateSigned).toBe('2026-11-06')
    expect(content.sealed).toBe(true)
  })

  it('prints the 公示期 and objection channel, and never the full name or a full number', () => {
    const text = definitionText(buildViolationPublicationDoc(paper(storyCase()), village))
    expect(text).toContain('公示期：2026年11月6日至2026年11月12日（共7天）。')
    expect(text).toContain('如有异议，请在公示期内向村务监督委员会反映，监督电话：0371-12345678。也可向城关镇人民政府反映。')
    expect(text).not.toContain('李四')
    expect(findUnmaskedPersonalNumbers(text)).toEqual([])
  })

  it('drafts from the notified facts with the name replaced, and an older article quoted in its old words', () => {
    const content = violationPublicationContent({ ...paper(decidedAfterStatement(), wang), date: '2026-11-05' }, village)
    const text = JSON.stringify(content)
    expect(content.title).toBe('关于王某违反村规民约处理情况的公示')
    expect(content.body[0]).toBe('经调查核实：2024年3月10日，王某未按批准高度建房，超出批准高度一点五米。')
    expect(text).toContain(CONDUCT_V1.text)
    expect(text).not.toContain('王小明')
    expect(content.period.start).toBe('2026-11-05')
  })

  it('shows the full name only with a reason; takes the period from the village profile when given', () => {
    const content = violationPublicationContent(
      { ...paper(decided()), fullNameReason: '当事人书面同意公开姓名', period: { start: '2026-11-06', days: 5, unit: 'working' } },
      village,
    )
    expect(content.title).toBe('关于李四违反村规民约处理情况的公示')
    expect(content.period).toEqual({ start: '2026-11-06', days: 5, unit: 'working' })
    const masked = violationPublicationContent({ ...paper(decided()), nameStyle: '掩码' }, village)
    expect(masked.title).toBe('关于李*违反村规民约处理情况的公示')
  })

  it('refuses a reversed decision and one that orders no 公示', () => {
    expect(() => violationPublicationContent(paper(reversedCase(), PARTIES['v-zhao']), village)).toThrow('已被撤销')
    const quiet = decided(heard(notified(assessed(reported()))))
    expect(() => violationPublicationContent(paper({ ...quiet, decision: { ...quiet.decision!, publish: false } }), village)).toThrow(
      '没有要求公示',
    )
  })
})
