/**
 * The township use cases' context: the township database and the clock. Like app/context.ts, tests
 * pass a fresh fake-indexeddb database and a fixed clock; the views get the app's own.
 */
import { townshipDatabase } from '@/db/connections'
import type { TownshipDb } from '@/db/township/schema'
import type { Clock } from '@/domain/calendar/clock'
import { systemClock } from '../clock'

export interface TownshipContext {
  db: TownshipDb
  clock: Clock
}

let environment: Partial<TownshipContext> = {}

export function townshipContext(): TownshipContext {
  return {
    // made on first use (see app/context.ts): the mode is usually known from the start's own read
    get db() {
      return environment.db ?? townshipDatabase()
    },
    clock: environment.clock ?? systemClock,
  }
}

/** Test and bench support: the database and clock every `townshipContext` gets from now on. */
export function configureTownship(next: Partial<TownshipContext>): void {
  environment = { ...next }
}
