/**
 * 四议两公开的纸质材料 from the screens: the one door to print/meetings (views may not import
 * print/). Rendering runs in the PDF worker (print/render.ts), as for notices and 违约处理文书.
 *
 *   renderMeetingPaperPdf(paper, meeting, village, opts?) → PDF bytes of one meeting's paper:
 *     '签到表'   the roster FROZEN when the meeting was recorded, with a signature column
 *                 (opts.registry: the villagers and households, for 村民小组 and 户主);
 *     '表决票'   ballots for the meeting's motions (记名, or 无记名 when the vote was secret), as many
 *                 as 应到 plus opts.spares (default 5);
 *     '会议记录' the minutes with the result in words, judged under opts.profile (the law decides,
 *                 never the paper).
 *   renderRegisterFormPdf(matter, village, filledOn, { notices? }) → the 四议两公开决策实施登记表 of a
 *     matter; with the notices, 异议及答复 lists each objection to its 决议公开 and the answer.
 *   renderDecisionLedgerPdf(matters, year, village, preparedOn) → the year's 台账.
 *   paperFileName(paper, …) → a file name the secretary recognises (“签到表-2026-03-15-村民代表会议.pdf”).
 *
 * Refused with NoVillageProfileError (Chinese) when 村情 is missing.
 */
import type { MatterRow, MeetingRow, NoticeRow } from '@/db/rows'
import { formatChineseDate } from '@/domain/calendar/calendar'
import type { Household, Villager } from '@/domain/people/model'
import type { RuleProfile } from '@/domain/rules/profile'
import type { VillageProfile } from '@/domain/village/profile'
import { buildBallotDoc, buildDecisionLedgerDoc, buildMinutesDoc, buildRegisterFormDoc, buildSignInSheetDoc } from '@/print/meetings'
import { renderPdf } from '@/print/render'
import { NoVillageProfileError } from '../notices/printing'

export const MEETING_PAPERS = ['签到表', '表决票', '会议记录'] as const
export type MeetingPaper = (typeof MEETING_PAPERS)[number]

export interface MeetingPaperOptions {
  registry?: { villagers: readonly Villager[]; households: readonly Household[] }
  profile?: RuleProfile
  /** 表决票: spare ballots beyond 应到 (default 5). */
  spares?: number
  onProgress?: (p: number) => void
}

const progress = (onProgress?: (p: number) => void) => (onProgress ? { onProgress } : {})

export function renderMeetingPaperPdf(
  paper: MeetingPaper,
  meeting: MeetingRow,
  village: VillageProfile | undefined,
  opts: MeetingPaperOptions = {},
): Promise<Uint8Array> {
  if (!village) return Promise.reject(new NoVillageProfileError())
  const v = village
  const build = () => {
    if (paper === '签到表') return buildSignInSheetDoc({ meeting, ...(opts.registry ? { registry: opts.registry } : {}) }, v)
    if (paper === '会议记录') return buildMinutesDoc({ meeting, ...(opts.profile ? { profile: opts.profile } : {}) }, v)
    const entitled = meeting.roster.mode === 'household' ? meeting.roster.households.length : meeting.roster.counts.entitled
    return buildBallotDoc(
      {
        meeting: { body: meeting.body, date: meeting.date, ...(meeting.roster.groupName ? { groupName: meeting.roster.groupName } : {}) },
        motions: meeting.motions.map((m) => m.vote.motion),
        secret: meeting.motions.some((m) => m.vote.method === 'secret_ballot'),
        count: Math.max(1, entitled + (opts.spares ?? 5)),
      },
      v,
    )
  }
  return renderPdf(build, progress(opts.onProgress))
}

export function renderRegisterFormPdf(
  matter: MatterRow,
  village: VillageProfile | undefined,
  filledOn: string,
  opts: { notices?: readonly Pick<NoticeRow, 'id' | 'objections'>[]; onProgress?: (p: number) => void } = {},
): Promise<Uint8Array> {
  if (!village) return Promise.reject(new NoVillageProfileError())
  const v = village
  const objections = objectionWords(matter, opts.notices ?? [])
  return renderPdf(
    () => buildRegisterFormDoc({ matter, filledOn, ...(objections ? { publicity: { disclosure: { objections } } } : {}) }, v),
    progress(opts.onProgress),
  )
}

/**
 * 异议及答复 of the matter's latest 决议公开, from its notice: each objection with its answer, and
 * which were left unresolved. Without the objector's name: the 登记表 goes to the township, and the
 * notices module keeps who objected in its own archive only. Empty when none was raised.
 */
export function objectionWords(matter: MatterRow, notices: readonly Pick<NoticeRow, 'id' | 'objections'>[]): string {
  const d = matter.disclosures.at(-1)
  const notice = d && notices.find((n) => n.id === d.noticeId)
  if (!d || !notice || notice.objections.length === 0) return ''
  const unresolved = new Set(d.unresolved.filter((u) => u.unresolved).map((u) => u.objectionId))
  return notice.objections
    .map((o, i) => {
      const reply = o.reply ? `${formatChineseDate(o.reply.date)}答复：${o.reply.text}` : '尚未答复'
      return `${i + 1}．${formatChineseDate(o.date)}异议：${o.content}；${reply}${unresolved.has(o.id) ? '（未能化解）' : ''}`
    })
    .join('\n')
}

export function renderDecisionLedgerPdf(
  matters: readonly MatterRow[],
  year: number,
  village: VillageProfile | undefined,
  preparedOn: string,
  onProgress?: (p: number) => void,
): Promise<Uint8Array> {
  if (!village) return Promise.reject(new NoVillageProfileError())
  const v = village
  return renderPdf(() => buildDecisionLedgerDoc({ matters, year, preparedOn }, v), progress(onProgress))
}

export function paperFileName(paper: MeetingPaper | '登记表' | '台账', what: string): string {
  return `${paper}-${what}.pdf`.replace(/[\\/:*?"<>|\s]+/g, '_')
}
