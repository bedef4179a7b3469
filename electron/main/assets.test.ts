import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { isInside, isSpaRoute, mimeTypeFor, resolveAssetPath } from './assets'

const root = path.resolve('/opt/xiangyue/out/renderer')

describe('resolveAssetPath', () => {
  it('maps URL paths to files under the renderer directory', () => {
    expect(resolveAssetPath(root, '/index.html')).toEqual({ ok: true, filePath: path.join(root, 'index.html') })
    expect(resolveAssetPath(root, '/assets/index-abc.js')).toEqual({
      ok: true,
      filePath: path.join(root, 'assets', 'index-abc.js'),
    })
    expect(resolveAssetPath(root, '/')).toEqual({ ok: true, filePath: path.join(root, 'index.html') })
  })

  it('decodes percent-encoded names (Chinese file names, spaces)', () => {
    expect(resolveAssetPath(root, '/fonts/%E6%80%9D%E6%BA%90%20%E5%AE%8B%E4%BD%93.ttf')).toEqual({
      ok: true,
      filePath: path.join(root, 'fonts', '思源 宋体.ttf'),
    })
  })

  it('refuses encoded traversal out of the root', () => {
    for (const attempt of ['/%2e%2e/%2e%2e/etc/passwd', '/..%2f..%2fmain/index.js', '/assets/%2E%2E/%2E%2E/%2E%2E/secret', '/%2e%2e']) {
      expect(resolveAssetPath(root, attempt), attempt).toEqual({ ok: false, reason: 'outside-root' })
    }
  })

  // A backslash is only a separator on Windows, so encoded '\\' traversal is checked with path.win32.
  it('refuses traversal with Windows rules too', () => {
    const winRoot = 'C:\\Program Files\\乡约\\resources\\app.asar\\out\\renderer'
    expect(resolveAssetPath(winRoot, '/..%5c..%5c..%5csecret.txt', path.win32)).toEqual({ ok: false, reason: 'outside-root' })
    expect(resolveAssetPath(winRoot, '/assets/app.js', path.win32)).toEqual({
      ok: true,
      filePath: `${winRoot}\\assets\\app.js`,
    })
  })

  it('refuses drive letters, NUL and malformed escapes', () => {
    expect(resolveAssetPath(root, '/C:%5cWindows%5cwin.ini')).toEqual({ ok: false, reason: 'forbidden-character' })
    expect(resolveAssetPath(root, '/index.html%00.png')).toEqual({ ok: false, reason: 'forbidden-character' })
    expect(resolveAssetPath(root, '/%E0%A4%A')).toEqual({ ok: false, reason: 'bad-encoding' })
  })

  it('does not let a sibling directory with the same prefix pass as inside', () => {
    expect(isInside(root, `${root}-evil/index.html`)).toBe(false)
    expect(isInside(root, path.join(root, '..file'))).toBe(true)
    expect(isInside(root, root)).toBe(true)
  })
})

describe('mimeTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['assets/app.js', 'text/javascript; charset=utf-8'],
    ['assets/worker.mjs', 'text/javascript; charset=utf-8'],
    ['assets/app.css', 'text/css; charset=utf-8'],
    ['data/divisions.json', 'application/json; charset=utf-8'],
    ['assets/engine.wasm', 'application/wasm'],
    ['fonts/NotoSerifSC.ttf', 'font/ttf'],
    ['fonts/x.woff2', 'font/woff2'],
    ['logo.svg', 'image/svg+xml'],
    ['LOGO.PNG', 'image/png'],
    ['sample.pdf', 'application/pdf'],
    ['unknown.bin', 'application/octet-stream'],
    ['no-extension', 'application/octet-stream'],
  ])('%s -> %s', (file, type) => {
    expect(mimeTypeFor(file)).toBe(type)
  })
})

describe('isSpaRoute', () => {
  it('treats extension-less paths as client-side routes and asset paths as files', () => {
    expect(isSpaRoute('/people')).toBe(true)
    expect(isSpaRoute('/decisions/01HX3')).toBe(true)
    expect(isSpaRoute('/assets/missing.js')).toBe(false)
    expect(isSpaRoute('/favicon.ico')).toBe(false)
  })
})
