/**
 * The one main window. Everything the renderer can do beyond a browser tab goes through the
 * preload's `window.xiangyue`, so the window itself is as locked down as Electron allows.
 */
import { BrowserWindow, type WebPreferences } from 'electron'
import { PRELOAD_PATH } from './paths'
import { APP_ENTRY_URL } from './origin'

/**
 * Shared by the main window and the print preview. Written out in full although most are
 * Electron's defaults, so a future default change (or a copied template) cannot weaken them.
 */
export const LOCKED_DOWN_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  experimentalFeatures: false,
  navigateOnDragDrop: false,
  spellcheck: false,
  safeDialogs: true,
} as const satisfies WebPreferences

export interface MainWindowOptions {
  /** process.env.ELECTRON_RENDERER_URL in `electron-vite dev`, else undefined. */
  devServerUrl: string | undefined
  /** Window/taskbar icon (Linux uses it; Windows takes the exe's icon). */
  iconPath?: string
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const win = new BrowserWindow({
    title: '乡约',
    width: 1280,
    height: 800,
    minWidth: 1100,
    minHeight: 700,
    // Shown on ready-to-show: no white flash, no half-drawn window on a slow PC.
    show: false,
    backgroundColor: '#ffffff',
    autoHideMenuBar: false,
    ...(options.iconPath === undefined ? {} : { icon: options.iconPath }),
    webPreferences: {
      ...LOCKED_DOWN_PREFERENCES,
      preload: PRELOAD_PATH,
    },
  })

  win.once('ready-to-show', () => {
    win.show()
  })

  // A crashed renderer would leave a blank window; reload it (IndexedDB transactions are atomic,
  // so nothing half-written survives). A few times only, so a crash on load cannot loop forever.
  let reloadsLeft = 3
  win.webContents.on('render-process-gone', (_event, details) => {
    console.error(`[window] 渲染进程退出：${details.reason}`)
    if (details.reason === 'clean-exit' || win.isDestroyed() || reloadsLeft === 0) return
    reloadsLeft -= 1
    win.webContents.reload()
  })

  win.loadURL(options.devServerUrl ?? APP_ENTRY_URL).catch((error: unknown) => {
    console.error('[window] 无法载入界面：', error)
  })
  return win
}
