import { spawnSync } from 'node:child_process'
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { decide, installCommand, missingPackages, probe, stopMessage } from './check-system.mjs'

const SCRIPT = fileURLToPath(new URL('./check-system.mjs', import.meta.url))
const ALL_FOUND = { chromium: true, pdftotext: true, pdftoppm: true, pdfinfo: true, cjkFont: true }

describe('missingPackages', () => {
  it('is empty when everything is found', () => {
    expect(missingPackages(ALL_FOUND)).toEqual([])
  })

  it('names each package whose probe failed', () => {
    expect(missingPackages({ ...ALL_FOUND, chromium: false })).toEqual(['chromium'])
    expect(missingPackages({ ...ALL_FOUND, cjkFont: false })).toEqual(['fonts-noto-cjk'])
  })

  it('counts poppler-utils missing when any one of its three tools is', () => {
    for (const tool of ['pdftotext', 'pdftoppm', 'pdfinfo']) {
      expect(missingPackages({ ...ALL_FOUND, [tool]: false })).toEqual(['poppler-utils'])
    }
  })

  it('names poppler-utils once, and all three packages in a fixed order', () => {
    expect(missingPackages({ pdftotext: false, pdftoppm: false })).toEqual(['chromium', 'poppler-utils', 'fonts-noto-cjk'])
  })
})

describe('decide', () => {
  const missing = ['chromium']
  it('does nothing when nothing is missing, whoever runs it', () => {
    expect(decide({ missing: [], isRoot: false, hasAptGet: false, noInstall: false })).toBe('ok')
  })
  it('installs only as root with apt-get', () => {
    expect(decide({ missing, isRoot: true, hasAptGet: true, noInstall: false })).toBe('install')
    expect(decide({ missing, isRoot: false, hasAptGet: true, noInstall: false })).toBe('stop')
    expect(decide({ missing, isRoot: true, hasAptGet: false, noInstall: false })).toBe('stop')
  })
  it('never installs when told not to', () => {
    expect(decide({ missing, isRoot: true, hasAptGet: true, noInstall: true })).toBe('stop')
  })
})

describe('stopMessage', () => {
  it('gives the exact install command for the missing packages', () => {
    expect(installCommand(['chromium', 'poppler-utils', 'fonts-noto-cjk'])).toBe(
      'sudo apt-get update && sudo apt-get install -y chromium poppler-utils fonts-noto-cjk',
    )
  })

  it('says it in Chinese first, then English, naming only what is missing', () => {
    const text = stopMessage(['poppler-utils'])
    const [zh, en] = text.split('\n\n')
    expect(zh).toContain('测试需要以下系统软件')
    expect(zh).toContain('poppler-utils（打印测试用它读回 PDF）')
    expect(zh).toContain('sudo apt-get install -y poppler-utils')
    expect(en).toContain('The tests need these system packages')
    expect(en).toContain('sudo apt-get install -y poppler-utils')
    expect(text).not.toContain('chromium')
    expect(text).not.toContain('fonts-noto-cjk')
    expect(text.indexOf('测试需要')).toBeLessThan(text.indexOf('The tests need'))
  })

  it('mentions CHROMIUM_PATH only when Chromium is missing', () => {
    expect(stopMessage(['chromium'])).toContain('CHROMIUM_PATH')
    expect(stopMessage(['fonts-noto-cjk'])).not.toContain('CHROMIUM_PATH')
  })

  it('says when the automatic install failed, and when there is no apt-get', () => {
    expect(stopMessage(['chromium'], { installFailed: true })).toContain('自动安装没有成功')
    expect(stopMessage(['chromium'])).not.toContain('自动安装没有成功')
    expect(stopMessage(['chromium'], { hasAptGet: false })).toContain('本机没有 apt-get')
    expect(stopMessage(['chromium'])).not.toContain('本机没有 apt-get')
  })
})

describe('probe and the script, against a fake machine', () => {
  let dir
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true })
    dir = undefined
  })

  /** A bin folder holding only the named commands; `fc-list` prints one Chinese font family. */
  function fakeBin(commands) {
    dir = mkdtempSync(join(tmpdir(), 'xiangyue-check-'))
    for (const command of commands) {
      const file = join(dir, command)
      writeFileSync(file, command === 'fc-list' ? '#!/bin/sh\necho "Noto Sans CJK SC"\n' : '#!/bin/sh\nexit 0\n')
      chmodSync(file, 0o755)
    }
    return dir
  }

  it('finds the tools on PATH, Chromium at CHROMIUM_PATH and a font through fc-list', () => {
    const bin = fakeBin(['pdftotext', 'pdftoppm', 'pdfinfo', 'fc-list', 'chromium'])
    expect(probe({ PATH: bin, CHROMIUM_PATH: join(bin, 'chromium') })).toEqual(ALL_FOUND)
  })

  it('finds nothing on an empty PATH with no Chromium', () => {
    const bin = fakeBin([])
    expect(probe({ PATH: bin, CHROMIUM_PATH: join(bin, 'chromium') })).toEqual({
      chromium: false,
      pdftotext: false,
      pdftoppm: false,
      pdfinfo: false,
      cjkFont: false,
    })
  })

  it('stops with the one message and exit 1 when it may not install', () => {
    const bin = fakeBin(['pdftotext', 'pdfinfo', 'fc-list'])
    const env = { PATH: bin, CHROMIUM_PATH: join(bin, 'chromium'), XIANGYUE_NO_INSTALL: '1' }
    const run = spawnSync(process.execPath, [SCRIPT], { encoding: 'utf8', env })
    expect(run.status).toBe(1)
    expect(run.stdout).toBe('')
    expect(run.stderr.trim()).toBe(stopMessage(['chromium', 'poppler-utils'], { hasAptGet: false }))
  })

  it('says nothing and exits 0 when everything is there', () => {
    const bin = fakeBin(['pdftotext', 'pdftoppm', 'pdfinfo', 'fc-list', 'chromium'])
    const env = { PATH: bin, CHROMIUM_PATH: join(bin, 'chromium'), XIANGYUE_NO_INSTALL: '1' }
    const run = spawnSync(process.execPath, [SCRIPT], { encoding: 'utf8', env })
    expect(run.status).toBe(0)
    expect(run.stdout + run.stderr).toBe('')
  })
})
