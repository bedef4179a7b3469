/**
 * App-wide locks, applied once before any window exists ("Secure shell" in docs/design.md):
 * no new windows from content, no navigation off the app origin, no <webview>, no permissions,
 * no network. Every webContents gets them — the main window, print previews, devtools.
 */
import { app, type Session, type WebContents } from 'electron'
import { isNavigationAllowed, isRequestAllowed, type RequestPolicy } from './request-policy'
import { originOf, type Origin } from './origin'

export interface SecurityOptions extends RequestPolicy {
  /** Origin the main window's renderer is served from (app://xiangyue, or the dev server). */
  rendererOrigin: Origin
  /** The main window's webContents id, once it exists. */
  mainWebContentsId: () => number | undefined
}

export function lockDownWebContents(): void {
  app.on('web-contents-created', (_event, contents) => lockDown(contents))
}

function lockDown(contents: WebContents): void {
  // window.open, target=_blank and friends: never. Files leave through the save dialog, printing
  // goes through the print preview the main process opens itself.
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))

  // Judged against the page's own current origin: the main window stays on app://xiangyue (or
  // the dev server), devtools stays in devtools://, and a print preview (file://, no origin)
  // cannot navigate at all.
  const denyOffOrigin = (event: { preventDefault(): void; url: string }): void => {
    const current = originOf(contents.getURL())
    if (current !== null && isNavigationAllowed(event.url, current)) return
    event.preventDefault()
    console.warn(`[security] 已阻止导航：${event.url}`)
  }
  // will-navigate covers renderer-initiated top-frame navigations (links, location=, dropped
  // files); will-redirect covers server redirects. loadURL from main is not affected, which is how
  // the print preview opens its file:// PDF.
  contents.on('will-navigate', denyOffOrigin)
  contents.on('will-redirect', denyOffOrigin)

  // <webview> would be a way around every other rule here.
  contents.on('will-attach-webview', (event) => {
    event.preventDefault()
  })
}

export function lockDownSession(ses: Session, options: SecurityOptions): void {
  ses.setPermissionRequestHandler((webContents, permission, callback, details) => {
    callback(isPermissionGranted(permission, details.requestingUrl, webContents.id, options))
  })
  ses.setPermissionCheckHandler((webContents, permission, requestingOrigin) => {
    return isPermissionGranted(permission, requestingOrigin, webContents?.id, options)
  })
  // WebUSB / WebHID / Web Serial / Bluetooth: none of our business.
  ses.setDevicePermissionHandler(() => false)

  ses.webRequest.onBeforeRequest({ urls: ['<all_urls>'] }, (details, callback) => {
    const allowed = isRequestAllowed(details.url, options)
    if (!allowed) console.warn(`[security] 已阻止请求：${details.url}`)
    callback({ cancel: !allowed })
  })
}

/**
 * Everything is denied, with one exception: 'persistent-storage' for the main window on the app
 * origin. It lets Dexie call navigator.storage.persist(), which exempts the village's IndexedDB
 * from Chromium's eviction under disk pressure — losing that data would be far worse than
 * granting a permission that exposes nothing.
 */
function isPermissionGranted(
  permission: string,
  requestingUrl: string,
  webContentsId: number | undefined,
  options: SecurityOptions,
): boolean {
  if (permission !== 'persistent-storage') return false
  if (webContentsId === undefined || webContentsId !== options.mainWebContentsId()) return false
  const origin = originOf(requestingUrl)
  return origin !== null && origin.protocol === options.rendererOrigin.protocol && origin.host === options.rendererOrigin.host
}
