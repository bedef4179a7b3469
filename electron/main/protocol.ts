/**
 * The app:// scheme: the fixed origin app://xiangyue that serves out/renderer.
 * See origin.ts for why the origin must never change.
 */
import { readFile, stat } from 'node:fs/promises'
import { protocol } from 'electron'
import { APP_HOST, APP_SCHEME } from './origin'
import { isSpaRoute, mimeTypeFor, resolveAssetPath } from './assets'
import { contentSecurityPolicy } from './csp'

/**
 * Must run before app 'ready' (Electron only accepts privileged schemes then). Without
 * `standard` the scheme has no real origin, so IndexedDB/localStorage are disabled and relative
 * URLs do not resolve; without `secure` it is not a secure context (no WebCrypto subtle, no
 * workers with some APIs); without `supportFetchAPI` fetch() of our own fonts fails; `stream` lets
 * large responses stream. `codeCache` lets V8 keep the compiled code of our scripts between
 * launches: compiling the PDF engine (~575 KB) is a large part of the first notice's time (the
 * budget is 500 ms), and from the second launch on it is read from the cache instead.
 * Deliberately NOT granted: bypassCSP, allowServiceWorkers, corsEnabled (every request is
 * same-origin, nothing cross-origin needs CORS).
 */
export function registerAppSchemeAsPrivileged(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, codeCache: true },
    },
  ])
}

const SECURITY_HEADERS = {
  'Content-Security-Policy': contentSecurityPolicy({ dev: false }),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  // The renderer is installed with the app; always revalidate so an upgrade never mixes versions.
  'Cache-Control': 'no-cache',
} as const

/** Serves `rendererDir` at app://xiangyue/. Call after app 'ready', before loading the window. */
export function serveRendererOverAppScheme(rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => respond(request, rendererDir))
}

async function respond(request: Request, rendererDir: string): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'Method Not Allowed')
  let url: URL
  try {
    url = new URL(request.url)
  } catch {
    return textResponse(400, 'Bad Request')
  }
  if (url.host !== APP_HOST) return textResponse(404, 'Not Found')

  const resolved = resolveAssetPath(rendererDir, url.pathname)
  if (!resolved.ok) {
    // Traversal attempts get the same answer as a missing file: nothing to learn from probing.
    return resolved.reason === 'outside-root' ? textResponse(404, 'Not Found') : textResponse(400, 'Bad Request')
  }

  let filePath = resolved.filePath
  if (!(await isFile(filePath))) {
    if (!isSpaRoute(url.pathname)) return textResponse(404, 'Not Found')
    const index = resolveAssetPath(rendererDir, '/index.html')
    if (!index.ok || !(await isFile(index.filePath))) return textResponse(404, 'Not Found')
    filePath = index.filePath
  }

  // Whole-file reads: the largest assets are the bundled CJK fonts (a few MB), read once per
  // session; inside app.asar fs is transparently redirected by Electron.
  const body = request.method === 'HEAD' ? null : await readFile(filePath)
  return new Response(body, {
    status: 200,
    headers: { ...SECURITY_HEADERS, 'Content-Type': mimeTypeFor(filePath) },
  })
}

async function isFile(filePath: string): Promise<boolean> {
  try {
    return (await stat(filePath)).isFile()
  } catch {
    return false
  }
}

function textResponse(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
  })
}
