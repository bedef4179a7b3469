/**
 * The home screen's backup reminder, without the backup code: homeBackupReminder(shelf, now) →
 * the sentence (“上次备份是 8 天前……”) or null.
 *
 * The rule is exchange/backup/retention.ts backupReminder; the desktop backs up by itself and never
 * reminds (as exchange/backup/useCases.ts backupStatus says). Here so the home screen need not load
 * the backup format (zip, zod) before it is ready: only the listing of the kept backups is read.
 */
import { backupReminder } from '@/exchange/backup/retention'
import type { BackupShelf } from '@/shell/types'

export async function homeBackupReminder(shelf: Pick<BackupShelf, 'list'>, now: Date): Promise<string | null> {
  const listing = await shelf.list()
  return listing.automatic ? null : backupReminder(listing.lastBackupAt, now)
}
