/**
 * The renderer's single view of the desktop shell. Views and stores call `getShell()` and never
 * look at `window.xiangyue` or the DOM tricks of the browser fallback themselves.
 */
import type { AuditAnchorHead, AuditAnchorRead, AuditAnchorRecord, BackupFileInfo } from '../../../electron/contract'

export type { AuditAnchorHead, AuditAnchorRead, AuditAnchorRecord, BackupFileInfo }

export interface SaveFilter {
  /** Shown in the dialog, e.g. 'Excel 工作簿'. */
  name: string
  /** Without the dot: ['xlsx']. */
  extensions: string[]
}

export interface SaveOutcome {
  /** False when the user cancelled the save dialog. */
  saved: boolean
  /** Where the file went (desktop only; a browser does not tell). */
  path?: string
}

export interface OpenOptions {
  /** Accepted extensions with the dot, as in <input accept>: ['.xlsx'], ['.zip', '.json']. */
  accept: string[]
  /** Refuse larger files (default 50 MB). */
  maxBytes?: number
}

export interface PickedFile {
  /** Base name only, e.g. '村民名册.xlsx'. */
  name: string
  bytes: Uint8Array
}

export interface Shell {
  kind: 'electron' | 'browser'
  appVersion(): Promise<string>
  /** Asks where to save (desktop) or downloads (browser). Rejects with a Chinese message on failure. */
  saveFile(bytes: Uint8Array, suggestedName: string, filters?: SaveFilter[]): Promise<SaveOutcome>
  /** Resolves null when the user cancels. Rejects with a Chinese message if the file is too large. */
  openFile(options: OpenOptions): Promise<PickedFile | null>
  /** Shows the PDF for printing: a print preview window (desktop) or the browser's print dialog. */
  printPdf(bytes: Uint8Array, title: string): Promise<void>
  /** Where backups are kept: the user-data folder (desktop) or the browser's downloads. */
  backups: BackupShelf
  /** The audit chain head outside IndexedDB (desktop only; see AuditAnchorStore). */
  auditAnchor: AuditAnchorStore
}

/** Where a backup went. */
export type BackupSaveOutcome =
  | { kept: 'folder'; name: string; size: number }
  /** browser: handed to the browser as a download (it does not say where, or whether, it landed) */
  | { kept: 'download'; name: string; size: number }

export interface BackupListing {
  /** true when the app keeps backups itself (desktop); false in a browser */
  automatic: boolean
  /** newest first; always empty in a browser */
  backups: BackupFileInfo[]
  /** the newest backup known: from the folder (desktop) or the last download started (browser), ISO UTC */
  lastBackupAt?: string
  /** why the list is empty or partial, in Chinese (browser) */
  note?: string
}

export interface BackupShelf {
  readonly automatic: boolean
  /** Keeps a backup under `name` (desktop: may come back as name-2 when taken). */
  save(name: string, bytes: Uint8Array): Promise<BackupSaveOutcome>
  list(): Promise<BackupListing>
  /** Desktop only; a browser rejects with the reason (open the downloaded file instead). */
  read(name: string): Promise<Uint8Array>
  /** Deletes kept copies not in `keep` (desktop); nothing to do in a browser. Resolves the names deleted. */
  prune(keep: string[]): Promise<string[]>
}

/** Unavailable in a browser: anything there is kept in the same profile as IndexedDB, so it proves nothing. */
export type AuditAnchorReadResult = AuditAnchorRead | { state: 'unavailable'; reason: string }

export interface AuditAnchorStore {
  readonly available: boolean
  read(): Promise<AuditAnchorReadResult>
  /** Resolves null where there is nowhere to write it (browser). */
  write(head: AuditAnchorHead): Promise<AuditAnchorRecord | null>
}

export const DEFAULT_MAX_OPEN_BYTES = 50 * 1024 * 1024
