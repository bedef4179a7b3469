/**
 * The start-up hook for automatic backups (desktop; in a browser automaticBackup returns null).
 *
 * startAutomaticBackups({ shell, context, whenIdle?, checkEveryMs?, log? }) → { stop, first }
 *   Waits until the first screen is interactive (whenIdle: requestIdleCallback, or a timeout), then
 *   makes the start-up backup if it is due; afterwards checks every hour (checkEveryMs) and backs up
 *   once the Beijing day has changed ("after each day of use"). Nothing is backed up before the
 *   village is set up (an empty database has nothing to lose, and its file would carry no village
 *   code). Never throws: a failure is logged and the next check tries again. Two checks never overlap.
 *   `first` resolves with the start-up backup (or null when none was due or it failed), for tests.
 */
import { loadVillageProfile } from '@/db/repositories/village'
import { automaticBackup, type BackupDone } from '@/exchange/backup/useCases'
import type { Shell } from '@/shell/types'
import type { AppContext } from '../context'

export interface AutomaticBackupOptions {
  shell: Pick<Shell, 'backups' | 'appVersion'>
  context: () => AppContext
  /** runs its argument once the window is idle (default: requestIdleCallback, at most 5 s, or setTimeout) */
  whenIdle?: (run: () => void) => void
  checkEveryMs?: number
  log?: (message: string, error?: unknown) => void
}

export interface AutomaticBackups {
  stop(): void
  first: Promise<BackupDone | null>
}

export const CHECK_EVERY_MS = 60 * 60 * 1000

function defaultWhenIdle(run: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 5000 })
  else setTimeout(run, 2000)
}

export function startAutomaticBackups(options: AutomaticBackupOptions): AutomaticBackups {
  const log = options.log ?? ((message, error) => console.warn(message, error))
  let running = false
  let stopped = false
  let timer: ReturnType<typeof setInterval> | undefined

  async function check(atStartup: boolean): Promise<BackupDone | null> {
    if (running || stopped || !options.shell.backups.automatic) return null
    running = true
    try {
      const ctx = options.context()
      if (!(await loadVillageProfile(ctx.db))) return null
      return await automaticBackup(ctx, options.shell.backups, { atStartup, appVersion: await options.shell.appVersion() })
    } catch (error) {
      log('自动备份失败，将在下次检查时重试', error)
      return null
    } finally {
      running = false
    }
  }

  const first = new Promise<BackupDone | null>((resolve) => {
    ;(options.whenIdle ?? defaultWhenIdle)(() => {
      void check(true).then(resolve)
      if (!stopped && options.shell.backups.automatic) timer = setInterval(() => void check(false), options.checkEveryMs ?? CHECK_EVERY_MS)
    })
  })

  return {
    first,
    stop() {
      stopped = true
      if (timer !== undefined) clearInterval(timer)
    },
  }
}
