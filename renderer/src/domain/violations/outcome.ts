/**
 * A transition's result: the next value, or a refusal in plain Chinese (with its legal basis when
 * the refusal rests on one). Domain functions return this instead of throwing so a screen can
 * show the reason at the button; `unwrap` is for callers (stores, tests, the sample generator)
 * that treat a refusal as a bug.
 */
import { parseIsoDate } from '@/domain/calendar/calendar'
import type { LegalCitation } from '@/domain/law/citations'

export type Outcome<T> = { ok: true; value: T } | { ok: false; reason: string; citation?: LegalCitation }

export class ViolationRefusedError extends Error {
  constructor(
    message: string,
    readonly citation?: LegalCitation,
  ) {
    super(message)
    this.name = 'ViolationRefusedError'
  }
}

export function refuse<T = never>(reason: string, citation?: LegalCitation): Outcome<T> {
  return citation ? { ok: false, reason, citation } : { ok: false, reason }
}

export function accept<T>(value: T): Outcome<T> {
  return { ok: true, value }
}

export function unwrap<T>(outcome: Outcome<T>): T {
  if (outcome.ok) return outcome.value
  throw new ViolationRefusedError(outcome.reason, outcome.citation)
}

/** Internal: a refusal thrown inside a transition and turned into an Outcome by `attempt`. */
class Refusal {
  constructor(
    readonly reason: string,
    readonly citation?: LegalCitation,
  ) {}
}

export function deny(reason: string, citation?: LegalCitation): never {
  throw new Refusal(reason, citation)
}

export function ensure(condition: unknown, reason: string, citation?: LegalCitation): asserts condition {
  if (!condition) deny(reason, citation)
}

/** Run a transition body written with ensure/deny; any refusal becomes `{ ok: false }`. */
export function attempt<T>(body: () => T): Outcome<T> {
  try {
    return { ok: true, value: body() }
  } catch (e) {
    if (e instanceof Refusal) return refuse(e.reason, e.citation)
    throw e
  }
}

/** Refuse a malformed date with the field's Chinese name. */
export function ensureDate(date: string | undefined, label: string): string {
  if (!date || !parseIsoDate(date)) deny(`${label}不是有效日期（应为“年-月-日”）：${date ?? '未填写'}`)
  return date
}

/** Refuse an empty text with the field's Chinese name; returns it trimmed. */
export function ensureText(text: string | undefined, label: string): string {
  const t = text?.trim()
  if (!t) deny(`请填写${label}`)
  return t
}
