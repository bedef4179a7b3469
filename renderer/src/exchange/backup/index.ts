/**
 * 全量备份与恢复 (full backups and restore). Entry points, each documented at the top of its file:
 *
 *   makeBackup(db, { now?, appVersion?, onProgress? }) → { name, bytes, manifest }          build.ts
 *   verifyBackup(bytes) → Promise<{ ok: true, summary, contents } | { ok: false, reason }>  inspect.ts
 *   inspectBackup(bytes) → the same, synchronously (pure-JS hashes, slower)                inspect.ts
 *   restoreBackup(db, bytes, { confirmVillageName?, keepSafetyBackup?, audit?, … })
 *     → { ok: true, summary, safetyBackup } | { ok: false, reason, needsVillageConfirmation? } restore.ts
 *   backupsToKeep(backups: { name, createdAt }[], now) → names to keep (7 + 4 + 12)         retention.ts
 *   backupFileName / parseBackupFileName / automaticBackupDue / backupReminder              retention.ts
 *   canonicalDump(db) → table → canonical JSON rows (for "identical after restore" checks)  dump.ts
 *   use cases for app/: backUpNow, automaticBackup, backupStatus, saveBackupCopy,
 *     restoreFromBackup, inspectBackupFile                                                  useCases.ts
 * The file format is described in format.ts.
 */
export { makeBackup, type BuiltBackup, type MakeBackupOptions } from './build'
export { inspectBackup, verifyBackup, type BackupSummary, type Inspection } from './inspect'
export { restoreBackup, type RestoreOptions, type RestoreOutcome } from './restore'
export { automaticBackupDue, backupFileName, backupReminder, backupsToKeep, parseBackupFileName, type DatedBackup } from './retention'
export { canonicalDump } from './dump'
export { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, BACKUP_LIMITS, TABLE_LABELS, type BackupManifest } from './format'
export type { BackupProgress } from './progress'
export * from './useCases'
