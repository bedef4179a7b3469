#!/usr/bin/env node
/**
 * `npm start`: 乡约 in its Electron window where the Electron binary is present; otherwise the
 * same app built for the browser and served on http://127.0.0.1:5780/ (what `npm run web` does).
 *
 *   node scripts/start.mjs [--web]
 *
 * This Electron (45) fetches its binary on first use, not at `npm ci`, so a missing binary is fetched
 * once (node_modules/electron/install.js) unless ELECTRON_SKIP_BINARY_DOWNLOAD=1 says not to or
 * there is no display to show it on.
 * The binary is found without require('electron'), which would try to download it and throw.
 * Falls back to the browser, saying why in Chinese then English, when: --web is given, the
 * electron package or its binary is missing (and cannot be fetched), or Linux has no display.
 * XIANGYUE_PORT changes the port (as in serve.mjs). Exit code: the app's, or 1 if the port is taken.
 *
 * The pure parts (electronBinary, choose, fallbackMessage) are exported for the tests.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, realpathSync } from 'node:fs'
import { createServer } from 'node:net'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const ELECTRON_DIR = join(ROOT, 'node_modules', 'electron')

/**
 * Where the Electron executable is, or undefined: ELECTRON_EXEC_PATH (electron-vite's override),
 * ELECTRON_OVERRIDE_DIST_PATH (electron's), else dist/<path.txt> as node_modules/electron/index.js
 * finds it. The file must exist.
 * @param {string} electronDir node_modules/electron
 * @param {Record<string, string | undefined>} env
 * @param {{ exists: (file: string) => boolean, read: (file: string) => string }} fs
 * @returns {{ package: boolean, binary: string | undefined }}
 */
export function electronBinary(electronDir, env, fs) {
  if (!fs.exists(join(electronDir, 'package.json'))) return { package: false, binary: undefined }
  const pathFile = join(electronDir, 'path.txt')
  const executable = fs.exists(pathFile) ? fs.read(pathFile).trim() : ''
  const binary = env.ELECTRON_EXEC_PATH
    ? env.ELECTRON_EXEC_PATH
    : env.ELECTRON_OVERRIDE_DIST_PATH
      ? join(env.ELECTRON_OVERRIDE_DIST_PATH, executable || 'electron')
      : executable
        ? join(electronDir, 'dist', executable)
        : undefined
  return { package: true, binary: binary && fs.exists(binary) ? binary : undefined }
}

/**
 * Window or browser, and why.
 * @param {{ web: boolean, electron: { package: boolean, binary: string | undefined }, platform: string, env: Record<string, string | undefined> }} situation
 * @returns {{ mode: 'electron' } | { mode: 'web', reason: 'asked' | 'no-package' | 'no-binary' | 'no-display' }}
 */
export function choose({ web, electron, platform, env }) {
  if (web) return { mode: 'web', reason: 'asked' }
  if (!electron.package) return { mode: 'web', reason: 'no-package' }
  if (!electron.binary) return { mode: 'web', reason: 'no-binary' }
  if (platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY) return { mode: 'web', reason: 'no-display' }
  return { mode: 'electron' }
}

const REASONS = {
  asked: ['按要求在浏览器中运行乡约。', 'Running 乡约 in the browser, as asked.'],
  'no-package': [
    '没有安装 Electron（node_modules/electron 不存在），无法打开桌面窗口。',
    'Electron is not installed (no node_modules/electron), so no desktop window.',
  ],
  'no-binary': [
    '本机没有 Electron 运行程序（安装时跳过了下载，或无法下载），无法打开桌面窗口。',
    'The Electron binary is not on this machine (its download was skipped or failed), so no desktop window.',
  ],
  'no-display': ['本机没有图形界面（没有 DISPLAY），无法打开桌面窗口。', 'This machine has no display (no DISPLAY), so no desktop window.'],
}

/** What the person reads before the browser build starts: Chinese first, then English. */
export function fallbackMessage(reason, address) {
  const [zh, en] = REASONS[reason]
  return [
    zh,
    `改为构建同一个程序，在浏览器中使用：${address}（用 Chrome、Edge 或 Chromium 打开）`,
    en,
    `Building the same app for the browser instead: ${address} (open it in Chrome, Edge or Chromium)`,
  ].join('\n')
}

// ---- running it --------------------------------------------------------------------------------

const nodeFs = { exists: existsSync, read: (file) => readFileSync(file, 'utf8') }

/** npm itself when we were started by npm (so `npm run` works on every platform), else npm on PATH. */
function npm(args) {
  const viaNpm = process.env.npm_execpath
  return viaNpm
    ? spawnSync(process.execPath, [viaNpm, ...args], { stdio: 'inherit', cwd: ROOT })
    : spawnSync('npm', args, { stdio: 'inherit', cwd: ROOT, shell: process.platform === 'win32' })
}

function fetchElectron() {
  console.log('正在下载 Electron 运行程序（约 100 MB，只需一次）…\nDownloading the Electron binary (about 100 MB, once)…')
  const result = spawnSync(process.execPath, [join(ELECTRON_DIR, 'install.js')], {
    cwd: ELECTRON_DIR,
    encoding: 'utf8',
    stdio: ['ignore', 'inherit', 'pipe'],
    timeout: 15 * 60_000,
  })
  if (result.status === 0) return true
  // install.js prints a stack trace; its first line says why (e.g. "TypeError: fetch failed").
  const why = (result.stderr ?? '').trim().split('\n')[0] || String(result.error ?? result.signal ?? '')
  console.log(`下载没有成功（${why}）。\nThe download failed (${why}).`)
  return false
}

function portIsFree(port) {
  return new Promise((resolve) => {
    const probe = createServer()
    probe.once('error', () => resolve(false))
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)))
  })
}

async function runInBrowser(reason) {
  const port = Number(process.env.XIANGYUE_PORT ?? '5780')
  const address = `http://127.0.0.1:${port}/`
  if (!(await portIsFree(port))) {
    console.error(
      `端口 ${port} 已被占用：乡约可能已在运行，请直接打开 ${address}；否则请先关闭占用该端口的程序。\n` +
        `Port ${port} is taken: 乡约 may already be running at ${address}; otherwise stop what holds the port.`,
    )
    return 1
  }
  console.log(fallbackMessage(reason, address))
  const build = npm(['run', 'build:web'])
  if (build.status !== 0) return build.status ?? 1
  // serve.mjs runs on import and keeps this process alive until Ctrl+C.
  await import('./serve.mjs')
  return undefined
}

function runInWindow(binary) {
  console.log('正在构建并打开乡约桌面窗口…\nBuilding 乡约 and opening its desktop window…')
  const cli = join(dirname(ELECTRON_DIR), 'electron-vite', 'bin', 'electron-vite.js')
  // Electron refuses to run as root on Linux unless its sandbox is off.
  const noSandbox = process.platform === 'linux' && process.getuid?.() === 0 ? ['--noSandbox'] : []
  // electron-vite reads only ELECTRON_EXEC_PATH or path.txt: hand it the binary found here.
  const env = { ...process.env, ELECTRON_EXEC_PATH: binary }
  const result = spawnSync(process.execPath, [cli, 'preview', ...noSandbox], { stdio: 'inherit', cwd: ROOT, env })
  return result.status ?? 1
}

async function main() {
  const web = process.argv.includes('--web')
  const env = process.env
  let electron = electronBinary(ELECTRON_DIR, env, nodeFs)
  let choice = choose({ web, electron, platform: process.platform, env })
  // Fetch the binary only where a window could open: no 100 MB download on a headless server.
  const skipDownload = ['1', 'true'].includes(String(env.ELECTRON_SKIP_BINARY_DOWNLOAD).toLowerCase())
  const canShowWindow = choose({ web, electron: { package: true, binary: 'any' }, platform: process.platform, env }).mode === 'electron'
  if (choice.mode === 'web' && choice.reason === 'no-binary' && canShowWindow && !skipDownload && fetchElectron()) {
    electron = electronBinary(ELECTRON_DIR, env, nodeFs)
    choice = choose({ web, electron, platform: process.platform, env })
  }
  return choice.mode === 'electron' ? runInWindow(electron.binary) : runInBrowser(choice.reason)
}

const runAsScript = process.argv[1] !== undefined && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)
if (runAsScript) {
  const code = await main()
  if (code !== undefined) process.exitCode = code
}
