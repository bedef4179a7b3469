/**
 * Puts the app's Content-Security-Policy into index.html as a meta tag. The policy itself comes from
 * electron/main/csp.ts so the Electron protocol handler, the web server and the page share one text.
 * In dev the Vite server needs its own origin and websocket; the built app allows only 'self'.
 */
import type { Plugin } from 'vite'
import { contentSecurityPolicy } from '../../electron/main/csp'

export function cspPlugin(): Plugin {
  let dev = false
  return {
    name: 'xiangyue-csp',
    configResolved(config) {
      dev = config.command === 'serve'
    },
    transformIndexHtml(html) {
      const policy = contentSecurityPolicy(
        dev ? { dev: true, devServerOrigin: 'http://localhost:5173', meta: true } : { dev: false, meta: true },
      )
      return html.replace('%XIANGYUE_CSP%', policy)
    },
  }
}
