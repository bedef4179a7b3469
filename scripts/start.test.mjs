import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { choose, electronBinary, fallbackMessage } from './start.mjs'

const DIR = '/app/node_modules/electron'

/** A fake file system holding exactly `files` (path → contents). */
function fakeFs(files) {
  return { exists: (file) => file in files, read: (file) => files[file] ?? '' }
}

describe('electronBinary', () => {
  const pkg = { [join(DIR, 'package.json')]: '{}' }

  it('reports the package missing when node_modules/electron is not there', () => {
    expect(electronBinary(DIR, {}, fakeFs({}))).toEqual({ package: false, binary: undefined })
  })

  it('has no binary when path.txt is absent (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1)', () => {
    expect(electronBinary(DIR, {}, fakeFs(pkg))).toEqual({ package: true, binary: undefined })
  })

  it('has no binary when path.txt names a file that is not in dist/', () => {
    const fs = fakeFs({ ...pkg, [join(DIR, 'path.txt')]: 'electron' })
    expect(electronBinary(DIR, {}, fs).binary).toBeUndefined()
  })

  it('finds dist/<path.txt> when it exists', () => {
    const fs = fakeFs({ ...pkg, [join(DIR, 'path.txt')]: 'electron\n', [join(DIR, 'dist', 'electron')]: '' })
    expect(electronBinary(DIR, {}, fs)).toEqual({ package: true, binary: join(DIR, 'dist', 'electron') })
  })

  it('honours ELECTRON_EXEC_PATH, as electron-vite does, over everything else', () => {
    const fs = fakeFs({ ...pkg, [join(DIR, 'path.txt')]: 'electron', [join(DIR, 'dist', 'electron')]: '', '/opt/e/electron': '' })
    expect(electronBinary(DIR, { ELECTRON_EXEC_PATH: '/opt/e/electron' }, fs).binary).toBe('/opt/e/electron')
    expect(electronBinary(DIR, { ELECTRON_EXEC_PATH: '/nowhere/electron' }, fs).binary).toBeUndefined()
  })

  it('honours ELECTRON_OVERRIDE_DIST_PATH, as electron/index.js does', () => {
    const env = { ELECTRON_OVERRIDE_DIST_PATH: '/opt/electron' }
    expect(electronBinary(DIR, env, fakeFs({ ...pkg, '/opt/electron/electron': '' })).binary).toBe('/opt/electron/electron')
    expect(electronBinary(DIR, env, fakeFs(pkg)).binary).toBeUndefined()
  })
})

describe('choose', () => {
  const present = { package: true, binary: '/x/electron' }
  const display = { DISPLAY: ':0' }

  it('opens the window where the binary and a display are there', () => {
    expect(choose({ web: false, electron: present, platform: 'linux', env: display })).toEqual({ mode: 'electron' })
    expect(choose({ web: false, electron: present, platform: 'linux', env: { WAYLAND_DISPLAY: 'wayland-0' } }).mode).toBe('electron')
    expect(choose({ web: false, electron: present, platform: 'win32', env: {} }).mode).toBe('electron')
  })

  it('falls back to the browser, with the reason', () => {
    expect(choose({ web: true, electron: present, platform: 'linux', env: display })).toEqual({ mode: 'web', reason: 'asked' })
    const noPackage = { package: false, binary: undefined }
    expect(choose({ web: false, electron: noPackage, platform: 'linux', env: display })).toEqual({ mode: 'web', reason: 'no-package' })
    const noBinary = { package: true, binary: undefined }
    expect(choose({ web: false, electron: noBinary, platform: 'linux', env: display })).toEqual({ mode: 'web', reason: 'no-binary' })
    expect(choose({ web: false, electron: present, platform: 'linux', env: {} })).toEqual({ mode: 'web', reason: 'no-display' })
  })

  it('names the missing binary rather than the missing display when both are missing', () => {
    expect(choose({ web: false, electron: { package: true, binary: undefined }, platform: 'linux', env: {} }).reason).toBe('no-binary')
  })
})

describe('fallbackMessage', () => {
  it('says why in Chinese first, then English, and gives the address in both', () => {
    const text = fallbackMessage('no-binary', 'http://127.0.0.1:5780/')
    const zh = text.indexOf('本机没有 Electron 运行程序')
    const en = text.indexOf('The Electron binary is not on this machine')
    expect(zh).toBe(0)
    expect(en).toBeGreaterThan(zh)
    expect(text.match(/http:\/\/127\.0\.0\.1:5780\//g)).toHaveLength(2)
  })

  it('has words for every reason choose can give', () => {
    for (const reason of ['asked', 'no-package', 'no-binary', 'no-display']) {
      expect(fallbackMessage(reason, 'http://127.0.0.1:5780/').split('\n')).toHaveLength(4)
    }
  })
})
