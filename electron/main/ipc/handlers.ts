/**
 * The handler registry: one entry per contract channel, checked against `IpcHandlers` at compile
 * time (`satisfies`): a missing channel, an extra one, or a wrong result type does not build.
 * Handlers receive arguments that guard.ts has already validated.
 */
import { app, type BrowserWindow } from 'electron'
import { CHANNELS, type IpcHandlers } from '../../contract'
import { openFileWithDialog, saveFileWithDialog } from '../files'
import type { PrintPreviews } from '../print'
import type { AuditAnchorFile } from '../backups/anchor'
import type { BackupFolder } from '../backups/folder'

export interface HandlerDeps {
  getMainWindow: () => BrowserWindow | null
  printPreviews: PrintPreviews
  backups: BackupFolder
  auditAnchor: AuditAnchorFile
}

export function createHandlers(deps: HandlerDeps) {
  return {
    [CHANNELS.appVersion]: () => app.getVersion(),
    [CHANNELS.saveFile]: (request) => saveFileWithDialog(deps.getMainWindow(), request),
    [CHANNELS.openFile]: (request) => openFileWithDialog(deps.getMainWindow(), request),
    [CHANNELS.printPdf]: (request) => deps.printPreviews.show(deps.getMainWindow(), request),
    [CHANNELS.saveBackup]: (request) => deps.backups.save(request),
    [CHANNELS.listBackups]: () => deps.backups.list(),
    [CHANNELS.readBackup]: (name) => deps.backups.read(name),
    [CHANNELS.pruneBackups]: (keep) => deps.backups.prune(keep),
    [CHANNELS.writeAuditAnchor]: (head) => deps.auditAnchor.write(head),
    [CHANNELS.readAuditAnchor]: () => deps.auditAnchor.read(),
  } satisfies IpcHandlers
}
