/**
 * 备案报告 to the township — `buildFilingReportDoc(data, village): PrintDocument`.
 *
 * 组织法第二十七条: the 村民会议 makes and amends the compact “并报乡、民族乡、镇的人民政府备案”
 * (filing, not approval). The report is the 村民委员会's, sealed, addressed to the township government.
 *
 * Input
 *   data.compact     the Compact; data.versionId the version filed (default the newest). A version
 *                    after the first is an amendment: the report names what it changed.
 *   data.review      the township's review (提请审核): { date, submittedOn?, reviewer?, outcome?, text? }
 *                    — the shape of procedure.ts TownshipReview. outcome 'returned' throws: a returned
 *                    draft was not adopted.
 *   data.meeting     the adopting meeting: { date? (default the version's adoptedAt), body?
 *                    ('villagers_meeting' default | 'representatives_meeting'), basis ('villagers':
 *                    十八周岁以上村民 | 'households': 户的代表 | 'representatives': 村民代表会议组成人员),
 *                    entitled, present, womenPresent?, votesFor, votesAgainst?, abstentions? }.
 *                    Counts are checked for consistency, and 赞成 must be 过半数 of those present
 *                    (组织法第二十二条、第二十六条: 到会人员的过半数; profiles may only tighten it).
 *   data.publishedOn the date it was published (公布), if before the report.
 *   data.reportDate  成文日期 of the report.
 *   data.attachments the 附件说明 names; default the compact, the meeting record, and for an
 *                    amendment the 条文对照表.
 *   village          VillageProfile: 村委会 name (落款), township (主送), village name.
 *
 * Output: title “关于报送《××村村规民约》备案的报告”, 主送 “××镇人民政府：”, the body (review, meeting
 * with attendance and vote, effective date, request), 附件说明, sealed 落款 of the 村民委员会.
 */
import { formatChineseDate } from '@/domain/calendar/calendar'
import type { Compact } from '@/domain/compact/model'
import type { TownshipReview, VoteRecord } from '@/domain/compact/procedure'
import { moreThanHalf } from '@/domain/law/counting'
import type { VillageProfile } from '@/domain/village/profile'
import { officialDocument, type BodyBlock } from '../document'
import { kinsokuText } from '../linebreak'
import type { Content, PrintDocument } from '../pdf-types'
import {
  changeSummary,
  compactTitle,
  pickVersion,
  previousVersion,
  requireDate,
  sizeOf,
  townshipGovernment,
  versionChanges,
} from './wording'

export interface FilingMeeting {
  date?: string
  body?: VoteRecord['body']
  /** Who the attendance counts: 十八周岁以上村民, 户的代表 (组织法第二十二条), or the 代表会议's members. */
  basis: 'villagers' | 'households' | 'representatives'
  entitled: number
  present: number
  womenPresent?: number
  votesFor: number
  votesAgainst?: number
  abstentions?: number
}

export interface FilingReportInput {
  compact: Compact
  versionId?: string
  review: Pick<TownshipReview, 'date'> & Partial<Pick<TownshipReview, 'reviewer' | 'outcome' | 'text'>> & { submittedOn?: string }
  meeting: FilingMeeting
  publishedOn?: string
  reportDate: string
  attachments?: readonly string[]
}

function count(n: number | undefined, what: string): number {
  if (n === undefined) return 0
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`${what}应为非负整数`)
  return n
}

/** Checks the counts and writes the attendance and vote sentence. */
export function meetingSentence(meeting: FilingMeeting, bodyName: string): string {
  const entitled = count(meeting.entitled, '应到人数')
  const present = count(meeting.present, '到会人数')
  const women = count(meeting.womenPresent, '妇女到会人数')
  const votesFor = count(meeting.votesFor, '赞成票数')
  const against = count(meeting.votesAgainst, '反对票数')
  const abstain = count(meeting.abstentions, '弃权票数')
  if (entitled === 0) throw new Error('请填写应到人数')
  if (present > entitled) throw new Error(`到会人数（${present}）不能多于应到人数（${entitled}）`)
  if (women > present) throw new Error(`妇女到会人数（${women}）不能多于到会人数（${present}）`)
  if (votesFor + against + abstain > present)
    throw new Error(`赞成、反对、弃权合计${votesFor + against + abstain}票，多于到会人数${present}人`)
  if (votesFor < moreThanHalf(present)) {
    throw new Error(
      `赞成${votesFor}票，未超过到会人数${present}人的半数（至少需要${moreThanHalf(present)}票），村规民约未获通过，不能报送备案`,
    )
  }
  const who =
    meeting.basis === 'villagers'
      ? `本村十八周岁以上村民${entitled}人，到会${present}人`
      : meeting.basis === 'households'
        ? `本村共${entitled}户，到会户的代表${present}人`
        : `${bodyName}组成人员${entitled}人，到会${present}人`
  const womenPart = meeting.womenPresent === undefined ? '' : `，其中妇女${women}人`
  const votes = [`赞成${votesFor}票`]
  if (meeting.votesAgainst !== undefined) votes.push(`反对${against}票`)
  if (meeting.abstentions !== undefined) votes.push(`弃权${abstain}票`)
  return `${who}${womenPart}。表决结果：${votes.join('，')}，赞成票超过到会人员的半数，表决通过。`
}

function reviewSentence(review: FilingReportInput['review'], township: string, what: string, bodyName: string): string {
  requireDate(review.date, '乡镇审核意见的日期')
  if (review.outcome === 'returned') throw new Error('乡镇审核意见为退回修改，草案须修改并重新审核后才能表决、备案')
  const submitted = review.submittedOn ? `于${formatChineseDate(requireDate(review.submittedOn, '报送审核的日期'))}` : ''
  // 指导意见: “报乡镇党委、政府（街道党工委、办事处）审核把关”
  const by =
    review.reviewer?.trim() ||
    (township.endsWith('办事处') ? `${township.slice(0, -3)}党工委、办事处` : `${township.replace(/人民政府$/, '')}党委、政府`)
  const outcome =
    review.outcome === 'approved_with_changes' ? '原则同意，并提出了修改意见，我村已根据审核意见修改完善' : `同意提交${bodyName}表决`
  const opinion = review.text?.trim() ? `审核意见为：“${review.text.trim().replace(/[。.]$/, '')}。”` : ''
  return `${what}草案${submitted}报请${by}审核，${formatChineseDate(review.date)}收到审核意见，${outcome}。${opinion}`
}

export function buildFilingReportDoc(data: FilingReportInput, village: VillageProfile): PrintDocument {
  const version = pickVersion(data.compact, data.versionId)
  const title = compactTitle(data.compact, village)
  const township = townshipGovernment(village)
  const amending = previousVersion(data.compact, version) !== null
  const meetingDate = requireDate(data.meeting.date ?? version.adoptedAt, '村民会议表决的日期')
  const reportDate = requireDate(data.reportDate, '报告日期')
  if (reportDate < meetingDate) throw new Error('报告日期不能早于村民会议表决日期')
  const bodyName = data.meeting.body === 'representatives_meeting' ? '村民代表会议' : '村民会议'
  const what = amending ? `《${title}》修订` : `《${title}》`

  const changes = amending ? changeSummary(versionChanges(data.compact, version)) : ''
  const published = data.publishedOn ? `，已于${formatChineseDate(requireDate(data.publishedOn, '公布日期'))}公布` : ''
  const size = amending
    ? `本次修订${changes || '未改动条文内容'}。修订后的《${title}》${sizeOf(version)}`
    : `《${title}》${sizeOf(version)}`
  const body: BodyBlock[] = [
    reviewSentence(data.review, township, `我村${what}`, bodyName),
    `${formatChineseDate(meetingDate)}，我村召开${bodyName}，对${what}草案进行审议表决。${meetingSentence(data.meeting, bodyName)}`,
    `${size}，自${formatChineseDate(version.effectiveFrom)}起施行${published}。`,
    `根据《中华人民共和国村民委员会组织法》第二十七条的规定，现将${amending ? '修订后的' : ''}《${title}》及${bodyName}记录报上，请予备案。`,
  ]

  const attachments = data.attachments ?? [
    amending ? `${title}（修订后全文）` : title,
    ...(amending ? [`${title}修改条文对照表`] : []),
    `${formatChineseDate(meetingDate)}${bodyName}记录`,
  ]
  const doc = officialDocument({
    title: `关于报送${amending ? '修订后的' : ''}《${title}》备案的报告`,
    bodyBlocks: body,
    attachmentsNote: attachments,
    signature: { issuer: village.committeeName, date: reportDate },
    sealMark: true,
    subject: `${village.villageName} 村规民约备案报告`,
  })
  // §7.3.2 主送机关: flush left under the title's blank line, full-width colon
  const [titleNode, ...rest] = doc.content
  const addressee: Content = { text: kinsokuText(`${township}：`), alignment: 'left' }
  return { ...doc, content: [titleNode!, addressee, ...rest] }
}
