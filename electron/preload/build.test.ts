/**
 * Checks on the BUILT shell (`electron-vite build` runs before the unit tests in `npm test`).
 * No test here can start Electron, so the facts that break it silently are asserted on the files:
 *  - a sandboxed preload must be CommonJS (an ES-module preload is ignored with only a console
 *    error, and window.xiangyue would simply be missing);
 *  - it may require nothing but 'electron' (the sandbox has no Node module loader);
 *  - main must point at that .cjs file and register the app:// scheme before ready.
 * The build output must exist: a missing file fails the suite instead of skipping it.
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
// Overridable so the check can run against a build written elsewhere.
const outDir = path.resolve(repoRoot, process.env['XIANGYUE_OUT_DIR'] ?? 'out')
const preloadFile = path.join(outDir, 'preload/index.cjs')
const mainFile = path.join(outDir, 'main/index.js')

function readBuilt(file: string): string {
  if (!existsSync(file)) {
    throw new Error(`${path.relative(repoRoot, file)} 不存在：请先运行 \`npx electron-vite build\`（npm test 会先构建）`)
  }
  return readFileSync(file, 'utf8')
}

/** Strips comments and string/template literals so keywords inside them do not count. */
function codeOnly(source: string): string {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:\\])\/\/.*$/gm, '$1')
    .replace(/`(?:\\[\s\S]|[^`\\])*`/g, '``')
    .replace(/"(?:\\.|[^"\\\n])*"/g, '""')
    .replace(/'(?:\\.|[^'\\\n])*'/g, "''")
}

describe('built preload (out/preload/index.cjs)', () => {
  it('is CommonJS: no top-level import or export statements', () => {
    const code = codeOnly(readBuilt(preloadFile))
    expect(code).not.toMatch(/^\s*import\s*[\w{*'"]/m)
    expect(code).not.toMatch(/^\s*export\s/m)
    expect(code).not.toMatch(/\bimport\s*\(/) // no dynamic import either
    expect(code).not.toMatch(/\bimport\.meta\b/)
  })

  it("requires 'electron' and nothing else", () => {
    const source = readBuilt(preloadFile)
    const required = [...source.matchAll(/\brequire\s*\(\s*(['"`])([^'"`]+)\1\s*\)/g)].map((m) => m[2])
    expect(required).toContain('electron')
    expect(new Set(required)).toEqual(new Set(['electron']))
    // A computed require('x' + y) would escape the check above.
    expect(codeOnly(source).match(/\brequire\s*\(/g)?.length).toBe(required.length)
  })

  it('exposes window.xiangyue through contextBridge, never ipcRenderer itself', () => {
    const source = readBuilt(preloadFile)
    expect(source).toMatch(/exposeInMainWorld\(\s*["']xiangyue["']/)
    expect(source.match(/exposeInMainWorld\(/g)?.length).toBe(1)
    expect(source).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\s*\)/)
    for (const channel of ['xiangyue:app-version', 'xiangyue:save-file', 'xiangyue:open-file', 'xiangyue:print-pdf']) {
      expect(source).toContain(channel)
    }
  })
})

describe('built main (out/main/index.js)', () => {
  it("loads the preload as '../preload/index.cjs'", () => {
    const source = readBuilt(mainFile)
    expect(source).toContain('index.cjs')
    expect(source).toMatch(/["'`]\.\.\/preload\/index\.cjs["'`]/)
  })

  it('registers the app scheme as privileged and keeps the sandbox on', () => {
    const source = readBuilt(mainFile)
    expect(source).toContain('registerSchemesAsPrivileged')
    expect(source).toMatch(/sandbox:\s*true/)
    expect(source).toMatch(/contextIsolation:\s*true/)
    expect(source).toMatch(/nodeIntegration:\s*false/)
    expect(source).not.toMatch(/sandbox:\s*false/)
  })
})
