/**
 * 集体经济组织成员: record and end a villager's membership periods (audited), and read them for a
 * meeting roster.
 *
 * addCollectiveMembership(ctx, seen, period) → Change<VillagerRow>
 * endCollectiveMembership(ctx, seen, index, to, note?) → Change<VillagerRow>
 * collectiveMembers(ctx) → CollectiveMembership[]: every period of every villager, exactly the
 *   `collectiveMembers` that domain/meetings/roster.ts takes (via domain/people/collective.ts).
 */
import type { VillagerRow } from '@/db/rows'
import { audited } from '@/db/unitOfWork'
import type { CollectiveMembership } from '@/domain/meetings/roster'
import type { Change } from '@/domain/people/changes'
import { addCollectivePeriod, collectiveMembershipsOf, describeCollectivePeriod, endCollectivePeriod } from '@/domain/people/collective'
import { latestStatus, type CollectivePeriod, type Villager } from '@/domain/people/model'
import type { AppContext } from '../context'
import { who } from './who'

async function write(ctx: AppContext, seen: VillagerRow, decide: (v: Villager) => Change<Villager>, summary: (v: Villager) => string) {
  return audited(ctx, ['villagers'], async (work): Promise<Change<VillagerRow>> => {
    const current = await work.require('villagers', seen.id, seen.updatedAt)
    const decided = decide(current)
    if (!decided.ok) return decided
    const row: VillagerRow = { ...current, ...decided.value, status: latestStatus(decided.value) }
    return { ok: true, value: await work.put('villagers', row, { action: 'update', summary: summary(decided.value) }) }
  })
}

export function addCollectiveMembership(ctx: AppContext, seen: VillagerRow, period: CollectivePeriod): Promise<Change<VillagerRow>> {
  return write(
    ctx,
    seen,
    (v) => addCollectivePeriod(v, period),
    (v) => `${who(v)} 登记为集体经济组织成员：${describeCollectivePeriod(period)}`,
  )
}

export function endCollectiveMembership(
  ctx: AppContext,
  seen: VillagerRow,
  index: number,
  to: string,
  note?: string,
): Promise<Change<VillagerRow>> {
  return write(
    ctx,
    seen,
    (v) => endCollectivePeriod(v, index, to, note),
    (v) => `${who(v)} 的集体经济组织成员身份于 ${to} 终止${note?.trim() ? `：${note.trim()}` : ''}`,
  )
}

/** For a 集体经济组织成员大会 roster (domain/meetings/roster.ts `collectiveMembers`). */
export async function collectiveMembers(ctx: AppContext): Promise<CollectiveMembership[]> {
  return collectiveMembershipsOf(await ctx.db.villagers.toArray())
}
