/**
 * Where the built pieces live, relative to this bundle. electron-vite writes:
 *   out/main/index.js         <- this file, bundled (ESM, package.json says "type": "module")
 *   out/preload/index.cjs     <- the sandboxed preload, CommonJS (sandboxed preloads cannot be ESM)
 *   out/renderer/index.html   <- the Vue app, served over app://xiangyue
 * The same layout holds inside app.asar, since electron-builder packs out/** as is.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const mainDir = path.dirname(fileURLToPath(import.meta.url))

export const PRELOAD_PATH = path.join(mainDir, '../preload/index.cjs')
export const RENDERER_DIR = path.join(mainDir, '../renderer')
