/**
 * The renderer's one way to the desktop shell: `getShell()`.
 * Inside Electron the preload has exposed `window.xiangyue`; anywhere else the browser fallback
 * does the same jobs with web APIs. The choice is made once and cached.
 */
import { createBrowserShell } from './browser'
import { createElectronShell } from './desktop'
import type { Shell } from './types'

export type {
  AuditAnchorHead,
  AuditAnchorReadResult,
  AuditAnchorRecord,
  AuditAnchorStore,
  BackupFileInfo,
  BackupListing,
  BackupSaveOutcome,
  BackupShelf,
  OpenOptions,
  PickedFile,
  SaveFilter,
  SaveOutcome,
  Shell,
} from './types'
export { DEFAULT_MAX_OPEN_BYTES } from './types'

let shell: Shell | null = null

export function getShell(): Shell {
  shell ??= typeof window !== 'undefined' && window.xiangyue !== undefined ? createElectronShell(window.xiangyue) : createBrowserShell()
  return shell
}
