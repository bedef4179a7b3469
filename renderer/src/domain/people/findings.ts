/** A check result the UI shows as a line: red (error), amber (warning), green (ok), with its legal basis. */
import type { LegalCitation } from './citations'

export type FindingLevel = 'error' | 'warning' | 'ok'

export interface Finding {
  level: FindingLevel
  /** Stable machine code for tests and UI logic. */
  code: string
  /** Plain Chinese with the numbers, e.g. “…组成人员25人，至少需20名村民代表，现有19名”. */
  message: string
  citation: LegalCitation
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.level === 'error')
}
