/**
 * 操作日志 (the audit log) for 设置 and the villager drawer: read a page, read one record's history,
 * and verify the whole chain against its stored head.
 *
 * readAuditLog(ctx, { offset, limit }) → { total, entries } newest first.
 * auditHistoryOf(ctx, table, recordId) → that record's entries, newest first.
 * verifyAuditLog(ctx, { anchor?, backupHead? }) → AuditVerification (below), every message in plain
 *   Chinese. It checks, in this order:
 *   1. the chain against the head stored in IndexedDB (a non-empty log without one is tampering);
 *   2. every current record against the afterHash of its last audit entry (db/audit/records.ts);
 *   3. the log's head against the anchor kept outside IndexedDB (`anchor`, default the shell's:
 *      the desktop's `<userData>/audit-anchor.json`; a browser has none, said in `caveat`);
 *   4. when `backupHead` is given (the head in the newest backup's manifest), against that too.
 *   ok: no problem (errors); warnings need a person to check (e.g. the anchor one step behind after
 *   a crash), notes are for information.
 */
import { compareWithAnchor, compareWithBackupHead, type AnchorReading, type AuditFinding, type BackupHead } from '@/db/audit/anchor'
import { auditEntriesFor, recentAuditEntries, verifyStoredAuditLog } from '@/db/audit/log'
import { describeChainProblem, type AuditAction, type AuditEntry } from '@/db/audit/chain'
import { getShell } from '@/shell'
import type { AppContext } from '../context'

export type { BackupHead }

export type { AuditAction, AuditEntry }

export async function readAuditLog(
  ctx: AppContext,
  page: { offset: number; limit: number },
): Promise<{ total: number; entries: AuditEntry[] }> {
  const [total, entries] = await Promise.all([ctx.db.auditLog.count(), recentAuditEntries(ctx.db, page.limit, page.offset)])
  return { total, entries }
}

export async function auditHistoryOf(ctx: AppContext, table: string, recordId: string): Promise<AuditEntry[]> {
  return (await auditEntriesFor(ctx.db, table, recordId)).reverse()
}

export interface AuditVerification {
  /** no problem found */
  ok: boolean
  /** audit entries checked */
  checked: number
  /** tampering found, one sentence each */
  problems: string[]
  /** for a person to check: not proof of tampering (an anchor one step behind, records never audited) */
  warnings: string[]
  /** for information (the newest backup agrees) */
  notes: string[]
  /** records compared with their last audit entry */
  recordsChecked: number
  /** how the head outside IndexedDB was found */
  anchor: 'matched' | 'behind' | 'differs' | 'missing' | 'unavailable'
  /** browser: what cannot be ruled out without an anchor */
  caveat?: string
}

export interface VerifyOptions {
  /** where the head outside IndexedDB is read from; default the shell's */
  anchor?: { read(): Promise<AnchorReading> }
  /** the head in the newest backup manifest, when the caller has it */
  backupHead?: BackupHead | null
}

export async function verifyAuditLog(ctx: AppContext, options: VerifyOptions = {}): Promise<AuditVerification> {
  // The anchor is read first: a unit committing between the two reads can then only make the
  // anchor look one step behind (a warning), never ahead of the log (which would be tampering).
  const reading = await (options.anchor ?? readerOf(ctx.anchor) ?? getShell().auditAnchor).read()
  const { chain, records, entries } = await verifyStoredAuditLog(ctx.db)
  const anchorFindings = compareWithAnchor(entries, reading as AnchorReading)
  const findings: AuditFinding[] = [
    ...chain.problems.map((p) => ({ level: 'error' as const, code: p.kind, message: describeChainProblem(p) })),
    ...records.findings,
    ...anchorFindings,
    ...compareWithBackupHead(entries, options.backupHead),
  ]
  const messages = (level: AuditFinding['level']) => findings.filter((f) => f.level === level).map((f) => f.message)
  const caveat = reading.state === 'unavailable' ? anchorFindings.find((f) => f.code === 'anchor-unavailable')?.message : undefined
  const problems = messages('error')
  return {
    ok: problems.length === 0,
    checked: chain.checked,
    problems,
    warnings: messages('warning'),
    notes: messages('info').filter((m) => m !== caveat),
    recordsChecked: records.checked,
    anchor: anchorState(reading, anchorFindings),
    ...(caveat ? { caveat } : {}),
  }
}

/** A context's anchor is read too when it can be (the shell's and the tests' fakes can). */
function readerOf(anchor: AppContext['anchor']): { read(): Promise<AnchorReading> } | undefined {
  return anchor && 'read' in anchor && typeof anchor.read === 'function' ? (anchor as { read(): Promise<AnchorReading> }) : undefined
}

function anchorState(reading: AnchorReading, findings: AuditFinding[]): AuditVerification['anchor'] {
  if (reading.state === 'unavailable') return 'unavailable'
  if (reading.state === 'none') return 'missing'
  if (findings.some((f) => f.level === 'error')) return 'differs'
  return findings.some((f) => f.code === 'anchor-behind') ? 'behind' : 'matched'
}

/** How the log names its actions and tables to a person. */
export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  create: '新增',
  update: '修改',
  delete: '删除',
  status: '变更状态',
  reveal: '查看完整号码',
  import: '导入',
  export: '导出',
  seed: '载入示例数据',
  setup: '首次设置',
}

export { TABLE_LABELS as AUDIT_TABLE_LABELS } from '@/db/tableLabels'
