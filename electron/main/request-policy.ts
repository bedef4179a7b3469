/**
 * Which URLs the app may load at all, and where its windows may navigate. Pure (no electron
 * import) so the rules are unit-tested; security.ts wires them into the session and webContents.
 *
 * "Nothing leaves the machine": no http(s)/ws(s)/ftp request is allowed, except to the Vite dev
 * server while developing. Local schemes are allowed only where we know who uses them.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { APP_ORIGIN_PARTS, isUrlOfOrigin, originOf, sameOrigin, type Origin } from './origin'
import { isInside } from './assets'

export interface RequestPolicy {
  /** The Vite dev server's origin in `electron-vite dev`, else null. */
  devServer: Origin | null
  /** Directory of the temporary PDFs shown in print previews (the only file:// we load). */
  printDir: string
}

const NETWORK_SCHEMES = new Set(['http:', 'https:', 'ws:', 'wss:', 'ftp:'])

/**
 * Schemes Chromium uses internally and that never touch the network: devtools (dev only in
 * practice, the menu hides it in production), the built-in PDF viewer extension and its
 * chrome:// resources (print preview), and in-memory URLs.
 */
const INTERNAL_SCHEMES = new Set(['devtools:', 'chrome-extension:', 'chrome:', 'data:', 'blob:', 'about:'])

export function isRequestAllowed(url: string, policy: RequestPolicy): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  if (parsed.protocol === 'app:') return isUrlOfOrigin(url, APP_ORIGIN_PARTS)
  if (NETWORK_SCHEMES.has(parsed.protocol)) {
    const origin = originOf(url)
    return policy.devServer !== null && origin !== null && sameOriginOrDevSocket(origin, policy.devServer)
  }
  if (parsed.protocol === 'file:') return isPrintFile(parsed, policy.printDir)
  return INTERNAL_SCHEMES.has(parsed.protocol)
}

/** Vite's HMR socket lives on the dev server's host and port, under ws(s):. */
function sameOriginOrDevSocket(origin: Origin, devServer: Origin): boolean {
  if (sameOrigin(origin, devServer)) return true
  const socketProtocol = devServer.protocol === 'https:' ? 'wss:' : 'ws:'
  return origin.protocol === socketProtocol && origin.host === devServer.host
}

function isPrintFile(url: URL, printDir: string): boolean {
  let filePath: string
  try {
    filePath = fileURLToPath(url)
  } catch {
    return false
  }
  const root = path.resolve(printDir)
  const resolved = path.resolve(filePath)
  return resolved !== root && isInside(root, resolved) && path.extname(resolved).toLowerCase() === '.pdf'
}

/**
 * May a window that shows `currentOrigin` navigate (its top frame) to `targetUrl`? Only within
 * the same origin: in-app route changes and reloads. Links in a PDF, a stray <a href> to a web
 * site, or a drag-and-dropped file all stay where they are.
 */
export function isNavigationAllowed(targetUrl: string, currentOrigin: Origin): boolean {
  return isUrlOfOrigin(targetUrl, currentOrigin)
}
