/**
 * 操作日志报告 (the printed audit report) — buildAuditReportDoc(input, village): PrintDocument.
 *
 * Input: { entries: the audit entries to list, oldest first (a period, or the whole log);
 *          head: the log's chain head when the report was made (last seq + hash);
 *          verification: the result of checking the whole log (app/audit verifyAuditLog):
 *            { ok, checked, problems, warnings };
 *          period?: { from, to } 'YYYY-MM-DD' as chosen, for the subtitle;
 *          printedAt: the instant the report was made (ISO), printed as Beijing time }.
 * Output: a landscape A4 register (print/ledger.ts): 序号、时间（北京时间）、操作人、操作、对象、摘要,
 *   then the check's result in words and the chain head as its 防篡改校验码: the full value grouped
 *   by four, because on paper it is the value a township compares with the head in a backup or a
 *   bundle (issue 11: the head is kept outside IndexedDB, and on paper is the most outside).
 *
 * Privacy: the log's summaries name people by name (as the screen does) and never hold a full ID or
 * phone number (the reveal entries say that a number was seen, not the number), so the report is an
 * internal record of the village; the subtitle says so. Pure.
 */
import { formatChineseDate } from '@/domain/calendar/calendar'
import { formatBeijingDateTime } from '@/domain/calendar/clock'
import type { VillageProfile } from '@/domain/village/profile'
import { groupCheckCode } from '@/help/checkCode'
import { buildLedgerDoc } from '../ledger'
import type { PrintDocument } from '../pdf-types'
import type { TableColumn, TableRow } from '../table'

export interface AuditReportEntry {
  seq: number
  at: string
  actor: string
  action: string
  table: string
  summary: string
}

export interface AuditReportInput {
  entries: readonly AuditReportEntry[]
  head: { seq: number; hash: string } | null
  verification: { ok: boolean; checked: number; problems: readonly string[]; warnings: readonly string[] }
  period?: { from: string; to: string }
  printedAt: string
  /** how actions and tables are named to a person (app/audit's labels) */
  actionLabels: Readonly<Record<string, string>>
  tableLabels: Readonly<Record<string, string>>
}

export const AUDIT_REPORT_TITLE = '操作日志报告'

export const AUDIT_REPORT_COLUMNS: readonly TableColumn[] = [
  { header: '序号', key: 'seq', width: 'auto', align: 'center' },
  { header: '时间（北京时间）', key: 'at', width: 'auto', noWrap: true },
  { header: '操作人', key: 'actor', width: 56, align: 'center' },
  { header: '操作', key: 'action', width: 70, align: 'center' },
  { header: '对象', key: 'table', width: 80, align: 'center' },
  { header: '摘要', key: 'summary' },
]

const GAP = '\u3000'

export function auditReportRows(input: AuditReportInput): TableRow[] {
  return input.entries.map((e) => ({
    seq: String(e.seq),
    at: formatBeijingDateTime(e.at, { seconds: true }),
    actor: e.actor,
    action: input.actionLabels[e.action] ?? e.action,
    table: input.tableLabels[e.table] ?? e.table,
    summary: e.summary,
  }))
}

/** The check in words, then the head: what a reader compares. */
export function auditReportFooter(input: AuditReportInput): string {
  const v = input.verification
  const lines = [
    v.ok
      ? `完整性检查：全部 ${v.checked} 条记录首尾相连、未发现改动。`
      : `完整性检查：发现 ${v.problems.length} 处问题，日志可能被改动：${v.problems.join('；')}。`,
    ...v.warnings.map((w) => `需要核实：${w}`),
    input.head
      ? `日志链头：第 ${input.head.seq} 条，防篡改校验码 ${groupCheckCode(input.head.hash)}。与备份文件、报送数据包中记载的链头一致，即说明此前的日志未被改动。`
      : '日志为空，尚无链头。',
    `打印时间：${formatBeijingDateTime(input.printedAt)}（北京时间）`,
  ]
  return lines.join('\n')
}

export function buildAuditReportDoc(input: AuditReportInput, village: VillageProfile): PrintDocument {
  const range = input.period ? `${formatChineseDate(input.period.from)}至${formatChineseDate(input.period.to)}` : '全部记录'
  return buildLedgerDoc({
    title: `${village.villageName}${AUDIT_REPORT_TITLE}`,
    subtitle: `${village.committeeName}${GAP}${range}${GAP}共${input.entries.length}条${GAP}本村内部存档`,
    columns: AUDIT_REPORT_COLUMNS,
    rows: auditReportRows(input),
    orientation: 'landscape',
    footerNote: `${auditReportFooter(input)}\n制表人：${village.secretaryName.trim()}${GAP}${GAP}审核人：`,
  })
}
