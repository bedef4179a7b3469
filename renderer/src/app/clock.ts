/**
 * The wall clock: the one place the app reads the time. Use cases get it through the app context
 * (context.ts); screens ask it for today's date. domain/ never reads it (lint).
 *
 * todayIso() → today's Beijing date 'YYYY-MM-DD'; nowIso() → the current instant, ISO-8601 UTC.
 */
import { nowIso as nowIn, todayIso as todayIn, type Clock } from '@/domain/calendar/clock'

export const systemClock: Clock = { now: () => new Date() }

export function todayIso(clock: Clock = systemClock): string {
  return todayIn(clock)
}

export function nowIso(clock: Clock = systemClock): string {
  return nowIn(clock)
}
