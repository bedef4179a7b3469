/**
 * Main-process entry (built to out/main/index.js, package.json "main").
 *
 * The shell is thin on purpose: all data and rules live in the renderer. Here we only set up the
 * locked-down window, the fixed app:// origin, the menu, and the IPC calls a browser cannot do
 * (dialogs, printing, automatic backups and the audit anchor in the user-data folder).
 */
import path from 'node:path'
import { app, session, type BrowserWindow } from 'electron'
import appIcon from '../../resources/icon.png?asset'
import { registerAppSchemeAsPrivileged, serveRendererOverAppScheme } from './protocol'
import { lockDownSession, lockDownWebContents, type SecurityOptions } from './security'
import { createMainWindow } from './window'
import { installApplicationMenu } from './menu'
import { PrintPreviews } from './print'
import { RENDERER_DIR } from './paths'
import { rendererOrigin } from './origin'
import { createHandlers } from './ipc/handlers'
import { registerIpcHandlers } from './ipc'
import { BackupFolder } from './backups/folder'
import { BACKUPS_DIR_NAME } from './backups/names'
import { AuditAnchorFile } from './backups/anchor'

// Must happen before 'ready': Chromium fixes the privileged schemes at startup.
registerAppSchemeAsPrivileged()

// IndexedDB lives under userData, which Electron derives from productName by default. Pin it, like
// the app:// origin, so renaming the product can never orphan a village's records. Set before the
// single-instance lock, which is also kept in this directory.
app.setPath('userData', path.join(app.getPath('appData'), 'xiangyue'))

// electron-vite dev sets ELECTRON_RENDERER_URL to the Vite server. A packaged app ignores it,
// so an environment variable can never point an installed copy at a web page.
const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'] || undefined
const dev = devServerUrl !== undefined
const origin = rendererOrigin(devServerUrl)

let mainWindow: BrowserWindow | null = null
const getMainWindow = (): BrowserWindow | null => (mainWindow !== null && !mainWindow.isDestroyed() ? mainWindow : null)

// Under the user-data folder, not a fixed /tmp/xiangyue-print that every user of the PC shares and
// can predict; print.ts creates it with mode 0700.
const printPreviews = new PrintPreviews(path.join(app.getPath('userData'), 'print-previews'))

const security: SecurityOptions = {
  rendererOrigin: origin,
  devServer: dev ? origin : null,
  printDir: printPreviews.directory,
  mainWebContentsId: () => getMainWindow()?.webContents.id,
}

// Two copies would open the same IndexedDB from two processes; the second one just hands over.
if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', () => {
    const win = getMainWindow()
    if (win === null) return
    if (win.isMinimized()) win.restore()
    win.focus()
  })

  if (process.platform === 'win32') app.setAppUserModelId('cn.xiangyue.app')
  lockDownWebContents()
  // Leftovers from a previous run that did not quit cleanly.
  printPreviews.removeAll()

  // Both live beside IndexedDB in userData (pinned above), never in a folder the renderer names.
  const userData = app.getPath('userData')
  const backups = new BackupFolder(path.join(userData, BACKUPS_DIR_NAME))
  const auditAnchor = new AuditAnchorFile(userData)

  registerIpcHandlers(createHandlers({ getMainWindow, printPreviews, backups, auditAnchor }), () => ({
    webContentsId: getMainWindow()?.webContents.id,
    origin,
  }))

  app
    .whenReady()
    .then(() => {
      lockDownSession(session.defaultSession, security)
      printPreviews.nameDownloads(session.defaultSession)
      serveRendererOverAppScheme(RENDERER_DIR)
      installApplicationMenu({ dev, getMainWindow })
      openMainWindow()
    })
    .catch((error: unknown) => {
      console.error('[main] 启动失败：', error)
      app.exit(1)
    })

  app.on('window-all-closed', () => app.quit())
  app.on('will-quit', () => printPreviews.removeAll())
}

function openMainWindow(): void {
  mainWindow = createMainWindow({
    devServerUrl,
    // Windows and the Linux packages take the icon from the executable / .desktop file; the
    // window icon matters for `electron .` and AppImage on Linux.
    ...(process.platform === 'linux' ? { iconPath: appIcon } : {}),
  })
  mainWindow.on('closed', () => {
    mainWindow = null
  })
}
