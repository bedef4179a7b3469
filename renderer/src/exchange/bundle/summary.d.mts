/** Types for summary.mjs: what a bundle holds, for people. */
export declare const AREA_LABELS: Readonly<Record<string, string>>
export declare const SUMMARY_LIST_LIMIT: number

export interface AreaCount {
  /** file stem, e.g. 'matters' */
  area: string
  /** Chinese name, e.g. 四议两公开事项 */
  label: string
  path: string
  /** records in the file (null when the file is not a JSON array) */
  count: number | null
}
export interface MatterLine {
  title: string
  result: string | null
  date: string | null
}
export interface NoticeLine {
  title: string
  kind: string | null
  date: string | null
  result: string | null
}
export interface BundleSummary {
  areas: AreaCount[]
  /** at most SUMMARY_LIST_LIMIT lines; mattersTotal is the full count */
  matters: MatterLine[]
  mattersTotal: number
  notices: NoticeLine[]
  noticesTotal: number
  pdfCount: number
  pdfBytes: number
}
export declare function summariseData(
  dataFiles: ReadonlyArray<{ path: string; value: unknown }>,
  pdfFiles: ReadonlyArray<{ size: number }>,
): BundleSummary
