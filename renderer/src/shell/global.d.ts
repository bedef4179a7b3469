/**
 * `window.xiangyue` exists only inside the Electron shell (the preload exposes it) and is typed by
 * the same contract the preload satisfies. In a plain browser it is undefined.
 * (`__APP_VERSION__`, the browser build's version, is declared in src/env.d.ts.)
 */
import type { XiangyueApi } from '../../../electron/contract'

declare global {
  interface Window {
    xiangyue?: XiangyueApi
  }
}

export {}
