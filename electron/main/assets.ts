/**
 * Pure helpers for serving the built renderer over app://: the MIME table, the path-traversal
 * guard and the SPA fallback rule. No electron import, so they are unit-tested in node.
 */
import path from 'node:path'

/** Extension (lower case, with dot) -> Content-Type. Anything else is served as octet-stream. */
export const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.cjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  // WebAssembly.instantiateStreaming insists on exactly this type.
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.zip': 'application/zip',
}

export const DEFAULT_MIME_TYPE = 'application/octet-stream'

export function mimeTypeFor(filePath: string): string {
  return MIME_TYPES[path.extname(filePath).toLowerCase()] ?? DEFAULT_MIME_TYPE
}

export type AssetResolution =
  { ok: true; filePath: string } | { ok: false; reason: 'bad-encoding' | 'outside-root' | 'forbidden-character' }

/**
 * Maps a URL pathname ('/assets/index-abc.js', already taken from a parsed URL) onto a file under
 * `rootDir`, refusing anything that would land outside it.
 *
 * The URL parser already collapses literal '..' segments, but percent-encoded ones ('%2e%2e',
 * '%2f', '%5c') only turn into path syntax after decoding, so the decoded path is resolved and then
 * checked to be inside the root. `pathImpl` exists so tests can exercise Windows rules on Linux.
 */
export function resolveAssetPath(rootDir: string, urlPathname: string, pathImpl: path.PlatformPath = path): AssetResolution {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPathname)
  } catch {
    return { ok: false, reason: 'bad-encoding' }
  }
  // NUL truncates paths in some APIs; ':' would allow drive letters or NTFS alternate streams on
  // Windows. Neither appears in a Vite build's file names.
  if (decoded.includes('\0') || decoded.includes(':')) return { ok: false, reason: 'forbidden-character' }

  const root = pathImpl.resolve(rootDir)
  const relative = decoded.replace(/^[/\\]+/, '')
  const filePath = pathImpl.resolve(root, relative === '' ? 'index.html' : relative)
  if (!isInside(root, filePath, pathImpl)) return { ok: false, reason: 'outside-root' }
  return { ok: true, filePath }
}

/** True when `candidate` is `root` itself or a descendant of it (both absolute, resolved). */
export function isInside(root: string, candidate: string, pathImpl: path.PlatformPath = path): boolean {
  const rel = pathImpl.relative(root, candidate)
  if (rel === '') return true
  return rel !== '..' && !rel.startsWith(`..${pathImpl.sep}`) && !pathImpl.isAbsolute(rel)
}

/**
 * Client-side routes (e.g. '/people/01HX…') have no file behind them; if the router uses HTML5
 * history, a reload asks the protocol for that path. A path whose last segment has no extension
 * is treated as a route and answered with index.html; a missing '/assets/x.js' stays a 404 so a
 * broken build fails loudly instead of executing HTML as script.
 */
export function isSpaRoute(urlPathname: string): boolean {
  const last = urlPathname.split('/').pop() ?? ''
  return !last.includes('.')
}
