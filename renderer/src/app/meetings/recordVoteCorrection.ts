/**
 * 更正表决结果 (复核、重新计票): recordVoteCorrection(ctx, meeting, { motionIndex?, patch, why })
 *   → { meeting, matter? }.
 *
 * The vote keeps its first entry; the change is appended to its edit log with who, when, why and the
 * values before and after (domain/meetings/votes.ts editVote). When the meeting made a matter's
 * frozen decision (a passed ④), a correction is also kept beside the decision on the matter
 * (decisions/lifecycle.ts correctDecision) — the decision itself never changes.
 *
 * Refused, nothing written: without a reason or with totals that do not reconcile
 * (MeetingRecordError); when the corrected vote would change what the meeting concluded (quorum, or
 * passed / not passed) — a recount cannot silently turn a decision around, the township must be
 * consulted (MeetingRecordError); when the meeting changed since it was seen (StaleRecordError).
 */
import type { MatterRow, MeetingRow } from '@/db/rows'
import { tallyAttendance } from '@/domain/meetings/attendance'
import { correctDecision, frozenDecision } from '@/domain/decisions/lifecycle'
import { editVote, totalsWords, type VoteEntry } from '@/domain/meetings/votes'
import type { AppContext } from '../context'
import { evaluateStored, presentIds } from '@/domain/meetings/buildMeeting'
import { MeetingRecordError } from '@/domain/meetings/recordError'
import { villageRuleProfile } from './profile'
import { recordsAudited } from './recordsUnit'

export async function recordVoteCorrection(
  ctx: AppContext,
  meeting: MeetingRow,
  input: { motionIndex?: number; patch: Partial<VoteEntry>; why: string },
): Promise<{ meeting: MeetingRow; matter?: MatterRow }> {
  const profile = await villageRuleProfile(ctx)
  const index = input.motionIndex ?? 0
  return recordsAudited(ctx, ['meetings', 'matters'], async (work) => {
    const current = await work.require('meetings', meeting.id, meeting.updatedAt)
    const motion = current.motions[index]
    if (!motion) throw new MeetingRecordError([], `本次会议没有第${index + 1}项表决`)
    const attendance = tallyAttendance({
      roster: current.roster,
      marks: current.attendance,
      householdsPresent: current.householdsPresent,
      profile,
    })
    const edited = editVote(
      motion.vote,
      input.patch,
      { present: attendance.counts.present, presentIds: presentIds(current) },
      { who: work.actor, when: work.now, why: input.why },
    )
    if (!edited.value)
      throw new MeetingRecordError(
        edited.findings.filter((f) => f.level === 'error'),
        '表决结果更正有误，未保存',
      )
    if (edited.value === motion.vote) throw new MeetingRecordError(edited.findings, '未保存')
    const motions = current.motions.map((m, i) => (i === index ? { ...m, vote: edited.value! } : m))
    const next: MeetingRow = { ...current, motions }
    const before = evaluateStored(current, profile).votes[index]!
    const after = evaluateStored(next, profile).votes[index]!
    if (before.passed !== after.passed || before.quorum.met !== after.quorum.met) {
      throw new MeetingRecordError(
        [],
        `更正后的表决结果改变了会议结论（原为“${before.passed ? '通过' : '未通过'}”，更正后为“${after.passed ? '通过' : '未通过'}”），不能只更正票数，请报乡镇（街道）指导处理`,
      )
    }
    const from = totalsWords(motion.vote)
    const to = totalsWords(edited.value)
    const stored = await work.put('meetings', next, {
      action: 'update',
      summary: `更正“${motion.vote.motion}”的表决结果：${from} → ${to}；原因：${input.why.trim()}`,
    })

    let matter: MatterRow | undefined
    if (current.matterId) {
      const seen = await work.db.matters.get(current.matterId)
      const decision = seen ? frozenDecision(seen) : null
      if (seen && decision?.step.meetingId === current.id) {
        const m = await work.require('matters', seen.id, seen.updatedAt)
        const corrected = correctDecision(m, {
          field: `${motion.vote.motion}的表决票数`,
          from,
          to,
          reason: input.why,
          who: work.actor,
          when: work.now,
        })
        matter = await work.put('matters', corrected, { action: 'update', summary: `“${m.title}”的决议旁记更正：${from} → ${to}` })
      }
    }
    return matter ? { meeting: stored, matter } : { meeting: stored }
  })
}
