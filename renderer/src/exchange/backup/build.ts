/**
 * makeBackup(db, options) → { name, bytes, manifest }: a full backup of the database (format.ts).
 *
 * Input: an open XiangyueDb; options.now (the instant recorded and used in the file name, default the
 * current time), options.appVersion, options.onProgress. Output: the file name
 * (xiangyue-backup-<区划代码>-<北京时间 YYYYMMDDTHHmm>.zip, retention.ts), the zip bytes and the manifest.
 *
 * Every table is read in one read transaction, so the backup is one consistent moment even while
 * the app keeps writing. Table dumps are deflated; attachments (PDFs, photos: compressed already)
 * are stored as they are, which keeps a large village's backup to seconds on a weak PC.
 */
import { zipSync, strToU8, type Zippable } from 'fflate'
import { sha256OfBytes } from '@/domain/evidence/hash'
import type { AuditHead } from '@/db/audit/chain'
import { VILLAGE_KEY } from '@/db/repositories/village'
import type { XiangyueDb } from '@/db/schema'
import type { VillageProfile } from '@/domain/village/profile'
import { encodeRow, keyText, primaryKeyPath, readAllTables, tablesAt } from './dump'
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  MANIFEST_PATH,
  tablePartPath,
  type BackupManifest,
  type BackupPart,
  villageFromProfile,
} from './format'
import { backupFileName } from './retention'
import { yieldToScreen, type BackupProgress } from './progress'

export interface MakeBackupOptions {
  now?: Date
  appVersion?: string
  onProgress?: (progress: BackupProgress) => void
}

export interface BuiltBackup {
  name: string
  bytes: Uint8Array
  manifest: BackupManifest
}

/** the settings key of the audit head (db/audit/log.ts keeps it private) */
const AUDIT_HEAD_KEY = 'auditHead'

export async function makeBackup(db: XiangyueDb, options: MakeBackupOptions = {}): Promise<BuiltBackup> {
  const now = options.now ?? new Date()
  const progress = options.onProgress ?? (() => {})
  progress({ phase: 'read', done: 0, total: 1, message: '正在读取数据…' })
  if (!db.isOpen()) await db.open()
  const version = db.verno
  const declared = tablesAt(version)
  const tables = await readAllTables(db)
  await yieldToScreen()

  const settings = tables.find((t) => t.name === 'settings')?.rows as { key: string; value: unknown }[] | undefined
  const village = villageFromProfile(settings?.find((r) => r.key === VILLAGE_KEY)?.value as VillageProfile | undefined)
  const head = settings?.find((r) => r.key === AUDIT_HEAD_KEY)?.value as AuditHead | undefined

  const zippable: Zippable = {}
  const parts: BackupPart[] = []
  const addPart = (path: string, bytes: Uint8Array, level: 0 | 6) => {
    zippable[path] = [bytes, { level }]
    parts.push({ path, size: bytes.length, sha256: sha256OfBytes(bytes) })
  }

  const manifestTables: BackupManifest['tables'] = []
  const counts: Record<string, number> = {}
  let done = 0
  for (const { name, rows } of tables) {
    progress({ phase: 'encode', done, total: tables.length, message: `正在整理：${name}` })
    const stores = declared[name]
    if (stores === undefined) throw new Error(`程序错误：数据库中的表 ${name} 不在第 ${version} 版的表结构中`)
    const keyPath = primaryKeyPath(stores)
    const lines = rows.map((row) => {
      const key = keyText((row as Record<string, unknown>)[keyPath])
      return encodeRow(name, key, row, (path, bytes) => addPart(path, bytes, 0))
    })
    const part = tablePartPath(name)
    addPart(part, strToU8(lines.join('\n')), 6)
    manifestTables.push({ name, schema: stores, rowCount: rows.length, part })
    counts[name] = rows.length
    done++
    await yieldToScreen()
  }

  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    schemaVersion: version,
    databaseName: db.name,
    createdAt: now.toISOString(),
    ...(options.appVersion ? { appVersion: options.appVersion } : {}),
    village,
    auditHead: head ? { seq: head.seq, hash: head.hash } : null,
    counts,
    tables: manifestTables,
    parts,
  }
  zippable[MANIFEST_PATH] = [strToU8(JSON.stringify(manifest, null, 2)), { level: 6 }]

  progress({ phase: 'compress', done: 0, total: 1, message: '正在压缩…' })
  const bytes = zipSync(zippable, { mtime: now })
  progress({ phase: 'done', done: 1, total: 1, message: '备份已生成' })
  return { name: backupFileName(village?.code, now), bytes, manifest }
}
