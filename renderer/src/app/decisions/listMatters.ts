/**
 * 事项列表: listMatters(ctx, { year?, state?, body? }) → matters newest change first
 * (db/repositories/matters.ts). getMatterWithMeetings(ctx, id) → the matter and its meetings.
 */
import { getMatter, listMatterRows, type MatterFilter } from '@/db/repositories/matters'
import { meetingsOfMatter } from '@/db/repositories/meetings'
import type { MatterRow, MeetingRow } from '@/db/rows'
import type { AppContext } from '../context'

export type { MatterFilter, MatterRow, MeetingRow }

export function listMatters(ctx: AppContext, filter: MatterFilter = {}): Promise<MatterRow[]> {
  return listMatterRows(ctx.db, filter)
}

export async function getMatterWithMeetings(
  ctx: AppContext,
  id: string,
): Promise<{ matter: MatterRow; meetings: MeetingRow[] } | undefined> {
  const matter = await getMatter(ctx.db, id)
  return matter ? { matter, meetings: await meetingsOfMatter(ctx.db, id) } : undefined
}
