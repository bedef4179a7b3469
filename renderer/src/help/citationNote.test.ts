import { describe, expect, it } from 'vitest'
import { ART_22_QUORUM, CIVIL_CODE_1259, SUPERVISION_GUIDELINE_2017, type LegalCitation } from '@/domain/law/citations'
import { DRAFT_NOTE, PRACTICE_NOTE, POLICY_NOTE, REPORTED_NOTE, RENUMBERED_NOTE, plainCitationNote } from './citationNote'

const cite = (note?: string, kind?: LegalCitation['kind']): LegalCitation => ({
  law: '某法',
  version: '2020',
  article: '第一条',
  text: '……',
  note,
  kind,
})

describe('plainCitationNote', () => {
  it('turns the 组织法 renumbering note into one plain sentence', () => {
    expect(plainCitationNote(ART_22_QUORUM)).toBe(RENUMBERED_NOTE)
    expect(RENUMBERED_NOTE).not.toMatch(/待核|〔|〕/)
  })
  it('says nothing where the citation needs no note', () => {
    expect(plainCitationNote(CIVIL_CODE_1259)).toBe('')
  })
  it('names a draft, a press summary, a policy document and local practice in plain words', () => {
    expect(plainCitationNote(cite('2025修正草案，待核：据农民日报2025年8月12日对一审稿的报道，终审文本未见'))).toBe(DRAFT_NOTE)
    expect(plainCitationNote(cite('据全国人大常委会法工委发言人介绍（2025年10月），修正全文未取得，条文待核'))).toBe(REPORTED_NOTE)
    expect(plainCitationNote(SUPERVISION_GUIDELINE_2017)).toBe(POLICY_NOTE)
    expect(plainCitationNote(cite(undefined, '地方惯例'))).toBe(PRACTICE_NOTE)
  })
  it('drops the rule sheet’s source tags and keeps the plain part', () => {
    expect(plainCitationNote(cite('据共产党员网转载文本（domain-rules S5）'))).toBe('据共产党员网转载文本。')
    expect(plainCitationNote(cite('据新华社发布的摘要（domain-rules §3，VERIFIED-SUMMARY）'))).toBe('据新华社发布的摘要。')
    expect(plainCitationNote(cite('domain-rules R3.5、§8第9项：仅限自主福利，并提示风险'))).not.toMatch(/[A-Za-z]/)
  })
  it('never shows Latin letters', () => {
    expect(plainCitationNote(cite('see S12 for details'))).toBe('')
  })
})
