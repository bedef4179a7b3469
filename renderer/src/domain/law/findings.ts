/**
 * 检查结果 (findings): the one result shape for “checked, with findings and citations”.
 *
 * Every rule that judges something returns `Finding[]` (or a value with a `findings` field):
 * red (error — blocks), amber (warning — allowed with care or a recorded reason), blue (info),
 * green (ok — the rule was checked and met, shown so the secretary sees the rule applied).
 * Each finding carries its legal basis; `field` names the form field it belongs to, so a screen
 * can put the message at the field.
 */
import type { LegalCitation } from './citations'

export type FindingLevel = 'error' | 'warning' | 'info' | 'ok'

export interface Finding {
  level: FindingLevel
  /** Stable machine code for tests and UI logic. */
  code: string
  /** Plain Chinese with the numbers, e.g. “…组成人员25人，至少需20名村民代表，现有19名”. */
  message: string
  citation: LegalCitation
  /** The input field the finding is about (e.g. 'yes', 'noticeDate'), when there is one. */
  field?: string
}

/** A value that was checked: the value (when it could be made) and what the check found. */
export interface Checked<T> {
  value: T | null
  findings: Finding[]
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.level === 'error')
}

export function findingsFor(findings: readonly Finding[], field: string): Finding[] {
  return findings.filter((f) => f.field === field)
}
