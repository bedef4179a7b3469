/**
 * 事项列表:
 *   listMatters(ctx, { year?, state?, body? }) → matters newest change first
 *     (db/repositories/matters.ts).
 *   getMatterWithMeetings(ctx, id) → the matter and its meetings.
 *   filterMatters(matters, { year?, state?, body?, query? }) → those of `matters` that pass every
 *     filter given, in the order given. The list screen reads every matter once and filters in
 *     memory: a change of a filter or a keystroke in the search box costs no database read (ten
 *     years of a large village is ~500 matters; one pass over them is well under a millisecond).
 *     `query`: words of the 事项名称, matched case-insensitively, spaces ignored; every word
 *     separated by a space must occur (“道路 2021” finds “2021年硬化村内道路”).
 */
import { getMatter, listMatterRows, matterYear, type MatterFilter } from '@/db/repositories/matters'
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

export interface MatterListFilter extends MatterFilter {
  query?: string
}

/** The words typed in a search box: lower-cased, split on any white space (全角 too), empty ones dropped. */
export function searchWords(query: string | undefined): string[] {
  return (query ?? '')
    .toLowerCase()
    .split(/[\s\u3000]+/)
    .filter(Boolean)
}

export function filterMatters(matters: readonly MatterRow[], filter: MatterListFilter = {}): MatterRow[] {
  const states = filter.state === undefined ? undefined : new Set(typeof filter.state === 'string' ? [filter.state] : filter.state)
  const words = searchWords(filter.query)
  return matters.filter((m) => {
    if (states && !states.has(m.state)) return false
    if (filter.year !== undefined && matterYear(m) !== filter.year) return false
    if (filter.body !== undefined && !m.steps.some((s) => s.body === filter.body)) return false
    if (words.length === 0) return true
    const title = m.title.toLowerCase()
    return words.every((w) => title.includes(w))
  })
}
