/**
 * The app's Content-Security-Policy, as a pure function.
 *
 * Used in two places that must agree:
 *  - electron/main/protocol.ts sends it as a response header for everything served from app://;
 *  - electron.vite.config.ts (and the browser build) writes it into index.html's <meta> tag, so the
 *    browser fallback and the dev server run under the same rules.
 * No electron import here, so Vite config files and unit tests can load it.
 */

export interface CspOptions {
  /** True when the renderer is served by the Vite dev server (HMR needs its websocket). */
  dev: boolean
  /** e.g. 'http://localhost:5173'; only honoured when dev is true. */
  devServerOrigin?: string
  /**
   * True for a <meta http-equiv> tag. Browsers ignore frame-ancestors in <meta> (and log a warning
   * for it), so the meta form leaves it out; the app:// response header still carries it.
   */
  meta?: boolean
}

/** Directive -> sources, in the order they are written. */
export function cspDirectives(options: CspOptions): Array<[string, string[]]> {
  const dev = options.dev ? devSources(options.devServerOrigin) : { http: [], ws: [] }
  const directives: Array<[string, string[]]> = [
    ['default-src', ["'self'"]],
    // No inline script, no eval: everything is a bundled file from our own origin.
    ['script-src', ["'self'", ...dev.http]],
    // pdfmake renders in a module Web Worker built from our own files; blob: for libraries that
    // spin a worker from generated source.
    ['worker-src', ["'self'", 'blob:', ...dev.http]],
    // 'unsafe-inline' for styles only: Element Plus (and Floating UI under its popovers) set
    // style="" attributes with setAttribute, and the dev server injects <style> tags. Inline CSS
    // cannot run script; the usual CSS exfiltration trick needs a remote img/font/connect target,
    // which the other directives forbid.
    ['style-src', ["'self'", "'unsafe-inline'", ...dev.http]],
    ['img-src', ["'self'", 'data:', 'blob:', ...dev.http]],
    // Bundled CJK fonts for pdfmake / the UI; data: for fonts inlined by the bundler.
    ['font-src', ["'self'", 'data:', ...dev.http]],
    // fetch() of our own assets (fonts for the PDF worker), blob:/data: URLs made from exports.
    ['connect-src', ["'self'", 'blob:', 'data:', ...dev.http, ...dev.ws]],
    // The browser fallback prints a PDF blob in a hidden iframe.
    ['frame-src', ["'self'", 'blob:']],
    ['media-src', ["'self'", 'blob:']],
    ['manifest-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'none'"]],
  ]
  if (!options.meta) directives.push(['frame-ancestors', ["'none'"]])
  return directives
}

/** The policy as one header / meta-tag value. */
export function contentSecurityPolicy(options: CspOptions): string {
  return cspDirectives(options)
    .map(([name, sources]) => `${name} ${dedupe(sources).join(' ')}`)
    .join('; ')
}

function devSources(devServerOrigin: string | undefined): { http: string[]; ws: string[] } {
  if (devServerOrigin === undefined || devServerOrigin === '') return { http: [], ws: [] }
  let url: URL
  try {
    url = new URL(devServerOrigin)
  } catch {
    throw new Error(`contentSecurityPolicy: devServerOrigin is not a URL: ${devServerOrigin}`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`contentSecurityPolicy: devServerOrigin must be http(s): ${devServerOrigin}`)
  }
  // Only the dev server's own host: never a wildcard.
  const wsScheme = url.protocol === 'https:' ? 'wss:' : 'ws:'
  return { http: [url.origin], ws: [`${wsScheme}//${url.host}`] }
}

function dedupe(values: string[]): string[] {
  return [...new Set(values)]
}
