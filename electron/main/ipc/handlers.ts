/**
 * The handler registry: one entry per contract channel, checked against `IpcHandlers` at compile
 * time (`satisfies`): a missing channel, an extra one, or a wrong result type does not build.
 * Handlers receive arguments that guard.ts has already validated.
 */
import { app, type BrowserWindow } from 'electron'
import { CHANNELS, type IpcHandlers } from '../../contract'
import { openFileWithDialog, saveFileWithDialog } from '../files'
import type { PrintPreviews } from '../print'

export interface HandlerDeps {
  getMainWindow: () => BrowserWindow | null
  printPreviews: PrintPreviews
}

export function createHandlers(deps: HandlerDeps) {
  return {
    [CHANNELS.appVersion]: () => app.getVersion(),
    [CHANNELS.saveFile]: (request) => saveFileWithDialog(deps.getMainWindow(), request),
    [CHANNELS.openFile]: (request) => openFileWithDialog(deps.getMainWindow(), request),
    [CHANNELS.printPdf]: (request) => deps.printPreviews.show(deps.getMainWindow(), request),
  } satisfies IpcHandlers
}
