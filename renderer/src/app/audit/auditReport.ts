/**
 * 打印操作日志报告: the audit log on paper, with its chain head (issue 11: the head is kept outside
 * IndexedDB — in the desktop's anchor file, in every backup manifest and bundle, and on paper).
 *
 * auditReportInput(ctx, period?) → the report's data: the entries whose time falls on a Beijing date
 *   inside `period` ('YYYY-MM-DD' from/to, inclusive; all entries without one), oldest first, the
 *   head, and the check of the WHOLE log (a period's report still says whether the log is intact).
 * renderAuditReportPdf(ctx, village, period?, onProgress?) → the PDF bytes as printed.
 */
import { readAuditHead } from '@/db/audit/head'
import { beijingDate, nowIso } from '@/domain/calendar/clock'
import { compareIsoDates } from '@/domain/calendar/calendar'
import type { VillageProfile } from '@/domain/village/profile'
import { buildAuditReportDoc, type AuditReportInput } from '@/print/audit/auditReport'
import { renderPdf } from '@/print/render'
import type { AppContext } from '../context'
import { NoVillageProfileError } from '../notices/printing'
import { AUDIT_ACTION_LABELS, AUDIT_TABLE_LABELS, verifyAuditLog, type VerifyOptions } from './auditLog'

export interface ReportPeriod {
  from: string
  to: string
}

export async function auditReportInput(ctx: AppContext, period?: ReportPeriod, options: VerifyOptions = {}): Promise<AuditReportInput> {
  const [verification, head, all] = await Promise.all([
    verifyAuditLog(ctx, options),
    readAuditHead(ctx.db),
    ctx.db.auditLog.orderBy('seq').toArray(),
  ])
  const inPeriod = (at: string) => {
    if (!period) return true
    const day = beijingDate(new Date(at))
    return compareIsoDates(day, period.from) >= 0 && compareIsoDates(day, period.to) <= 0
  }
  return {
    entries: all.filter((e) => inPeriod(e.at)),
    head: head ?? null,
    verification,
    ...(period ? { period } : {}),
    printedAt: nowIso(ctx.clock),
    actionLabels: AUDIT_ACTION_LABELS,
    tableLabels: AUDIT_TABLE_LABELS,
  }
}

export async function renderAuditReportPdf(
  ctx: AppContext,
  village: VillageProfile | undefined,
  period?: ReportPeriod,
  onProgress?: (p: number) => void,
): Promise<Uint8Array> {
  if (!village) throw new NoVillageProfileError()
  const input = await auditReportInput(ctx, period)
  return renderPdf(() => buildAuditReportDoc(input, village), onProgress ? { onProgress } : {})
}
