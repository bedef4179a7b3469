/**
 * 会议记录 (a meeting as the secretary records it): when and where, who chaired and who took the
 * minutes, the frozen roster, attendance, the motions and their votes — everything the 签到表 and the
 * 会议记录 print. `evaluateMeeting` checks the whole record in one call: the notice, the attendance
 * against the roster, and each vote through evaluateVote, all under the same profile.
 */
import type { Finding } from '@/domain/law/findings'
import { NATIONAL_PROFILE } from '@/domain/rules/national'
import type { BodyKind, MeetingMode, RuleProfile } from '@/domain/rules/profile'
import { tallyAttendance, type AttendanceMark, type AttendanceTally } from './attendance'
import type { Authorisation, VoteRole } from './competence'
import { evaluateVote, type VoteEvaluation } from './evaluateVote'
import type { MatterTag } from './matters'
import { checkNotice, type NoticeCheck } from './notice'
import type { FrozenRoster } from './roster'
import { voteCountsOf, type VoteRecord } from './votes'

export interface PersonWithPost {
  name: string
  /** 职务 */
  post: string
}

export interface MotionRecord {
  /** 议题 / 表决事项 */
  vote: VoteRecord
  tags: MatterTag[]
  authorisation?: Authorisation
  role?: VoteRole
}

export interface MeetingRecord {
  id: string
  body: BodyKind
  mode: MeetingMode
  /** 'YYYY-MM-DD' */
  date: string
  /** 'HH:MM' */
  time?: string
  place: string
  /** 会议形式: 现场会议, 线上会议… */
  form: string
  host: PersonWithPost
  recorder: string
  noticeDate?: string
  /** 议题 */
  topics: string[]
  /** 发言摘要 */
  speeches?: string
  roster: FrozenRoster
  attendance: Record<string, AttendanceMark>
  /** Household form: household id → representative's villager id. */
  householdsPresent?: Record<string, string>
  motions: MotionRecord[]
  /** Photo of the signed 签到表. */
  signInPhotoId?: string
}

export interface MeetingEvaluation {
  attendance: AttendanceTally
  notice: NoticeCheck
  votes: VoteEvaluation[]
  /** The record's own problems (roster, attendance, notice), votes apart. */
  findings: Finding[]
}

export function evaluateMeeting(
  record: MeetingRecord,
  opts: { profile?: RuleProfile; collectiveOrganisationExists?: boolean } = {},
): MeetingEvaluation {
  const profile = opts.profile ?? NATIONAL_PROFILE
  const attendance = tallyAttendance({
    roster: record.roster,
    marks: record.attendance,
    householdsPresent: record.householdsPresent,
    profile,
  })
  const notice = checkNotice({
    body: record.body,
    noticeDate: record.noticeDate,
    meetingDate: record.date,
    profile,
    actsForCollective: record.roster.actsForCollective,
  })
  const votes = record.motions.map((m) =>
    evaluateVote({
      body: record.body,
      mode: record.roster.actsForCollective ? 'individual' : record.mode === 'household' ? 'household' : 'individual',
      tags: m.tags,
      counts: { ...attendance.counts, ...voteCountsOf(m.vote) },
      method: m.vote.method,
      note: m.vote.note,
      tallySheetPhoto: m.vote.tallySheetPhoto,
      authorisation: m.authorisation,
      role: m.role,
      meetingDate: record.date,
      profile,
      collectiveOrganisationExists: opts.collectiveOrganisationExists,
    }),
  )
  return { attendance, notice, votes, findings: [...record.roster.findings, ...attendance.findings, ...notice.findings] }
}
