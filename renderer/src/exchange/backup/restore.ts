/**
 * restoreBackup(db, bytes, options) → RestoreOutcome: replaces the whole database with a backup,
 * all or nothing.
 *
 * Input: the open database, the backup file's bytes, and options:
 *   confirmVillageName — needed only when the backup is of another village than the one on this
 *     machine: it must equal the backup's village name exactly (the secretary types it);
 *   keepSafetyBackup(backup) — called with the automatic backup of the current data before anything
 *     is replaced (save it to the backups folder, or offer it as a download); if it throws, nothing
 *     is restored;
 *   audit { actor } — when given, the restore is recorded as one entry at the end of the restored
 *     chain, naming the backup and the safety copy (the unit of work cannot do it: a restore replaces
 *     the audit log itself);
 *   now, appVersion, onProgress.
 * Output: { ok: true, summary, safetyBackup } or { ok: false, reason (Chinese), needsVillageConfirmation? ,
 *   safetyBackup? }. On every refusal and every failure the database is exactly as it was.
 *
 * Order: verify the whole file (inspect.ts's verifyBackup) → check the village → back up the current data → one
 * Dexie 'rw' transaction over every table: check nobody wrote since the safety backup, clear every
 * table, write every row, check the counts, append the audit entry. Any error aborts the
 * transaction, and IndexedDB rolls all of it back.
 *
 * A backup of an older schema version is first written into a temporary database opened at that
 * version, which is then opened at this app's version so db/schemaVersions.ts's own upgrade functions run,
 * and the upgraded rows are what is restored. A newer version is refused (inspect.ts).
 */
import Dexie from 'dexie'
import { appendAuditBatch } from '@/db/audit/log'
import { loadVillageProfile } from '@/db/repositories/village'
import { XiangyueDb } from '@/db/schema'
import type { AuditHead } from '@/db/audit/chain'
import { makeBackup, type BuiltBackup } from './build'
import { readAllTables, type TableRows } from './dump'
import { tableLabel, villageFromProfile, type BackupVillage } from './format'
import { verifyBackup, type BackupContents, type BackupSummary } from './inspect'
import { yieldToScreen, type BackupProgress } from './progress'

export interface RestoreOptions {
  confirmVillageName?: string
  keepSafetyBackup?: (backup: BuiltBackup) => Promise<void> | void
  audit?: { actor: string }
  now?: Date
  appVersion?: string
  onProgress?: (progress: BackupProgress) => void
}

export type RestoreOutcome =
  | { ok: true; summary: BackupSummary; safetyBackup: BuiltBackup }
  | { ok: false; reason: string; needsVillageConfirmation?: boolean; safetyBackup?: BuiltBackup }

class ChangedMeanwhile extends Error {}

export async function restoreBackup(db: XiangyueDb, bytes: Uint8Array, options: RestoreOptions = {}): Promise<RestoreOutcome> {
  const progress = options.onProgress ?? (() => {})
  progress({ phase: 'verify', done: 0, total: 1, message: '正在核对备份文件…' })
  await yieldToScreen()
  const inspection = await verifyBackup(bytes)
  if (!inspection.ok) return { ok: false, reason: `未恢复：${inspection.reason}` }
  const { summary, contents } = inspection
  if (!db.isOpen()) await db.open()

  const current = villageFromProfile(await loadVillageProfile(db))
  const villageRefusal = checkVillage(current, summary.village, options.confirmVillageName)
  if (villageRefusal) return { ok: false, ...villageRefusal }

  let rows: TableRows[]
  try {
    rows = contents.manifest.schemaVersion === db.verno ? contents.tables : await upgradeRows(contents, db)
  } catch (error) {
    return { ok: false, reason: `未恢复：备份的数据无法升级到本软件的数据结构（${messageOf(error)}）` }
  }

  progress({ phase: 'safety-backup', done: 0, total: 1, message: '正在先备份当前数据…' })
  let safetyBackup: BuiltBackup
  try {
    safetyBackup = await makeBackup(db, {
      now: options.now,
      appVersion: options.appVersion,
      onProgress: (p) => progress({ ...p, phase: 'safety-backup', message: `正在先备份当前数据：${p.message}` }),
    })
    await options.keepSafetyBackup?.(safetyBackup)
  } catch (error) {
    return { ok: false, reason: `未恢复：恢复前无法先备份当前数据（${messageOf(error)}），为免丢失，没有做任何改动` }
  }

  progress({ phase: 'write', done: 0, total: rows.length, message: '正在写入备份中的数据…' })
  try {
    await replaceEverything(db, rows, safetyBackup.manifest.auditHead, summary, safetyBackup, options, progress)
  } catch (error) {
    const reason =
      error instanceof ChangedMeanwhile
        ? '未恢复：恢复期间数据被修改（可能在另一个窗口），数据保持原样，请关闭其他窗口后重试'
        : `恢复失败，数据保持恢复前的样子（${messageOf(error)}）`
    return { ok: false, reason, safetyBackup }
  }
  progress({ phase: 'done', done: 1, total: 1, message: '恢复完成' })
  return { ok: true, summary, safetyBackup }
}

/** Same village: the same 12-digit code (a renamed village keeps its code), or, with no code, the same name. */
function sameVillage(a: BackupVillage, b: BackupVillage): boolean {
  const noCode = '000000000000'
  if (a.code !== noCode || b.code !== noCode) return a.code === b.code
  return a.name === b.name
}

function checkVillage(
  current: BackupVillage | null,
  backup: BackupVillage | null,
  confirmVillageName: string | undefined,
): { reason: string; needsVillageConfirmation?: boolean } | null {
  // A machine not set up yet holds no village to mix up.
  if (current === null) return null
  if (backup === null) {
    return { reason: `未恢复：这个备份里没有村情设置（是尚未设置村庄时的备份），恢复会清除“${current.name}”的全部数据` }
  }
  if (sameVillage(current, backup) || confirmVillageName === backup.name) return null
  return {
    reason:
      `这个备份属于“${backup.name}”（区划代码 ${backup.code}），本机的数据是“${current.name}”（${current.code}）。` +
      `恢复将用“${backup.name}”的数据替换本机全部数据。如确要这样做，请输入备份中的村名“${backup.name}”确认。`,
    needsVillageConfirmation: true,
  }
}

const sameHead = (a: AuditHead | null | undefined, b: AuditHead | null | undefined) =>
  (a?.seq ?? null) === (b?.seq ?? null) && (a?.hash ?? null) === (b?.hash ?? null)

async function replaceEverything(
  db: XiangyueDb,
  rows: TableRows[],
  headBefore: AuditHead | null,
  summary: BackupSummary,
  safety: BuiltBackup,
  options: RestoreOptions,
  progress: (p: BackupProgress) => void,
): Promise<void> {
  const now = options.now ?? new Date()
  await db.transaction('rw', db.tables, async () => {
    const head = (await db.settings.get('auditHead'))?.value as AuditHead | undefined
    if (!sameHead(head, headBefore)) throw new ChangedMeanwhile()
    await Promise.all(db.tables.map((t) => t.clear()))
    let done = 0
    for (const { name, rows: tableRows } of rows) {
      progress({ phase: 'write', done, total: rows.length, message: `正在写入：${tableLabel(name)}（${tableRows.length} 条）` })
      await db.table(name).bulkAdd(tableRows)
      const count = await db.table(name).count()
      if (count !== tableRows.length) throw new Error(`“${tableLabel(name)}”写入后有 ${count} 条，应为 ${tableRows.length} 条`)
      done++
    }
    if (options.audit) {
      const counts = summary.counts.filter((c) => c.count > 0).map((c) => `${c.label} ${c.count} 条`)
      await appendAuditBatch(
        db,
        [
          {
            actor: options.audit.actor,
            action: 'import',
            table: 'backup',
            recordId: summary.createdAt,
            summary: `从备份恢复全部数据：${summary.village?.name ?? '未设置村庄'} ${summary.createdAtText} 的备份（${counts.join('、')}）；恢复前的数据已另存为 ${safety.name}`,
            before: { backup: safety.name, auditHead: safety.manifest.auditHead, counts: safety.manifest.counts },
            after: {
              createdAt: summary.createdAt,
              auditHead: summary.auditHead,
              counts: Object.fromEntries(summary.counts.map((c) => [c.table, c.count])),
            },
          },
        ],
        now,
      )
    }
  })
}

/**
 * An older backup: written into a temporary database at its own version, reopened at the target
 * version (running the upgrades of db/schemaVersions.ts), read back. The temporary database is always deleted.
 */
async function upgradeRows(contents: BackupContents, target: XiangyueDb): Promise<TableRows[]> {
  const name = `${target.name}-restore-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`
  try {
    const old = new XiangyueDb(name, contents.manifest.schemaVersion)
    await old.open()
    await old.transaction('rw', old.tables, async () => {
      for (const { name: table, rows } of contents.tables) await old.table(table).bulkAdd(rows)
    })
    old.close()
    const upgraded = new XiangyueDb(name, target.verno)
    await upgraded.open()
    const rows = await readAllTables(upgraded)
    upgraded.close()
    return rows
  } finally {
    await Dexie.delete(name)
  }
}

function messageOf(error: unknown): string {
  if (error instanceof Dexie.DexieError)
    return error.inner instanceof Error ? `${error.name}：${error.inner.message}` : `${error.name}：${error.message}`
  return error instanceof Error ? error.message : String(error)
}
