/** Types for report.mjs: the verification result as a Chinese text report. */
import type { FileStatus, VerifyResult } from './verifyCore.mjs'

export declare const STATUS_LABELS: Readonly<Record<FileStatus, string>>
export declare function chineseDate(iso: string | null | undefined): string
export declare function formatReport(result: VerifyResult, options?: { fileName?: string | null; listLimit?: number }): string
