/**
 * 登记会议 (recording a meeting of 四议两公开 steps ①–④).
 *
 * recordMeeting(ctx, matter, input, opts?) → { meeting, matter, evaluation }
 *   matter   the matter as the screen saw it (its updatedAt is the stale guard)
 *   input    MeetingInput (buildMeeting.ts): body, date, place, form, host, recorder, attendance
 *            marks by villager id, the vote as entered, plus `content` (提议/商议/审议/决议内容) and
 *            `township` (乡镇参会人员), and `tallyPhoto` (计票单照片 for a paper count that does
 *            not add up: stored in the same unit, the vote points at it)
 *   opts     mergeConsultation (一肩挑: ① and ② as one 两委 meeting), onFailure (a failed ③:
 *            'revise' back to ②, or 'drop')
 *
 * One unit of work: the registry is read on the meeting date and the roster frozen, attendance
 * tallied, the vote evaluated under the village's profile (evaluateVote: the law decides passed or
 * not), the step taken on the matter AS STORED (decisions/lifecycle.ts), and the meeting and the
 * matter written together with their audit entries. Refused, nothing written: StaleRecordError when
 * the matter changed since it was seen; MeetingRecordError when attendance or the vote has errors;
 * DecisionTransitionError when the step is not allowed (wrong body, wrong order, state).
 */
import { ulid } from 'ulid'
import type { MatterRow, MeetingRow } from '@/db/rows'
import {
  DecisionTransitionError,
  recordConsultation,
  recordProposal,
  recordResolution,
  recordReview,
  type MeetingStepInput,
} from '@/domain/decisions/lifecycle'
import { MATTER_STATE_LABELS, STEP_LABELS, type Matter, type TownshipAttendee } from '@/domain/decisions/model'
import type { MeetingEvaluation } from '@/domain/meetings/meeting'
import type { AppContext } from '../context'
import { buildMeeting, type MeetingInput } from '@/domain/meetings/buildMeeting'
import { villageRuleProfile } from './profile'
import { recordsAudited } from './recordsUnit'
import { storePhoto } from './signInPhoto'

export interface MatterMeetingInput extends MeetingInput {
  /** 提议/商议/审议/决议内容 */
  content: string
  township?: TownshipAttendee[]
  /**
   * A paper count that does not add up stands only with a note and a photo of the tally sheet
   * (计票单): the photo is stored in the same unit (signInPhoto.ts's store) and the vote points at it.
   */
  tallyPhoto?: { name: string; bytes: Uint8Array }
}

export interface MatterMeetingOptions {
  mergeConsultation?: boolean
  onFailure?: 'revise' | 'drop'
}

const STEP_OF_STATE = { proposing: 1, consulting: 2, reviewing: 3, resolving: 4 } as const

export async function recordMeeting(
  ctx: AppContext,
  matter: Matter,
  input: MatterMeetingInput,
  opts: MatterMeetingOptions = {},
): Promise<{ meeting: MeetingRow; matter: MatterRow; evaluation: MeetingEvaluation }> {
  const profile = await villageRuleProfile(ctx)
  return recordsAudited(ctx, ['meetings', 'matters', 'villagers', 'households'], async (work) => {
    const current = await work.require('matters', matter.id, matter.updatedAt)
    const step = STEP_OF_STATE[current.state as keyof typeof STEP_OF_STATE]
    if (!step) throw new DecisionTransitionError(`事项“${current.title}”处于“${MATTER_STATE_LABELS[current.state]}”，不能再登记会议`)
    const [villagers, households] = await Promise.all([work.db.villagers.toArray(), work.db.households.toArray()])
    const id = ulid()
    const { tallyPhoto, ...entered } = input
    const tallyKey = tallyPhoto ? await storePhoto(work, id, '计票单', tallyPhoto, `“${current.title}”的表决计票单照片`) : undefined
    const { record, evaluation } = buildMeeting(
      tallyKey ? { ...entered, vote: { ...entered.vote, tallySheetPhoto: tallyKey } } : entered,
      { villagers, households },
      {
        id,
        who: work.actor,
        now: work.now,
        tags: current.tags,
        role: step === 4 ? 'decide' : 'deliberate',
        profile,
      },
    )
    const vote = evaluation.votes[0]!
    const stepInput: MeetingStepInput = {
      meetingId: id,
      date: record.date,
      form: record.form,
      place: record.place,
      content: input.content,
      township: input.township ?? [],
      evaluation: vote,
    }
    const now = work.now
    const next =
      step === 1
        ? recordProposal(current, stepInput, { now, profile, mergeConsultation: opts.mergeConsultation ?? false })
        : step === 2
          ? recordConsultation(current, stepInput, { now })
          : step === 3
            ? recordReview(current, stepInput, { now, ...(opts.onFailure ? { onFailure: opts.onFailure } : {}) })
            : recordResolution(current, stepInput, { now })
    const row: MeetingRow = { ...record, matterId: current.id, step, createdAt: now, updatedAt: now }
    const label = step === 1 && opts.mergeConsultation ? `${STEP_LABELS[1]}并${STEP_LABELS[2]}` : STEP_LABELS[step]
    const meeting = await work.add('meetings', row, {
      action: 'create',
      summary: `登记${record.roster.bodyLabel}（${record.date}，“${current.title}”${label}）：${vote.sentence}`,
    })
    const stored = await work.put('matters', next, {
      action: 'status',
      summary: `“${current.title}”${label}：${next.steps.at(-1)!.outcome.passed ? '通过' : vote.quorum.met ? '未通过' : '会议未达到法定人数'}，现为“${MATTER_STATE_LABELS[next.state]}”`,
    })
    return { meeting, matter: stored, evaluation }
  })
}
