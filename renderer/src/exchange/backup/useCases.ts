/**
 * The backup use cases, for app/ to re-export (app/backup/…) and the stores to call. Each takes the
 * use-case context { db, actor, clock } and the shell's backup shelf (getShell().backups), so tests
 * pass a fake-indexeddb database, a fixed clock and an in-memory shelf.
 *
 * backUpNow(ctx, shelf, { reason, purpose?, appVersion?, onProgress? }) → BackupDone
 *   Makes a full backup and keeps it: desktop, in the backups folder, then prunes to 7 daily +
 *   4 weekly + 12 monthly; browser, as a download, then asks again for persistent storage (the answer,
 *   in Chinese, is in `persistence`). A download is a file with every full ID number leaving the
 *   app: it is recorded in the audit log (action 'export') BEFORE the file is built, so the backup
 *   holds its own record. Copies kept in the desktop's own folder stay on the machine and are not logged.
 * saveBackupCopy(ctx, saveFile, { purpose }) → the desktop's "另存备份到U盘": logged as above, then
 *   written where the secretary picks in the save dialog (getShell().saveFile).
 * automaticBackup(ctx, shelf, { atStartup }) → BackupDone | null
 *   Desktop only: at start-up and once the Beijing day has changed (retention.ts); null when not due.
 * backupStatus(shelf, now) → what 设置 and the home screen show: the list, when the last backup was
 *   made, the browser's note, and the home-screen reminder (over 7 days, browser).
 * restoreFromBackup(ctx, shelf, bytes, { confirmVillageName?, anchor?, … }) → RestoreOutcome
 *   restoreBackup (restore.ts) with the safety copy kept on the shelf first and the restore recorded
 *   in the audit log; on success the audit anchor, if there is one, is moved to the new head.
 * inspectBackupFile(bytes) → Promise<Inspection>: what the file holds, for the confirmation dialog.
 *
 * Bench: backUpNow and restoreFromBackup leave performance measures 'xiangyue:backup' and
 * 'xiangyue:restore' (whole use case, from the click to the data kept/replaced), which
 * scripts/bench can read as backup_ms and restore_ms, the way it reads 'xiangyue:search'.
 */
import { readAuditHead } from '@/db/audit/head'
import { audited, type UnitContext } from '@/db/unitOfWork'
import { askPersistentStorage, type PersistenceAnswer } from '@/shell/storage'
import type { AuditAnchorStore, BackupFileInfo, BackupSaveOutcome, BackupShelf, SaveFilter, SaveOutcome } from '@/shell/types'
import { makeBackup, type BuiltBackup } from './build'
import { verifyBackup, type Inspection } from './inspect'
import type { BackupProgress } from './progress'
import { restoreBackup, type RestoreOutcome } from './restore'
import { automaticBackupDue, backupReminder, backupsToKeep } from './retention'

export interface BackupDone {
  saved: BackupSaveOutcome
  manifest: BuiltBackup['manifest']
  /** names of old automatic copies deleted (desktop) */
  pruned: string[]
  /** browser: the persistent-storage answer asked for after the backup */
  persistence?: PersistenceAnswer
}

export interface BackUpOptions {
  reason: 'manual' | 'automatic'
  /** why a manual backup is made (recorded in the audit log), e.g. '每周备份到U盘' */
  purpose?: string
  appVersion?: string
  onProgress?: (progress: BackupProgress) => void
}

/** The audit entry for a backup that leaves the app, written before the file is built. */
async function recordBackupExport(ctx: UnitContext, how: string, purpose: string | undefined): Promise<void> {
  await audited(ctx, [], async (work) => {
    work.record({
      action: 'export',
      table: 'backup',
      recordId: 'all',
      summary: `${how}全量备份（含完整证件号码）${purpose ? `：${purpose}` : ''}`,
    })
  })
}

/** Records how long a use case took, for the bench (performance exists in browsers and Node). */
async function measured<T>(name: string, run: () => Promise<T>): Promise<T> {
  const start = performance.now()
  try {
    return await run()
  } finally {
    performance.measure(name, { start, end: performance.now() })
  }
}

export function backUpNow(ctx: UnitContext, shelf: BackupShelf, options: BackUpOptions): Promise<BackupDone> {
  return measured('xiangyue:backup', () => backUp(ctx, shelf, options))
}

async function backUp(ctx: UnitContext, shelf: BackupShelf, options: BackUpOptions): Promise<BackupDone> {
  if (!shelf.automatic) await recordBackupExport(ctx, '下载', options.purpose)
  const now = ctx.clock.now()
  const backup = await makeBackup(ctx.db, { now, appVersion: options.appVersion, onProgress: options.onProgress })
  const saved = await shelf.save(backup.name, backup.bytes)
  const done: BackupDone = { saved, manifest: backup.manifest, pruned: [] }
  if (shelf.automatic) {
    const { backups } = await shelf.list()
    const keep = backupsToKeep(backups, now)
    // a failed prune costs disk space, never a backup: report nothing rather than fail the backup
    if (keep.length > 0) done.pruned = await shelf.prune(keep).catch(() => [])
  } else {
    done.persistence = await askPersistentStorage()
  }
  return done
}

export async function automaticBackup(
  ctx: UnitContext,
  shelf: BackupShelf,
  options: { atStartup: boolean; appVersion?: string; onProgress?: (progress: BackupProgress) => void },
): Promise<BackupDone | null> {
  if (!shelf.automatic) return null
  const { lastBackupAt } = await shelf.list()
  if (!automaticBackupDue(lastBackupAt, ctx.clock.now(), options.atStartup)) return null
  return backUpNow(ctx, shelf, { reason: 'automatic', appVersion: options.appVersion, onProgress: options.onProgress })
}

export interface BackupStatus {
  automatic: boolean
  backups: BackupFileInfo[]
  lastBackupAt?: string
  note?: string
  /** browser: the home-screen reminder, or null when the last backup is recent */
  reminder: string | null
}

export async function backupStatus(shelf: BackupShelf, now: Date): Promise<BackupStatus> {
  const listing = await shelf.list()
  return {
    automatic: listing.automatic,
    backups: listing.backups,
    ...(listing.lastBackupAt ? { lastBackupAt: listing.lastBackupAt } : {}),
    ...(listing.note ? { note: listing.note } : {}),
    // desktop backs up by itself; a reminder there would only say the machine was off
    reminder: listing.automatic ? null : backupReminder(listing.lastBackupAt, now),
  }
}

export async function saveBackupCopy(
  ctx: UnitContext,
  saveFile: (bytes: Uint8Array, suggestedName: string, filters?: SaveFilter[]) => Promise<SaveOutcome>,
  options: { purpose?: string; appVersion?: string; onProgress?: (progress: BackupProgress) => void } = {},
): Promise<{ outcome: SaveOutcome; manifest: BuiltBackup['manifest'] }> {
  await recordBackupExport(ctx, '另存', options.purpose)
  const backup = await makeBackup(ctx.db, { now: ctx.clock.now(), appVersion: options.appVersion, onProgress: options.onProgress })
  const outcome = await saveFile(backup.bytes, backup.name, [{ name: '乡约备份', extensions: ['zip'] }])
  return { outcome, manifest: backup.manifest }
}

export function inspectBackupFile(bytes: Uint8Array): Promise<Inspection> {
  return verifyBackup(bytes)
}

export interface RestoreFromBackupOptions {
  confirmVillageName?: string
  anchor?: AuditAnchorStore
  appVersion?: string
  onProgress?: (progress: BackupProgress) => void
}

export function restoreFromBackup(
  ctx: UnitContext,
  shelf: BackupShelf,
  bytes: Uint8Array,
  options: RestoreFromBackupOptions = {},
): Promise<RestoreOutcome> {
  return measured('xiangyue:restore', () => restore(ctx, shelf, bytes, options))
}

async function restore(
  ctx: UnitContext,
  shelf: BackupShelf,
  bytes: Uint8Array,
  options: RestoreFromBackupOptions,
): Promise<RestoreOutcome> {
  const outcome = await restoreBackup(ctx.db, bytes, {
    confirmVillageName: options.confirmVillageName,
    keepSafetyBackup: async (safety) => {
      await shelf.save(safety.name, safety.bytes)
    },
    audit: { actor: ctx.actor },
    now: ctx.clock.now(),
    appVersion: options.appVersion,
    onProgress: options.onProgress,
  })
  if (outcome.ok && options.anchor?.available) {
    const head = await readAuditHead(ctx.db)
    if (head) await options.anchor.write(head)
  }
  return outcome
}
