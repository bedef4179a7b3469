/**
 * The automatic backups folder, `<userData>/backups/`: save, list, read and prune, nothing else.
 * Electron-free (the directory is passed in) so it is tested on a temporary directory.
 *
 * Names reach this module only after the IPC schema checked them against BACKUP_NAME; they are
 * checked again here, and joined to the folder with path.join only then. A save never overwrites:
 * the bytes go to a temporary file first and are renamed to a free name, so a crash mid-write leaves
 * no half backup under a backup's name.
 */
import { randomUUID } from 'node:crypto'
import { mkdir, open, readdir, rename, stat, unlink, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { BackupFileInfo, PruneBackupsResult, SaveBackupRequest, SavedBackup } from '../../contract'
import { backupCreatedAt, freeBackupName, isBackupName, MAX_BACKUP_BYTES, planPrune, sortNewestFirst } from './names'

const PARTIAL_PREFIX = '.partial-'

export class BackupFolder {
  constructor(readonly directory: string) {}

  async save(request: SaveBackupRequest): Promise<SavedBackup> {
    requireBackupName(request.name)
    if (request.bytes.byteLength > MAX_BACKUP_BYTES) throw new Error('备份文件过大，未保存')
    await this.ensure()
    const partial = path.join(this.directory, `${PARTIAL_PREFIX}${randomUUID()}`)
    try {
      await writeFile(partial, request.bytes, { flag: 'wx', mode: 0o600 })
      const name = freeBackupName(request.name, new Set(await readdir(this.directory)))
      await rename(partial, path.join(this.directory, name))
      return { name, size: request.bytes.byteLength }
    } catch (error) {
      await unlink(partial).catch(() => {})
      throw new Error(`无法保存备份到备份文件夹：${describeFsError(error)}`, { cause: error })
    }
  }

  async list(): Promise<BackupFileInfo[]> {
    let names: string[]
    try {
      names = await readdir(this.directory)
    } catch (error) {
      if (isErrno(error, 'ENOENT')) return []
      throw new Error(`无法读取备份文件夹：${describeFsError(error)}`, { cause: error })
    }
    const infos: BackupFileInfo[] = []
    for (const name of names) {
      const createdAt = backupCreatedAt(name)
      if (createdAt === null) continue
      const info = await stat(path.join(this.directory, name)).catch(() => null)
      if (info?.isFile()) infos.push({ name, size: info.size, createdAt })
    }
    return sortNewestFirst(infos)
  }

  async read(name: string): Promise<Uint8Array> {
    requireBackupName(name)
    let handle
    try {
      handle = await open(path.join(this.directory, name), 'r')
    } catch (error) {
      if (isErrno(error, 'ENOENT')) throw new Error(`找不到备份“${name}”（可能已被删除）`, { cause: error })
      throw new Error(`无法打开备份“${name}”：${describeFsError(error)}`, { cause: error })
    }
    try {
      const { size } = await handle.stat()
      if (size > MAX_BACKUP_BYTES) throw new Error(`备份“${name}”超过 512 MB，不是乡约写的备份`)
      // read at most one byte past the size seen: a file growing meanwhile cannot fill memory
      const buffer = new Uint8Array(size + 1)
      let filled = 0
      while (filled < buffer.byteLength) {
        const { bytesRead } = await handle.read(buffer, filled, buffer.byteLength - filled, filled)
        if (bytesRead === 0) break
        filled += bytesRead
      }
      if (filled > size) throw new Error(`备份“${name}”在读取时发生了变化，请重试`)
      return buffer.slice(0, filled)
    } finally {
      await handle.close()
    }
  }

  async prune(keep: readonly string[]): Promise<PruneBackupsResult> {
    const doomed = planPrune(
      (await this.list()).map((b) => b.name),
      keep,
    )
    const deleted: string[] = []
    for (const name of doomed) {
      try {
        await unlink(path.join(this.directory, name))
        deleted.push(name)
      } catch (error) {
        if (!isErrno(error, 'ENOENT')) console.warn(`[backups] 无法删除旧备份 ${name}：${describeFsError(error)}`)
      }
    }
    return { deleted }
  }

  private async ensure(): Promise<void> {
    await mkdir(this.directory, { recursive: true, mode: 0o700 })
  }
}

function requireBackupName(name: string): void {
  // the IPC schema has checked it; a second look costs nothing and keeps this module safe on its own
  if (!isBackupName(name) || path.basename(name) !== name) throw new Error(`备份文件名不合规：${name.slice(0, 80)}`)
}

export function isErrno(error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === code
}

export function describeFsError(error: unknown): string {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined
  switch (code) {
    case 'ENOSPC':
      return '磁盘空间不足'
    case 'EACCES':
    case 'EPERM':
      return '没有写入权限'
    case 'EROFS':
      return '磁盘是只读的'
    default:
      return error instanceof Error ? error.message : String(error)
  }
}
