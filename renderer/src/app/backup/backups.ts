/**
 * 数据备份 for the 设置 panel: the backup use cases of exchange/backup/useCases.ts, bound to the
 * shell (where backups are kept, the save and open dialogs, the audit anchor) and worded for the screen.
 *
 * backupOverview(shell, now) → BackupOverview: when the last backup was made (Beijing time, or
 *   '还没有备份过'), the kept copies (desktop) or the browser's note, and the reminder.
 * backUpFromPanel(ctx, shell, { onProgress }) → { done, message }: desktop keeps a copy in the
 *   user-data folder; the browser downloads it (and asks for persistent storage again).
 * saveBackupToDrive(ctx, shell, { onProgress }) → { saved, message }: desktop "另存到U盘" (save dialog).
 * openBackupFile(ctx, shell) → OpenedBackup | null (cancelled): the picked .zip, verified
 *   (inspectBackupFile), with how its village compares with this machine's (villageMatch).
 * openKeptBackup(ctx, shell, name) → OpenedBackup: the same for a copy in the desktop's folder.
 * restoreFromFile(ctx, shell, bytes, { confirmVillageName, onProgress }) → RestoreOutcome
 *   (all or nothing; refusals are plain Chinese and leave the database as it was). After `ok`, the
 *   caller reloads the window so every store drops the data it had cached.
 * countsForScreen(summary) → [{ table, label, count }] in the order a secretary thinks of them, every
 *   table in Chinese, empty ones left out (户 and 村民 always shown), 设置 left out.
 * villageMatch(current, backup) → 'same' | 'other' | 'backup-without-village' | 'nothing-here':
 *   the rule restore.ts applies, so the dialog asks for the typed village name exactly when the
 *   restore would.
 */
import { loadVillageProfile } from '@/db/repositories/village'
import { formatBeijingDateTime } from '@/domain/calendar/clock'
import { BACKUP_LIMITS, tableLabel, villageFromProfile, type BackupVillage } from '@/exchange/backup/format'
import type { BackupSummary, Inspection } from '@/exchange/backup/inspect'
import type { BackupProgress } from '@/exchange/backup/progress'
import type { RestoreOutcome } from '@/exchange/backup/restore'
import { backupStatus, backUpNow, inspectBackupFile, restoreFromBackup, saveBackupCopy, type BackupDone } from '@/exchange/backup/useCases'
import type { Shell } from '@/shell/types'
import type { AppContext } from '../context'

export type { BackupProgress, BackupDone, RestoreOutcome, Inspection }

export type BackupShell = Pick<Shell, 'kind' | 'appVersion' | 'saveFile' | 'openFile' | 'backups' | 'auditAnchor'>

export interface KeptBackupRow {
  name: string
  sizeText: string
  createdAt: string
  createdAtText: string
}

export interface BackupOverview {
  automatic: boolean
  lastBackupAt?: string
  /** '2026年12月1日 08:26（北京时间）', or that there is none yet */
  lastBackupText: string
  backups: KeptBackupRow[]
  note?: string
  reminder: string | null
}

const NO_BACKUP_YET = '还没有备份过'

export const beijingText = (iso: string): string => `${formatBeijingDateTime(iso)}（北京时间）`

export function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} 字节`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

export async function backupOverview(shell: Pick<Shell, 'backups'>, now: Date): Promise<BackupOverview> {
  const status = await backupStatus(shell.backups, now)
  return {
    automatic: status.automatic,
    ...(status.lastBackupAt ? { lastBackupAt: status.lastBackupAt } : {}),
    lastBackupText: status.lastBackupAt ? beijingText(status.lastBackupAt) : NO_BACKUP_YET,
    backups: status.backups.map((b) => ({
      name: b.name,
      sizeText: sizeText(b.size),
      createdAt: b.createdAt,
      createdAtText: beijingText(b.createdAt),
    })),
    ...(status.note ? { note: status.note } : {}),
    reminder: status.reminder,
  }
}

export async function backUpFromPanel(
  ctx: AppContext,
  shell: BackupShell,
  options: { onProgress?: (p: BackupProgress) => void } = {},
): Promise<{ done: BackupDone; message: string }> {
  const done = await backUpNow(ctx, shell.backups, {
    reason: 'manual',
    appVersion: await shell.appVersion(),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  })
  const size = sizeText(done.saved.size)
  const message =
    done.saved.kept === 'folder'
      ? `已备份：${done.saved.name}（${size}），保存在本机乡约的备份文件夹中。`
      : `已开始下载备份文件 ${done.saved.name}（${size}），请在浏览器的“下载”中找到它，并另存到U盘。`
  return { done, message }
}

export async function saveBackupToDrive(
  ctx: AppContext,
  shell: BackupShell,
  options: { onProgress?: (p: BackupProgress) => void } = {},
): Promise<{ saved: boolean; message: string }> {
  const { outcome } = await saveBackupCopy(ctx, (bytes, name, filters) => shell.saveFile(bytes, name, filters), {
    purpose: '另存到U盘或其他位置',
    appVersion: await shell.appVersion(),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  })
  if (!outcome.saved) return { saved: false, message: '已取消另存。' }
  return { saved: true, message: outcome.path ? `备份已另存到 ${outcome.path}` : '备份文件已另存。' }
}

export type VillageMatch = 'same' | 'other' | 'backup-without-village' | 'nothing-here'

const NO_CODE = '000000000000'

/** Same rule as restore.ts: the same 12-digit code (a renamed village keeps it), or with no code, the same name. */
export function villageMatch(current: BackupVillage | null, backup: BackupVillage | null): VillageMatch {
  if (current === null) return 'nothing-here'
  if (backup === null) return 'backup-without-village'
  if (current.code !== NO_CODE || backup.code !== NO_CODE) return current.code === backup.code ? 'same' : 'other'
  return current.name === backup.name ? 'same' : 'other'
}

export interface OpenedBackup {
  fileName: string
  bytes: Uint8Array
  inspection: Inspection
  /** this machine's village, as the backup would name it */
  current: BackupVillage | null
  match: VillageMatch | null
}

async function opened(ctx: AppContext, fileName: string, bytes: Uint8Array): Promise<OpenedBackup> {
  const inspection = await inspectBackupFile(bytes)
  const current = villageFromProfile(await loadVillageProfile(ctx.db))
  return { fileName, bytes, inspection, current, match: inspection.ok ? villageMatch(current, inspection.summary.village) : null }
}

export async function openBackupFile(ctx: AppContext, shell: BackupShell): Promise<OpenedBackup | null> {
  const picked = await shell.openFile({ accept: ['.zip'], maxBytes: BACKUP_LIMITS.maxFileBytes })
  if (!picked) return null
  return opened(ctx, picked.name, picked.bytes)
}

export async function openKeptBackup(ctx: AppContext, shell: BackupShell, name: string): Promise<OpenedBackup> {
  return opened(ctx, name, await shell.backups.read(name))
}

export async function restoreFromFile(
  ctx: AppContext,
  shell: BackupShell,
  bytes: Uint8Array,
  options: { confirmVillageName?: string; onProgress?: (p: BackupProgress) => void } = {},
): Promise<RestoreOutcome> {
  return restoreFromBackup(ctx, shell.backups, bytes, {
    ...(options.confirmVillageName ? { confirmVillageName: options.confirmVillageName.trim() } : {}),
    anchor: shell.auditAnchor,
    appVersion: await shell.appVersion(),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  })
}

const SCREEN_ORDER = ['households', 'villagers', 'grids', 'notices', 'noticeFiles', 'matters', 'meetings', 'compacts', 'cases', 'auditLog']
const ALWAYS_SHOWN = new Set(['households', 'villagers'])

export function countsForScreen(summary: Pick<BackupSummary, 'counts'>): { table: string; label: string; count: number }[] {
  const rank = (table: string) => (SCREEN_ORDER.includes(table) ? SCREEN_ORDER.indexOf(table) : SCREEN_ORDER.length)
  return summary.counts
    .filter((c) => c.table !== 'settings' && (c.count > 0 || ALWAYS_SHOWN.has(c.table)))
    .map((c) => ({ table: c.table, label: tableLabel(c.table), count: c.count }))
    .sort((a, b) => rank(a.table) - rank(b.table))
}
