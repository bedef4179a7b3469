/**
 * The renderer's origin, and the pure URL checks built on it. No electron import.
 *
 * WHY THE ORIGIN MUST NEVER CHANGE: every village's records live in IndexedDB (Dexie), and
 * Chromium binds IndexedDB, localStorage and the rest of a page's storage to its origin
 * (scheme + host + port). If a release served the renderer from another origin — a different
 * scheme, host, a file:// path, or an http://localhost port — the app would open an empty
 * database and every existing record would be silently orphaned in the old origin's storage.
 * So the origin is a fixed custom scheme that does not depend on the install directory, the
 * version, or a port: app://xiangyue. Do not rename the scheme or the host.
 */

export const APP_SCHEME = 'app'
export const APP_HOST = 'xiangyue'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`

/**
 * An origin as scheme + host(:port). We compare these instead of `URL.origin`, because WHATWG
 * URL reports the opaque origin 'null' for non-special schemes such as app:, which would make
 * every app:// URL look alike.
 */
export interface Origin {
  /** With the trailing colon, as URL.protocol gives it: 'app:', 'http:'. */
  protocol: string
  /** Host with port when there is one: 'xiangyue', 'localhost:5173'. */
  host: string
}

export const APP_ORIGIN_PARTS: Origin = { protocol: `${APP_SCHEME}:`, host: APP_HOST }

/** The origin of a URL, or null if it cannot be parsed or has no host (file:, about:, data:). */
export function originOf(url: string): Origin | null {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  // blob:app://xiangyue/uuid belongs to the origin that created it.
  if (parsed.protocol === 'blob:') return originOf(parsed.pathname)
  if (parsed.host === '') return null
  return { protocol: parsed.protocol, host: parsed.host.toLowerCase() }
}

export function sameOrigin(a: Origin, b: Origin): boolean {
  return a.protocol === b.protocol && a.host === b.host
}

/** True when `url` belongs to `expected` (blob: URLs count for the origin that minted them). */
export function isUrlOfOrigin(url: string, expected: Origin): boolean {
  const origin = originOf(url)
  return origin !== null && sameOrigin(origin, expected)
}

/**
 * The origin the renderer is loaded from: the dev server in `electron-vite dev`, app://xiangyue
 * otherwise. `devServerUrl` is process.env.ELECTRON_RENDERER_URL (set by electron-vite).
 */
export function rendererOrigin(devServerUrl: string | undefined): Origin {
  if (devServerUrl === undefined || devServerUrl === '') return APP_ORIGIN_PARTS
  const origin = originOf(devServerUrl)
  if (origin === null || (origin.protocol !== 'http:' && origin.protocol !== 'https:')) {
    throw new Error(`ELECTRON_RENDERER_URL is not an http(s) URL: ${devServerUrl}`)
  }
  return origin
}

export function formatOrigin(origin: Origin): string {
  return `${origin.protocol}//${origin.host}`
}
