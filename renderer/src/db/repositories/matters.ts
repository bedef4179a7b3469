/**
 * 四议两公开 matters: reads. Written only through app/decisions (audited, db/unitOfWork.ts).
 *
 * listMatterRows(db, filter?) → matters newest change first; filter by year (of the first meeting,
 * else of creation, in Beijing time), state, and body (any step held by that body).
 */
import type { MatterState } from '@/domain/decisions/model'
import type { BodyKind } from '@/domain/rules/profile'
import type { MatterRow } from '../rows'
import type { XiangyueDb } from '../schema'

export interface MatterFilter {
  year?: number
  state?: MatterState | readonly MatterState[]
  body?: BodyKind
}

/** The year a matter belongs to: its first meeting's, or the day it was created (Beijing, UTC+8). */
export function matterYear(m: MatterRow): number {
  const first = m.steps[0]?.date
  if (first) return Number(first.slice(0, 4))
  return new Date(Date.parse(m.createdAt) + 8 * 3600_000).getUTCFullYear()
}

export async function listMatterRows(db: XiangyueDb, filter: MatterFilter = {}): Promise<MatterRow[]> {
  const states = filter.state === undefined ? undefined : typeof filter.state === 'string' ? [filter.state] : [...filter.state]
  const rows = states ? await db.matters.where('state').anyOf(states).toArray() : await db.matters.orderBy('updatedAt').reverse().toArray()
  return rows
    .filter((m) => filter.year === undefined || matterYear(m) === filter.year)
    .filter((m) => filter.body === undefined || m.steps.some((s) => s.body === filter.body))
    .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0))
}

export function getMatter(db: XiangyueDb, id: string): Promise<MatterRow | undefined> {
  return db.matters.get(id)
}
