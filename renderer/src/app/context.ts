/**
 * The use cases' context: the database, who acts (the secretary named in 设置, for the audit log),
 * and the clock. Use cases take it as their first argument, so a test passes a fresh fake-indexeddb
 * database and a fixed clock; the stores get the app's own from `appContext`.
 *
 * Input: the actor's name. Output: { db, actor, clock }. `configureApp` swaps the database or the
 * clock for the whole app (tests of the stores, the bench); nothing else should call it.
 */
import { appDb } from '@/db/connections'
import type { XiangyueDb } from '@/db/schema'
import type { UnitContext } from '@/db/unitOfWork'
import type { Clock } from '@/domain/calendar/clock'
import { systemClock } from './clock'

export type AppContext = UnitContext

let environment: { db?: XiangyueDb; clock?: Clock } = {}

export function appContext(actor: string): AppContext {
  return {
    // Made on first use, not here: the start's first screen asks for a context before it reads
    // anything through Dexie (app/startup/firstRead.ts), and setting Dexie up is not free.
    get db() {
      return environment.db ?? appDb()
    },
    actor: actor || '未署名',
    clock: environment.clock ?? systemClock,
  }
}

/** Test and bench support: the database and clock every `appContext` gets from now on. */
export function configureApp(next: { db?: XiangyueDb; clock?: Clock }): void {
  environment = { ...next }
}
