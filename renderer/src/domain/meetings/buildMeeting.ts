/**
 * Glue, pure: a meeting as the secretary entered it → the record the law keeps. The roster is built
 * from the registry ON THE MEETING DATE and frozen (domain/meetings/roster.ts), attendance is tallied
 * against it, the vote is entered (votes.ts: totals must reconcile) and the whole meeting is
 * evaluated under the profile (meeting.ts → evaluateVote). Used by app/meetings recordMeeting (四议两公开 ①–④),
 * the adoption of a 村规民约 (app/compact), a 村民代表会议 deciding a case (app/violations) and the sample history.
 *
 * buildMeeting(input, registry, meta) → { record, evaluation }. Throws MeetingRecordError (nothing to
 * write) when the attendance or the vote has an error.
 */
import { hasErrors } from '@/domain/law/findings'
import type { Authorisation, VoteRole } from '@/domain/meetings/competence'
import { tallyAttendance, type AttendanceMark } from '@/domain/meetings/attendance'
import type { MatterTag } from '@/domain/meetings/matters'
import { evaluateMeeting, type MeetingEvaluation, type MeetingRecord, type PersonWithPost } from '@/domain/meetings/meeting'
import { buildRoster, type FrozenRoster, type Observer } from '@/domain/meetings/roster'
import { enterVote, type VoteEntry } from '@/domain/meetings/votes'
import { collectiveMembershipsOf } from '@/domain/people/collective'
import type { Household, Villager } from '@/domain/people/model'
import type { BodyKind, RuleProfile } from '@/domain/rules/profile'
import { MeetingRecordError } from './recordError'

/** What the secretary enters for a meeting with one vote. */
export interface MeetingInput {
  body: BodyKind
  /** 村民会议 / 村民小组会议: by person (default) or by household. */
  mode?: 'individual' | 'household'
  groupName?: string
  /** 'YYYY-MM-DD' */
  date: string
  time?: string
  place: string
  /** 会议形式: 现场会议, 线上会议… */
  form: string
  host: PersonWithPost
  recorder: string
  noticeDate?: string
  /** 议题; default: the vote's motion. */
  topics?: string[]
  speeches?: string
  observers?: Observer[]
  /** By villager id; unmarked members count as 缺席. */
  attendance: Record<string, AttendanceMark>
  householdsPresent?: Record<string, string>
  vote: VoteEntry
  authorisation?: Authorisation
  signInPhotoId?: string
}

export interface Registry {
  villagers: readonly Villager[]
  households: readonly Household[]
}

export interface BuiltMeeting {
  record: MeetingRecord
  evaluation: MeetingEvaluation
}

/** Those who may cast a roll-call vote: members marked 到会 or represented by proxy. */
function presentIds(record: Pick<MeetingRecord, 'roster' | 'attendance'>): string[] {
  return record.roster.members
    .filter((m) => ['到会', '委托'].includes(record.attendance[m.villagerId]?.status ?? ''))
    .map((m) => m.villagerId)
}

export function buildMeeting(
  input: MeetingInput,
  registry: Registry,
  meta: {
    id: string
    who: string
    now: string
    tags: readonly MatterTag[]
    role: VoteRole
    profile: RuleProfile
    /** The roster already built from this registry for this meeting (the sample history builds it once to plan attendance). */
    roster?: FrozenRoster
  },
): BuiltMeeting {
  const roster =
    meta.roster ??
    buildRoster({
      body: input.body,
      meetingDate: input.date,
      villagers: registry.villagers,
      households: registry.households,
      ...(input.mode ? { mode: input.mode } : {}),
      ...(input.groupName !== undefined ? { groupName: input.groupName } : {}),
      ...(input.observers ? { observers: input.observers } : {}),
      // a 集体经济组织成员大会 is the collective's members on the date, from the people module's periods
      ...(input.body === 'collective_assembly' ? { collectiveMembers: collectiveMembershipsOf(registry.villagers) } : {}),
    })
  const attendance = tallyAttendance({ roster, marks: input.attendance, householdsPresent: input.householdsPresent, profile: meta.profile })
  if (hasErrors(attendance.findings))
    throw new MeetingRecordError(
      attendance.findings.filter((f) => f.level === 'error'),
      '签到有误，未保存',
    )
  const vote = enterVote(
    input.vote,
    // counts.present: those present with a vote, or the households represented in household form
    { present: attendance.counts.present, presentIds: presentIds({ roster, attendance: input.attendance }) },
    { who: meta.who, when: meta.now },
  )
  if (!vote.value)
    throw new MeetingRecordError(
      vote.findings.filter((f) => f.level === 'error'),
      '表决结果有误，未保存',
    )
  const record: MeetingRecord = {
    id: meta.id,
    body: input.body,
    mode: roster.mode,
    date: input.date,
    place: input.place.trim(),
    form: input.form.trim(),
    host: { name: input.host.name.trim(), post: input.host.post.trim() },
    recorder: input.recorder.trim(),
    topics: input.topics?.length ? [...input.topics] : [input.vote.motion],
    roster,
    attendance: { ...input.attendance },
    motions: [
      { vote: vote.value, tags: [...meta.tags], role: meta.role, ...(input.authorisation ? { authorisation: input.authorisation } : {}) },
    ],
  }
  if (input.time) record.time = input.time
  if (input.noticeDate) record.noticeDate = input.noticeDate
  if (input.speeches?.trim()) record.speeches = input.speeches.trim()
  if (input.householdsPresent) record.householdsPresent = { ...input.householdsPresent }
  if (input.signInPhotoId) record.signInPhotoId = input.signInPhotoId
  return { record, evaluation: evaluateMeeting(record, { profile: meta.profile }) }
}

/** Re-evaluates a stored record (after a vote correction): the roster stays as frozen. */
export function evaluateStored(record: MeetingRecord, profile: RuleProfile): MeetingEvaluation {
  return evaluateMeeting(record, { profile })
}

export { presentIds }
