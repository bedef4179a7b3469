/**
 * 时钟与北京时间 (the clock, and Beijing local time).
 *
 * Rules never read the clock (lint forbids `new Date()` and `Date.now()` in domain/): use cases
 * receive a `Clock` and pass dates and instants down, so a test can fix “today”. The wall clock
 * itself is app/clock.ts. This file is the one place that turns an instant into what a person sees.
 *
 * Every timestamp a person sees is Beijing time (Asia/Shanghai, UTC+8, no daylight saving since
 * 1991), whatever timezone the PC or the test machine is set to. Stored instants stay ISO-8601
 * UTC (`toISOString()`), which sorts and compares; only their display is converted here. Before
 * this, the roster export printed 导出时间 16:26 (UTC) when it was 00:26 in Beijing.
 */
import { formatChineseDate } from './calendar'

export interface Clock {
  /** The current instant. */
  now(): Date
}

/** A clock stopped at one instant, for tests and the bench. */
export function fixedClock(instant: string | Date): Clock {
  const at = new Date(instant)
  return { now: () => new Date(at) }
}

/** China Standard Time is UTC+8 all year round. */
const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000

const pad = (n: number) => String(n).padStart(2, '0')

/** The Beijing wall-clock fields of an instant, read through UTC so the host timezone cannot matter. */
function beijingFields(instant: Date) {
  const b = new Date(instant.getTime() + BEIJING_OFFSET_MS)
  return {
    year: b.getUTCFullYear(),
    month: b.getUTCMonth() + 1,
    day: b.getUTCDate(),
    hour: b.getUTCHours(),
    minute: b.getUTCMinutes(),
    second: b.getUTCSeconds(),
  }
}

/** The Beijing calendar date of an instant, 'YYYY-MM-DD'. */
export function beijingDate(instant: Date): string {
  const f = beijingFields(instant)
  return `${String(f.year).padStart(4, '0')}-${pad(f.month)}-${pad(f.day)}`
}

/**
 * Today's date in Beijing, 'YYYY-MM-DD'. At 07:30 in Beijing it is still yesterday in UTC; at
 * 00:26 in Beijing it is 16:26 of the day before in UTC — the village's calendar is Beijing's.
 */
export function todayIso(clock: Clock): string {
  return beijingDate(clock.now())
}

/** The current instant as stored: ISO-8601 UTC. */
export function nowIso(clock: Clock): string {
  return clock.now().toISOString()
}

/** A stored instant shown to a person: “2026年12月2日 00:26”, Beijing time. */
export function formatBeijingDateTime(instant: string | Date, opts: { seconds?: boolean } = {}): string {
  const at = typeof instant === 'string' ? new Date(instant) : instant
  if (Number.isNaN(at.getTime())) throw new RangeError(`时间格式有误：${String(instant)}`)
  const f = beijingFields(at)
  const time = `${pad(f.hour)}:${pad(f.minute)}${opts.seconds ? `:${pad(f.second)}` : ''}`
  return `${formatChineseDate(f)} ${time}`
}
