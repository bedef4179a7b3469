/**
 * Backup file names and the prune plan, as pure functions (unit-tested without Electron or a disk).
 *
 * The pattern is the renderer's (renderer/src/exchange/backup/retention.ts, BACKUP_NAME_PATTERN),
 * repeated here on purpose: main trusts nothing the renderer sends, and a test checks the two agree.
 * It admits only [a-z0-9-.] in a fixed shape, so no separator, '..', drive letter, device name or
 * bidi character can ever pass.
 */

export const BACKUPS_DIR_NAME = 'backups'

const MiB = 1024 * 1024
/** Largest backup main writes or reads (the whole file crosses IPC in one message). */
export const MAX_BACKUP_BYTES = 512 * MiB
/** How many copies of one minute's name (-2 … -99) before saving gives up. */
export const MAX_COPIES = 99

export const BACKUP_NAME = /^xiangyue-backup-(\d{12})-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(?:-(\d{1,3}))?\.zip$/

const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000

/** The instant (ISO UTC) a backup name carries, or null when the name is not a backup's. */
export function backupCreatedAt(name: string): string | null {
  const m = BACKUP_NAME.exec(name)
  if (!m) return null
  const [year, month, day, hour, minute] = m.slice(2, 7).map(Number) as [number, number, number, number, number]
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59) return null
  const at = new Date(Date.UTC(year, month - 1, day, hour, minute) - BEIJING_OFFSET_MS)
  const wall = new Date(at.getTime() + BEIJING_OFFSET_MS)
  if (wall.getUTCMonth() !== month - 1 || wall.getUTCDate() !== day) return null
  return at.toISOString()
}

export function isBackupName(name: string): boolean {
  return backupCreatedAt(name) !== null
}

/** The name to save under: `name` if free, else name-2, name-3… (the copy number replaced, not appended). */
export function freeBackupName(name: string, taken: ReadonlySet<string>): string {
  if (!taken.has(name)) return name
  const base = name.replace(/(?:-\d{1,3})?\.zip$/, '')
  for (let copy = 2; copy <= MAX_COPIES; copy++) {
    const candidate = `${base}-${copy}.zip`
    if (!taken.has(candidate)) return candidate
  }
  throw new Error('同一分钟内的备份过多，未保存')
}

/** The copy number in a name: 0 for none, 2 for …-2.zip. */
export function copyNumber(name: string): number {
  return Number(BACKUP_NAME.exec(name)?.[7] ?? 0)
}

/** Newest first by the instant in the name, then the later copy of one minute first, then by name. */
export function sortNewestFirst<T extends { name: string; createdAt: string }>(backups: readonly T[]): T[] {
  return [...backups].sort((a, b) => {
    if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? 1 : -1
    return copyNumber(b.name) - copyNumber(a.name) || (a.name < b.name ? 1 : a.name > b.name ? -1 : 0)
  })
}

/**
 * What a prune may delete: backups not in `keep`. Refused (throws, Chinese) when `keep` names no
 * existing backup — a renderer bug must not empty the folder; the newest backup is always kept.
 */
export function planPrune(existing: readonly string[], keep: readonly string[]): string[] {
  const backups = sortNewestFirst(existing.flatMap((name) => (isBackupName(name) ? [{ name, createdAt: backupCreatedAt(name)! }] : [])))
  const keepSet = new Set(keep)
  if (!backups.some((b) => keepSet.has(b.name))) throw new Error('要保留的备份一个都不在备份文件夹中，为免误删，未删除任何备份')
  const newest = backups[0]?.name
  return backups.filter((b) => !keepSet.has(b.name) && b.name !== newest).map((b) => b.name)
}
