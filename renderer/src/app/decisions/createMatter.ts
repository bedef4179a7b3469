/**
 * 新建事项 (a new 四议两公开 matter): createMatter(ctx, { title, motionSource, tags? }) → the stored
 * matter, 待提议. Refused (DecisionTransitionError, nothing written) without a title or a 动议事由.
 */
import { ulid } from 'ulid'
import type { MatterRow } from '@/db/rows'
import { nowIso } from '@/domain/calendar/clock'
import { createMatter as decideCreate } from '@/domain/decisions/lifecycle'
import type { MotionSource } from '@/domain/decisions/model'
import type { MatterTag } from '@/domain/meetings/matters'
import type { AppContext } from '../context'
import { recordsAudited } from '../meetings/recordsUnit'

export async function createMatter(
  ctx: AppContext,
  input: { title: string; motionSource: MotionSource; tags?: readonly MatterTag[] },
): Promise<MatterRow> {
  const matter = decideCreate({ id: ulid(), ...input }, nowIso(ctx.clock))
  return recordsAudited(ctx, ['matters'], (work) =>
    work.add(
      'matters',
      { ...matter, createdAt: work.now, updatedAt: work.now },
      {
        action: 'create',
        summary: `新建四议两公开事项“${matter.title}”（${matter.motionSource}）`,
      },
    ),
  )
}
