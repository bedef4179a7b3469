/** 村规民约: reads. A village has one compact row (its versions and procedures inside); written only through app/compact. */
import type { CompactRow } from '../rows'
import type { XiangyueDb } from '../schema'

/** The village's compact: the first one created (there is normally only one). */
export async function loadCompactRow(db: XiangyueDb): Promise<CompactRow | undefined> {
  const rows = await db.compacts.toArray()
  return rows.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0))[0]
}

export function getCompactRow(db: XiangyueDb, id: string): Promise<CompactRow | undefined> {
  return db.compacts.get(id)
}
