import { describe, expect, it } from 'vitest'
import type { ContentStack, ContentText } from '../pdf-types'
import { village } from '../testFixtures'
import { buildFilingReportDoc, meetingSentence } from './filingReport'
import { filingInput as input, meeting, sample } from './testFixtures'
import { plain } from './testText'

describe('meetingSentence', () => {
  it('states attendance, women present and the vote', () => {
    expect(meetingSentence(meeting, '村民会议')).toBe(
      '本村十八周岁以上村民856人，到会612人，其中妇女287人。表决结果：赞成580票，反对12票，弃权20票，赞成票超过到会人员的半数，表决通过。',
    )
    expect(meetingSentence({ basis: 'households', entitled: 300, present: 210, votesFor: 106 }, '村民会议')).toBe(
      '本村共300户，到会户的代表210人。表决结果：赞成106票，赞成票超过到会人员的半数，表决通过。',
    )
  })

  it('counts the members of a 村民代表会议 when that body voted', () => {
    expect(meetingSentence({ basis: 'representatives', entitled: 45, present: 40, womenPresent: 12, votesFor: 21 }, '村民代表会议')).toBe(
      '村民代表会议组成人员45人，到会40人，其中妇女12人。表决结果：赞成21票，赞成票超过到会人员的半数，表决通过。',
    )
  })

  it('refuses a vote that did not pass (过半数 excludes exactly half) and inconsistent counts', () => {
    const at = (votesFor: number) => meetingSentence({ basis: 'villagers', entitled: 500, present: 300, votesFor }, '村民会议')
    expect(at(151)).toContain('赞成151票')
    expect(() => at(150)).toThrow('赞成150票，未超过到会人数300人的半数（至少需要151票）')
    expect(() => at(149)).toThrow('未超过')
    expect(() => meetingSentence({ ...meeting, present: 857, votesFor: 600 }, '村民会议')).toThrow('到会人数（857）不能多于应到人数（856）')
    expect(() => meetingSentence({ ...meeting, womenPresent: 613 }, '村民会议')).toThrow('妇女到会人数')
    expect(() => meetingSentence({ ...meeting, abstentions: 21 }, '村民会议')).toThrow('合计613票，多于到会人数612人')
    expect(() => meetingSentence({ ...meeting, present: 1.5 }, '村民会议')).toThrow('到会人数应为非负整数')
  })
})

describe('buildFilingReportDoc (definition)', () => {
  it('addresses the township government, tells the review and the meeting, lists the attachments, sealed by the 村委会', () => {
    const doc = buildFilingReportDoc(input(), village)
    const texts = doc.content.map(plain)
    expect(texts[0]).toBe('关于报送《东风村村规民约》备案的报告')
    expect(texts[1]).toBe('城关镇人民政府：')
    expect((doc.content[1] as ContentText).alignment).toBe('left')
    expect(texts[2]).toBe(
      '我村《东风村村规民约》草案于2021年1月10日报请城关镇党委、政府审核，2021年1月20日收到审核意见，同意提交村民会议表决。',
    )
    expect(texts[3]).toMatch(/^2021年2月26日，我村召开村民会议，对《东风村村规民约》草案进行审议表决。本村十八周岁以上村民856人/)
    expect(texts[4]).toBe('《东风村村规民约》共6章45条，自2021年3月1日起施行，已于2021年2月27日公布。')
    expect(texts[5]).toBe('根据《中华人民共和国村民委员会组织法》第二十七条的规定，现将《东风村村规民约》及村民会议记录报上，请予备案。')
    expect(texts[6]).toBe('附件：1.东风村村规民约\n2.2021年2月26日村民会议记录')
    const signature = doc.content.at(-1) as ContentStack
    expect(signature.stack.map(plain)).toEqual(['（盖章）', '东风村村民委员会', '2021年3月1日', ''])
  })

  it('for an amendment: names the changes, the 修订草案 and the 对照表; quotes the review opinion', () => {
    const doc = buildFilingReportDoc(
      input({
        compact: sample,
        review: {
          date: '2026-04-02',
          outcome: 'approved_with_changes',
          reviewer: '城关镇人民政府',
          text: '第二十四条彩礼限额宜写明参照标准',
        },
        meeting: { ...meeting, date: '2026-04-18' },
        publishedOn: undefined,
        reportDate: '2026-04-20',
      }),
      village,
    )
    const texts = doc.content.map(plain)
    expect(texts[0]!.replace('\n', '')).toBe('关于报送修订后的《东风村村规民约》备案的报告')
    expect(texts[2]).toBe(
      '我村《东风村村规民约》修订草案报请城关镇人民政府审核，2026年4月2日收到审核意见，原则同意，并提出了修改意见，我村已根据审核意见修改完善。审核意见为：“第二十四条彩礼限额宜写明参照标准。”',
    )
    expect(texts[4]).toBe(
      '本次修订修改了第二十四条、第三十五条，删除了第十二条。修订后的《东风村村规民约》共6章44条，自2026年5月1日起施行。',
    )
    expect(texts[6]).toBe('附件：1.东风村村规民约（修订后全文）\n2.东风村村规民约修改条文对照表\n3.2026年4月18日村民会议记录')
  })

  it('refuses a returned draft and a report dated before the meeting', () => {
    expect(() => buildFilingReportDoc(input({ review: { date: '2021-01-20', outcome: 'returned' } }), village)).toThrow('退回修改')
    expect(() => buildFilingReportDoc(input({ reportDate: '2021-02-25' }), village)).toThrow('报告日期不能早于村民会议表决日期')
    expect(() => buildFilingReportDoc(input(), { ...village, townshipName: '' })).toThrow('所属乡镇')
    const street = buildFilingReportDoc(input({ review: { date: '2021-01-20' } }), { ...village, townshipName: '新华街道' })
    expect(plain(street.content[1]!)).toBe('新华街道办事处：')
    expect(plain(street.content[2]!)).toContain('报请新华街道党工委、办事处审核')
  })
})
