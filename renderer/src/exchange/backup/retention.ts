/**
 * Backup file names, which copies to keep, and when the next one is due. Pure: the instant is passed in.
 *
 * backupFileName(code, now) → 'xiangyue-backup-411381102203-20261201T0826.zip' (北京时间 in the name,
 *   so the secretary reads the time she knows; 000000000000 before the village is set up).
 * parseBackupFileName(name) → { code, createdAt (ISO UTC, to the minute), copy } or null.
 * backupsToKeep(backups, now) → the names to keep: the newest backup of each of the last 7 days, of
 *   each of the last 4 ISO weeks (Monday to Sunday) and of each of the last 12 calendar months, all
 *   in Beijing time, counting the current day/week/month as the first. Also kept: the newest backup
 *   of all, and any dated after `now` (a clock set wrong must not delete them). Everything else may go.
 * automaticBackupDue(lastAt, now, atStartup) and backupReminder(lastAt, now): see below.
 */
import { addDays, dayNumber, requireIsoDate } from '@/domain/calendar/calendar'
import { beijingDate, formatBeijingDateTime } from '@/domain/calendar/clock'

export const BACKUP_NAME_PATTERN = /^xiangyue-backup-(\d{12})-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(?:-(\d{1,3}))?\.zip$/
export const NO_VILLAGE_CODE = '000000000000'

export const KEEP_DAILY = 7
export const KEEP_WEEKLY = 4
export const KEEP_MONTHLY = 12

const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000

export function backupFileName(code: string | undefined, now: Date, copy?: number): string {
  const date = beijingDate(now).replaceAll('-', '')
  const time = formatBeijingDateTime(now).slice(-5).replace(':', '')
  return `xiangyue-backup-${code && /^\d{12}$/.test(code) ? code : NO_VILLAGE_CODE}-${date}T${time}${copy ? `-${copy}` : ''}.zip`
}

export interface ParsedBackupName {
  code: string
  createdAt: string
  copy: number
}

export function parseBackupFileName(name: string): ParsedBackupName | null {
  const m = BACKUP_NAME_PATTERN.exec(name)
  if (!m) return null
  const [, code, y, mo, d, h, mi, copy] = m
  const [year, month, day, hour, minute] = [y, mo, d, h, mi].map(Number) as [number, number, number, number, number]
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return null
  const utc = Date.UTC(year, month - 1, day, hour, minute) - BEIJING_OFFSET_MS
  const at = new Date(utc)
  // 20260231 rolls over to March in Date.UTC: not a real date, not one of our names
  if (beijingDate(at) !== `${y}-${mo}-${d}`) return null
  return { code: code!, createdAt: at.toISOString(), copy: copy ? Number(copy) : 0 }
}

export interface DatedBackup {
  name: string
  /** ISO-8601 instant */
  createdAt: string
}

/** Monday of the ISO week of a date, as a day number (1970-01-01 was a Thursday). */
function isoWeekOf(date: string): number {
  const n = dayNumber(requireIsoDate(date))
  return n - ((((n + 3) % 7) + 7) % 7)
}

const monthOf = (date: string) => date.slice(0, 7)

function previousMonths(month: string, count: number): string[] {
  let [year, m] = month.split('-').map(Number) as [number, number]
  const months: string[] = []
  for (let i = 0; i < count; i++) {
    months.push(`${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}`)
    if (--m === 0) [year, m] = [year - 1, 12]
  }
  return months
}

export function backupsToKeep(backups: readonly DatedBackup[], now: Date): string[] {
  const valid = backups.filter((b) => !Number.isNaN(Date.parse(b.createdAt)))
  // newest first; in one minute the later copy (-2, -3…) first, then by name: never the listing order
  const copy = (name: string) => parseBackupFileName(name)?.copy ?? 0
  const newestFirst = [...valid].sort(
    (a, b) =>
      Date.parse(b.createdAt) - Date.parse(a.createdAt) || copy(b.name) - copy(a.name) || (a.name < b.name ? 1 : a.name > b.name ? -1 : 0),
  )
  const today = beijingDate(now)
  const days = new Set(Array.from({ length: KEEP_DAILY }, (_, i) => addDays(today, -i)))
  const thisWeek = isoWeekOf(today)
  const weeks = new Set(Array.from({ length: KEEP_WEEKLY }, (_, i) => thisWeek - 7 * i))
  const months = new Set(previousMonths(monthOf(today), KEEP_MONTHLY))

  const keep = new Set<string>()
  const seenDays = new Set<string>()
  const seenWeeks = new Set<number>()
  const seenMonths = new Set<string>()
  if (newestFirst[0]) keep.add(newestFirst[0].name)
  for (const backup of newestFirst) {
    const at = new Date(backup.createdAt)
    if (at.getTime() > now.getTime()) {
      keep.add(backup.name)
      continue
    }
    const day = beijingDate(at)
    const week = isoWeekOf(day)
    const month = monthOf(day)
    if (days.has(day) && !seenDays.has(day)) keep.add(backup.name)
    if (weeks.has(week) && !seenWeeks.has(week)) keep.add(backup.name)
    if (months.has(month) && !seenMonths.has(month)) keep.add(backup.name)
    seenDays.add(day)
    seenWeeks.add(week)
    seenMonths.add(month)
  }
  return newestFirst.filter((b) => keep.has(b.name)).map((b) => b.name)
}

/**
 * Electron's automatic backup: one at start-up (unless one was made in the last hour, e.g. the app
 * was just restarted), and while the app stays open one after each day of use — due as soon as the
 * Beijing date has moved past the last backup's.
 */
export function automaticBackupDue(lastAt: string | undefined, now: Date, atStartup: boolean): boolean {
  if (!lastAt || Number.isNaN(Date.parse(lastAt))) return true
  const last = new Date(lastAt)
  if (atStartup) return now.getTime() - last.getTime() >= 60 * 60 * 1000 || beijingDate(last) !== beijingDate(now)
  return beijingDate(last) < beijingDate(now)
}

export const REMIND_AFTER_DAYS = 7

/**
 * The browser build's home-screen reminder: a plain Chinese sentence when the last backup is more
 * than 7 days old (or there is none), otherwise null. Exactly 7 days is not yet "over 7 days".
 */
export function backupReminder(lastAt: string | undefined, now: Date): string | null {
  if (!lastAt || Number.isNaN(Date.parse(lastAt))) {
    return '还没有备份过本村数据。浏览器中的数据可能因清理浏览器或磁盘空间不足而丢失，请到“设置”下载一份备份，存到U盘。'
  }
  const days = Math.floor((now.getTime() - Date.parse(lastAt)) / (24 * 60 * 60 * 1000))
  const overdue = now.getTime() - Date.parse(lastAt) > REMIND_AFTER_DAYS * 24 * 60 * 60 * 1000
  if (!overdue) return null
  return `上次备份是 ${days} 天前（${formatBeijingDateTime(lastAt)}）。请到“设置”下载一份新的备份，存到U盘。`
}
