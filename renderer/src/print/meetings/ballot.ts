/**
 * 表决票 (paper ballots) — buildBallotDoc(data, village): PrintDocument.
 *
 * Input: { meeting: { body, date 'YYYY-MM-DD', groupName? }, motions: the 表决事项 (one ballot
 *          carries all of them, a row each), secret: true for 无记名投票, count: how many ballots
 *          (usually 应到, plus spares), perPage?: ballots on a page (default: as many as fit, at
 *          most 4), title? }.
 * Output: A4 portrait pages, each holding `perPage` ballots separated by dashed cut lines
 *   (“沿虚线剪开”). Each ballot: its title (“东风村村民代表会议表决票”, “（无记名）”), the meeting
 *   and its date, a table 表决事项 | 同意 | 不同意 | 弃权 with an empty box under each choice, how
 *   to fill it in, and who issues it (the 村党组织 for its own bodies, else the 村民委员会). A named ballot (记名) has a 表决人 line to sign; a 无记名 ballot carries no
 *   name and no number, and says so — nothing on it may tell whose it is. Pure.
 */
import { formatChineseDate } from '@/domain/calendar/calendar'
import type { BodyKind } from '@/domain/rules/profile'
import type { VillageProfile } from '@/domain/village/profile'
import { estimateTextWidth } from '../layout'
import { LEDGER_MARGIN, LEDGER_MARGIN_BOTTOM } from '../ledger'
import { kinsokuText } from '../linebreak'
import type { Content, PrintDocument } from '../pdf-types'
import { formDocument, formTable, formWidth, labelCell, scrubber, valueCell } from './form'
import { issuerOf, meetingName } from './wording'

export interface BallotInput {
  meeting: { body: BodyKind; date: string; groupName?: string }
  motions: readonly string[]
  secret: boolean
  count: number
  perPage?: number
  title?: string
}

export const BALLOT_CHOICES = ['同意', '不同意', '弃权'] as const
export const BALLOT_FONT = 12
const CHOICE_WIDTH = 54
const BOX_HEIGHT = 26
const CUT_GAP = 14
/** The page height a ballot may use. */
const PAGE_HEIGHT = 841.89 - LEDGER_MARGIN - LEDGER_MARGIN_BOTTOM

export const BALLOT_SECRET_LINE = '本票不写姓名，投入票箱即可'
export const BALLOT_NAMED_LINE = '表决人（签名）：＿＿＿＿＿＿'

export const BALLOT_INSTRUCTION =
  '填写说明：每项表决事项只能选择一种意见，在“同意”“不同意”“弃权”其中一项下方的空格内画“○”；不画、多画或无法辨认的，该项为废票。请勿在票上书写其他内容。'

export function ballotTitle(data: Pick<BallotInput, 'meeting' | 'secret'>, village: VillageProfile): string {
  return `${meetingName(data.meeting.body, village, data.meeting.groupName)}表决票${data.secret ? '（无记名）' : ''}`
}

/** Lines a motion takes in its cell. */
function motionLines(text: string): number {
  const cell = formWidth() - 3 * CHOICE_WIDTH - 4 * 8.5
  return Math.max(1, Math.ceil(estimateTextWidth(text, BALLOT_FONT) / cell))
}

/** A ballot's height, estimated from above (pt): title, date line, table, instruction. */
export function ballotHeight(motions: readonly string[]): number {
  const line = BALLOT_FONT * 1.45
  const rows = motions.reduce((h, m) => h + Math.max(motionLines(m) * line, BOX_HEIGHT) + 7, 0)
  const instruction = Math.ceil(estimateTextWidth(BALLOT_INSTRUCTION, 10.5) / formWidth()) * 10.5 * 1.45
  return 24 + 8 + line + 6 + (line + 7) + rows + 6 + instruction + 6
}

export function ballotsPerPage(motions: readonly string[]): number {
  return Math.max(1, Math.min(4, Math.floor((PAGE_HEIGHT + CUT_GAP * 2) / (ballotHeight(motions) + CUT_GAP * 2))))
}

function ballot(title: string, data: BallotInput, village: VillageProfile, motions: readonly string[]): Content {
  const when = `会议日期：${formatChineseDate(data.meeting.date)}`
  const who = data.secret ? BALLOT_SECRET_LINE : BALLOT_NAMED_LINE
  const header = [labelCell('表决事项'), ...BALLOT_CHOICES.map((c) => labelCell(c))]
  const rows = motions.map((m, i) => [
    valueCell(motions.length > 1 ? `${i + 1}．${m}` : m),
    ...BALLOT_CHOICES.map(() => valueCell('', { margin: [0, BOX_HEIGHT / 2, 0, BOX_HEIGHT / 2] })),
  ])
  return {
    stack: [
      { text: kinsokuText(title), font: 'NotoSerifSC', bold: true, fontSize: 16, alignment: 'center', margin: [0, 0, 0, 8] },
      {
        columns: [
          { width: '*', text: kinsokuText(when) },
          { width: 'auto', text: kinsokuText(who), alignment: 'right' },
        ],
        margin: [0, 0, 0, 6],
      },
      formTable(['*', CHOICE_WIDTH, CHOICE_WIDTH, CHOICE_WIDTH], [header, ...rows]),
      { text: kinsokuText(BALLOT_INSTRUCTION), fontSize: 10.5, margin: [0, 6, 0, 0] },
      { text: issuerOf(data.meeting.body, village), fontSize: 10.5, alignment: 'right', margin: [0, 2, 0, 0] },
    ],
  }
}

function cutLine(): Content {
  const w = formWidth()
  return {
    stack: [
      { canvas: [{ type: 'line', x1: 0, y1: 0, x2: w, y2: 0, lineWidth: 0.6, lineColor: '#666666', dash: { length: 5, space: 3 } }] },
      { text: '（沿虚线剪开）', fontSize: 8, color: '#666666', alignment: 'center', margin: [0, 1, 0, 0] },
    ],
    margin: [0, CUT_GAP, 0, CUT_GAP - 10],
  }
}

export function buildBallotDoc(data: BallotInput, village: VillageProfile): PrintDocument {
  const scrub = scrubber(village)
  const motions = data.motions.map((m) => scrub(m.trim())).filter(Boolean)
  if (motions.length === 0) throw new Error('请填写表决事项')
  if (!Number.isSafeInteger(data.count) || data.count < 1) throw new Error('表决票张数应为正整数')
  const title = data.title?.trim() || ballotTitle(data, village)
  const perPage = Math.max(1, Math.min(data.perPage ?? ballotsPerPage(motions), ballotsPerPage(motions)))
  const content: Content[] = []
  for (let i = 0; i < data.count; i++) {
    const onPage = i % perPage
    const one = ballot(title, data, village, motions)
    if (onPage > 0) content.push(cutLine())
    content.push(i > 0 && onPage === 0 ? { stack: [one], pageBreak: 'before' } : one)
  }
  // no page numbers: the ballots are cut apart
  const { frame: _frame, ...doc } = formDocument(title, content, { subject: '表决票' })
  return doc
}
