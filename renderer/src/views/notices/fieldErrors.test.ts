import { describe, expect, it } from 'vitest'
import { validateForIssue } from '@/domain/notices/lifecycle'
import { sampleContent } from '@/domain/notices/testFixtures'
import { EDITOR_FIELDS, OBJECTION_FIELDS, placeErrors } from './fieldErrors'

describe('placeErrors', () => {
  it('puts each issue problem under its field', () => {
    const problems = validateForIssue(
      sampleContent({ title: '', body: [], issuer: '', objectionChannel: { phone: '', supervisionBody: '' }, dateSigned: '2026-11-05' }),
    )
    const { at, rest } = placeErrors(problems, EDITOR_FIELDS)
    expect(at.title).toBe('请填写标题')
    expect(at.bodyText).toBe('请填写正文')
    expect(at.issuer).toBe('请填写落款单位')
    expect(at.phone).toBe('请填写监督电话')
    expect(at.supervisionBody).toBe('请填写受理异议的单位（如村务监督委员会）')
    // “公示开始日期不能早于成文日期” names the start first: it is the start that must move
    expect(at.start).toBe('公示开始日期不能早于成文日期')
    expect(rest).toEqual([])
  })
  it('names the field a full number was found in', () => {
    const problems = validateForIssue(sampleContent({ title: '关于张三13800131234的公示' }))
    expect(placeErrors(problems, EDITOR_FIELDS).at.title).toContain('138****1234')
  })
  it('places the objection rules’ messages', () => {
    const { at } = placeErrors(
      ['异议日期不在公示期内；公示期外收到的意见请作为来信来访另行登记', '请填写异议人', '请填写异议内容'],
      OBJECTION_FIELDS,
    )
    expect(at).toEqual({
      date: '异议日期不在公示期内；公示期外收到的意见请作为来信来访另行登记',
      who: '请填写异议人',
      content: '请填写异议内容',
    })
  })
  it('keeps a message about no field apart, and joins two about one field', () => {
    const { at, rest } = placeErrors(['该异议已登记', '请填写异议人', '异议人不能超过20字'], OBJECTION_FIELDS)
    expect(rest).toEqual(['该异议已登记'])
    expect(at.who).toBe('请填写异议人；异议人不能超过20字')
  })
})
