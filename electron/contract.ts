/**
 * THE typed IPC contract between the renderer (through the preload's `window.xiangyue`) and the
 * main process. Shared by electron/main, electron/preload and renderer/src/shell.
 *
 * This file must stay free of runtime imports: the sandboxed preload bundles it, and the renderer
 * imports it type-only. Its only runtime value is the channel-name table below.
 *
 * Shape (after Actual Budget's `Handlers`): `XiangyueApi` is the single source of truth; every
 * other type here is derived from it, so adding a method without a channel, a handler or a schema
 * is a compile error somewhere.
 */

/** A file-type filter for native dialogs, Electron style: extensions without the dot. */
export interface FileFilter {
  /** Shown to the user, e.g. 'Excel 工作簿'. */
  name: string
  /** e.g. ['xlsx']; ['*'] means any file. */
  extensions: string[]
}

export interface SaveFileRequest {
  bytes: Uint8Array
  /** A bare file name (no directory part), e.g. '村规民约_2024.pdf'. */
  suggestedName: string
  filters?: FileFilter[]
}

export type SaveFileResult = { saved: true; path: string } | { saved: false }

export interface OpenFileRequest {
  filters?: FileFilter[]
  /** Refuse files larger than this; the main process applies a default and a hard ceiling. */
  maxBytes?: number
}

export interface OpenedFile {
  /** Base name only; the renderer never learns the directory it came from. */
  name: string
  bytes: Uint8Array
}

export interface PrintPdfRequest {
  /** A complete PDF document (must start with '%PDF-'). */
  bytes: Uint8Array
  /** Title of the print preview window. */
  title: string
}

export interface PrintPdfResult {
  /** True once the preview window showed the document. */
  shown: boolean
}

/**
 * Automatic backups (issue 11): zip files in `<userData>/backups/`, written and listed by main only.
 * Names follow renderer/src/exchange/backup/retention.ts, strictly:
 * `xiangyue-backup-<12-digit 区划代码>-<YYYYMMDD>T<HHmm>[-<copy>].zip` (Beijing time). No path
 * part can ever pass the pattern, so a name always means a file directly inside that folder.
 */
export interface SaveBackupRequest {
  name: string
  /** the backup zip (must start with 'PK\x03\x04'); at most 512 MB */
  bytes: Uint8Array
}

export interface SavedBackup {
  /** the name it was saved under: the one asked for, or with -2, -3… when that was taken */
  name: string
  size: number
}

export interface BackupFileInfo {
  name: string
  size: number
  /** ISO-8601 UTC, from the name (to the minute): a copied file keeps it, unlike its mtime */
  createdAt: string
}

export interface PruneBackupsResult {
  /** names deleted; files not named like a backup are never touched */
  deleted: string[]
}

/**
 * The audit chain head kept outside IndexedDB (issue 11 item 3), in `<userData>/audit-anchor.json`:
 * whoever edits the database behind the app's back must also find and edit this file.
 */
export interface AuditAnchorHead {
  seq: number
  /** SHA-256 hex of the last audit entry */
  hash: string
}

export interface AuditAnchorRecord extends AuditAnchorHead {
  /** when main wrote it, ISO-8601 UTC (main's clock) */
  writtenAt: string
}

/** 'none': no anchor file yet; 'unreadable': a file is there but is not a valid anchor (itself a warning sign). */
export type AuditAnchorRead = { state: 'none' } | { state: 'ok'; anchor: AuditAnchorRecord } | { state: 'unreadable'; reason: string }

/** What the preload exposes as `window.xiangyue`. Every method is one IPC round trip. */
export interface XiangyueApi {
  appVersion(): Promise<string>
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>
  /** Resolves null when the user cancels the dialog. */
  openFile(request: OpenFileRequest): Promise<OpenedFile | null>
  printPdf(request: PrintPdfRequest): Promise<PrintPdfResult>
  /** Writes a backup into `<userData>/backups/` (never overwrites: a taken name gets -2, -3…). */
  saveBackup(request: SaveBackupRequest): Promise<SavedBackup>
  /** The backups in that folder, newest first. */
  listBackups(): Promise<BackupFileInfo[]>
  /** One backup's bytes, by name. Rejects (Chinese) when there is no such backup. */
  readBackup(name: string): Promise<Uint8Array>
  /**
   * Deletes every backup in the folder whose name is not in `keep` (retention.ts's backupsToKeep).
   * `keep` must name at least one existing backup, and the newest backup is never deleted, so a
   * wrong call cannot empty the folder.
   */
  pruneBackups(keep: string[]): Promise<PruneBackupsResult>
  writeAuditAnchor(head: AuditAnchorHead): Promise<AuditAnchorRecord>
  readAuditAnchor(): Promise<AuditAnchorRead>
}

/** Every channel carries this prefix; the main process refuses anything else. */
export const CHANNEL_PREFIX = 'xiangyue:'

/** Method name -> IPC channel. The only runtime export of this file. */
export const CHANNELS = {
  appVersion: 'xiangyue:app-version',
  saveFile: 'xiangyue:save-file',
  openFile: 'xiangyue:open-file',
  printPdf: 'xiangyue:print-pdf',
  saveBackup: 'xiangyue:backups-save',
  listBackups: 'xiangyue:backups-list',
  readBackup: 'xiangyue:backups-read',
  pruneBackups: 'xiangyue:backups-prune',
  writeAuditAnchor: 'xiangyue:audit-anchor-write',
  readAuditAnchor: 'xiangyue:audit-anchor-read',
} as const satisfies { [K in keyof XiangyueApi]: `${typeof CHANNEL_PREFIX}${string}` }

export type ApiMethod = keyof XiangyueApi
export type Channel = (typeof CHANNELS)[ApiMethod]

/** Channel -> { args tuple, resolved result }, derived from XiangyueApi. */
export type IpcContract = {
  [M in ApiMethod as (typeof CHANNELS)[M]]: {
    args: Parameters<XiangyueApi[M]>
    result: Awaited<ReturnType<XiangyueApi[M]>>
  }
}

export type ChannelArgs<C extends Channel> = IpcContract[C]['args']
export type ChannelResult<C extends Channel> = IpcContract[C]['result']

/**
 * The main process's handler registry must satisfy this type: exactly one handler per channel,
 * taking the (already validated) arguments and returning the contract's result.
 */
export type IpcHandlers = {
  [C in Channel]: (...args: ChannelArgs<C>) => Promise<ChannelResult<C>> | ChannelResult<C>
}
