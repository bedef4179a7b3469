/**
 * 登记会议 that is not a step of a 四议两公开 matter nor a 村规民约 vote: e.g. the 村民代表会议 that
 * decides a 违约处理 case (app/violations decideCase takes its id), or any other recorded vote.
 *
 * recordStandaloneMeeting(ctx, input, { tags?, role? }) → { meeting, evaluation }. Same record as
 * every meeting (buildMeeting.ts: roster frozen on the date from the registry, attendance, the vote
 * evaluated under the village's profile), written with its audit entry. Refused, nothing written:
 * MeetingRecordError (attendance or votes with errors).
 */
import { ulid } from 'ulid'
import type { MeetingRow } from '@/db/rows'
import type { VoteRole } from '@/domain/meetings/competence'
import type { MeetingEvaluation } from '@/domain/meetings/meeting'
import type { MatterTag } from '@/domain/meetings/matters'
import type { AppContext } from '../context'
import { buildMeeting, type MeetingInput } from '@/domain/meetings/buildMeeting'
import { villageRuleProfile } from './profile'
import { recordsAudited } from './recordsUnit'

export async function recordStandaloneMeeting(
  ctx: AppContext,
  input: MeetingInput,
  opts: { tags?: readonly MatterTag[]; role?: VoteRole } = {},
): Promise<{ meeting: MeetingRow; evaluation: MeetingEvaluation }> {
  const profile = await villageRuleProfile(ctx)
  return recordsAudited(ctx, ['meetings', 'villagers', 'households'], async (work) => {
    const [villagers, households] = await Promise.all([work.db.villagers.toArray(), work.db.households.toArray()])
    const { record, evaluation } = buildMeeting(
      input,
      { villagers, households },
      {
        id: ulid(),
        who: work.actor,
        now: work.now,
        tags: opts.tags ?? [],
        role: opts.role ?? 'decide',
        profile,
      },
    )
    const meeting = await work.add(
      'meetings',
      { ...record, createdAt: work.now, updatedAt: work.now },
      {
        action: 'create',
        summary: `登记${record.roster.bodyLabel}（${record.date}，“${input.vote.motion}”）：${evaluation.votes[0]!.sentence}`,
      },
    )
    return { meeting, evaluation }
  })
}
