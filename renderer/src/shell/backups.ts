/**
 * Backups and the audit anchor, as each shell can keep them:
 *  - desktop: the `<userData>/backups/` folder and `<userData>/audit-anchor.json`, through the
 *    contract's channels (main checks every name and size again);
 *  - browser: a backup is a download (the browser decides where it goes, and tells us nothing);
 *    the time of the last one started is remembered in localStorage for the home-screen reminder.
 *    There is no audit anchor: anything a page can keep lives in the same browser profile as
 *    IndexedDB, so whoever can edit one can edit both.
 */
import type { XiangyueApi } from '../../../electron/contract'
import type { AuditAnchorStore, BackupListing, BackupShelf } from './types'

export const BROWSER_NO_LIST_NOTE =
  '浏览器版不能自动保存备份，也看不到已下载的备份：备份以下载的方式保存到浏览器的“下载”文件夹。请定期下载备份，并另存到U盘或其他电脑。'
export const BROWSER_NO_ANCHOR_REASON =
  '浏览器版无法把操作日志的链头另存到数据库以外：网页能保存的一切都与数据库在同一个浏览器配置中。请以桌面版为准，或定期备份。'

const LAST_DOWNLOAD_KEY = 'xiangyue.lastBackupDownload'

export function createDesktopBackups(api: XiangyueApi, call: <T>(run: () => Promise<T>) => Promise<T>): BackupShelf {
  return {
    automatic: true,
    async save(name, bytes) {
      const saved = await call(() => api.saveBackup({ name, bytes }))
      return { kept: 'folder', name: saved.name, size: saved.size }
    },
    async list(): Promise<BackupListing> {
      const backups = await call(() => api.listBackups())
      return { automatic: true, backups, ...(backups[0] ? { lastBackupAt: backups[0].createdAt } : {}) }
    },
    read: (name) => call(() => api.readBackup(name)),
    prune: async (keep) => (await call(() => api.pruneBackups(keep))).deleted,
  }
}

export function createDesktopAuditAnchor(api: XiangyueApi, call: <T>(run: () => Promise<T>) => Promise<T>): AuditAnchorStore {
  return {
    available: true,
    read: () => call(() => api.readAuditAnchor()),
    write: (head) => call(() => api.writeAuditAnchor(head)),
  }
}

/** `download` is the browser shell's own (a Blob and an <a download> click). */
export function createBrowserBackups(download: (bytes: Uint8Array, name: string) => void, storage: Storage | undefined): BackupShelf {
  return {
    automatic: false,
    save(name, bytes) {
      download(bytes, name)
      try {
        storage?.setItem(LAST_DOWNLOAD_KEY, JSON.stringify({ name, at: new Date().toISOString() }))
      } catch {
        // private mode or storage full: the reminder will just come back sooner
      }
      return Promise.resolve({ kept: 'download', name, size: bytes.length })
    },
    list() {
      const last = readLastDownload(storage)
      return Promise.resolve({ automatic: false, backups: [], note: BROWSER_NO_LIST_NOTE, ...(last ? { lastBackupAt: last } : {}) })
    },
    read: () => Promise.reject(new Error('浏览器版无法读取已下载的备份，请用“从备份文件恢复”选择该文件。')),
    prune: () => Promise.resolve([]),
  }
}

function readLastDownload(storage: Storage | undefined): string | undefined {
  try {
    const raw = storage?.getItem(LAST_DOWNLOAD_KEY)
    const at = raw ? (JSON.parse(raw) as { at?: unknown }).at : undefined
    return typeof at === 'string' && !Number.isNaN(Date.parse(at)) ? at : undefined
  } catch {
    return undefined
  }
}

export const browserAuditAnchor: AuditAnchorStore = {
  available: false,
  read: () => Promise.resolve({ state: 'unavailable', reason: BROWSER_NO_ANCHOR_REASON }),
  write: () => Promise.resolve(null),
}
