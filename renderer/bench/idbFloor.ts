/**
 * The floor of the roster import (`idb_floor_10000_ms`, scripts/bench/areas.mjs): the very rows the
 * app's import wrote — read back from the app's database by the bench — bulkAdd-ed into a fresh,
 * empty Dexie database with no validation, no conflict check and no audit, in one read-write
 * transaction over the two tables. The tables carry the app's own keys and indexes (taken from
 * db/schema.ts, so the floor follows any index the app adds): an index is part of what storing a
 * row costs, whatever checks come before it.
 *
 *   window.__idbFloor({ households, villagers }, runs) → ms of each run (fresh database each time)
 */
import Dexie from 'dexie'
import { schemaVersions } from '@/db/schema'

type Row = Record<string, unknown>

function tableSchema(table: string): string {
  // the latest declaration of the table across the app's versions
  let spec: string | undefined
  for (const v of schemaVersions) if (typeof v.stores[table] === 'string') spec = v.stores[table]
  if (!spec) throw new Error(`schema.ts 没有 ${table} 表`)
  return spec
}

async function once(households: Row[], villagers: Row[], name: string): Promise<number> {
  await Dexie.delete(name)
  const db = new Dexie(name)
  db.version(1).stores({ households: tableSchema('households'), villagers: tableSchema('villagers') })
  await db.open()
  const t0 = performance.now()
  await db.transaction('rw', db.table('households'), db.table('villagers'), async () => {
    await db.table('households').bulkAdd(households)
    await db.table('villagers').bulkAdd(villagers)
  })
  const ms = performance.now() - t0
  db.close()
  await Dexie.delete(name)
  return ms
}

async function idbFloor(rows: { households: Row[]; villagers: Row[] }, runs = 3): Promise<number[]> {
  const times: number[] = []
  for (let i = 0; i < runs; i++) times.push(await once(rows.households, rows.villagers, `xiangyue-bench-floor-${i}`))
  return times
}

declare global {
  interface Window {
    __idbFloor?: typeof idbFloor
  }
}

window.__idbFloor = idbFloor
