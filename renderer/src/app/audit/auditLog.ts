/**
 * 操作日志 (the audit log) for 设置 and the villager drawer: read a page, read one record's history,
 * and verify the whole chain against its stored head.
 *
 * readAuditLog(ctx, { offset, limit }) → { total, entries } newest first.
 * auditHistoryOf(ctx, table, recordId) → that record's entries, newest first.
 * verifyAuditLog(ctx) → { ok, checked, problems } with each problem described in Chinese.
 */
import { auditEntriesFor, recentAuditEntries, verifyStoredAuditChain } from '@/db/audit/log'
import { describeChainProblem, type AuditAction, type AuditEntry } from '@/db/audit/chain'
import type { AppContext } from '../context'

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
  ok: boolean
  checked: number
  problems: string[]
}

export async function verifyAuditLog(ctx: AppContext): Promise<AuditVerification> {
  const report = await verifyStoredAuditChain(ctx.db)
  return { ok: report.ok, checked: report.checked, problems: report.problems.map(describeChainProblem) }
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

export const AUDIT_TABLE_LABELS: Record<string, string> = {
  settings: '设置',
  households: '户',
  villagers: '村民',
  grids: '网格',
  notices: '公示',
  noticeFiles: '公示文件',
}
