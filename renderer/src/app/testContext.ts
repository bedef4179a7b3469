/**
 * Test support for use cases (import from *.test.ts only): a context on a fresh fake-indexeddb
 * database, a named actor, and a clock that stands at a given instant until moved.
 */
import { useFreshDatabases } from '@/db/testDb'
import type { Clock } from '@/domain/calendar/clock'
import type { VillageProfile } from '@/domain/village/profile'
import type { AppContext } from './context'

export interface TestClock extends Clock {
  set(instant: string): void
}

export function testClock(instant: string): TestClock {
  let at = new Date(instant)
  return { now: () => new Date(at), set: (next) => (at = new Date(next)) }
}

/** Call at the top of a test file; returns a factory of contexts, each on its own empty database. */
export function useTestContexts(prefix: string): (instant?: string) => AppContext & { clock: TestClock } {
  const freshDb = useFreshDatabases(prefix)
  return (instant = '2026-03-01T02:00:00.000Z') => ({ db: freshDb(), actor: '李秀英', clock: testClock(instant) })
}

/** Everything in the database, for "nothing was written" assertions. */
export async function snapshotOf(ctx: AppContext): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {}
  for (const table of ctx.db.tables) out[table.name] = await table.toArray()
  return out
}

/** A village profile that passes domain/village/profile.ts's checks (宅子村, 邓州市). */
export const testVillageProfile: VillageProfile = {
  villageName: '宅子村',
  townshipName: '罗庄镇',
  countyName: '邓州市',
  areaCode: '411381102200',
  areaCodeManual: false,
  committeeName: '宅子村村民委员会',
  partyOrgName: '中共宅子村支部委员会',
  supervisionPhone: '0377-62123456',
  secretaryName: '李秀英',
}
