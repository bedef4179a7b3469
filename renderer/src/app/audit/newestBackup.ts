/**
 * The head written into the newest backup the app keeps itself (desktop: `<userData>/backups/`),
 * for verifyAuditLog to compare the log with. A browser keeps none (its backups are downloads).
 *
 * newestBackupHead(shelf) → { head, note? }
 *   head: { seq, hash, createdAt } of the newest kept backup, or null when there is none or it
 *   cannot be read; note: why not, in Chinese, when a person should know (a kept backup that does
 *   not open is itself worth a look).
 * verifyAuditLogWithBackups(ctx, shelf?) → AuditVerification: verifyAuditLog with that head, and
 *   the note among the warnings.
 */
import { verifyBackup } from '@/exchange/backup'
import { getShell } from '@/shell'
import type { BackupShelf } from '@/shell/types'
import type { AppContext } from '../context'
import { verifyAuditLog, type AuditVerification, type BackupHead } from './auditLog'

export async function newestBackupHead(shelf: BackupShelf): Promise<{ head: BackupHead | null; note?: string }> {
  if (!shelf.automatic) return { head: null }
  try {
    const newest = (await shelf.list()).backups[0]
    if (!newest) return { head: null }
    const inspection = await verifyBackup(await shelf.read(newest.name))
    if (!inspection.ok) return { head: null, note: `最新的备份“${newest.name}”打不开，未能与它核对：${inspection.reason}` }
    const { auditHead, createdAt } = inspection.summary
    return { head: auditHead ? { ...auditHead, createdAt } : null }
  } catch (error) {
    return { head: null, note: `未能读取最新的备份来核对日志：${error instanceof Error ? error.message : String(error)}` }
  }
}

export async function verifyAuditLogWithBackups(ctx: AppContext, shelf: BackupShelf = getShell().backups): Promise<AuditVerification> {
  const { head, note } = await newestBackupHead(shelf)
  const report = await verifyAuditLog(ctx, { backupHead: head })
  return note ? { ...report, warnings: [...report.warnings, note] } : report
}
