#!/usr/bin/env node
/**
 * The first step of `npm test`: checks for the system packages the tests need that npm does not
 * install, and installs them where it can, so a fresh machine never sees a wall of ENOENT failures.
 *
 *   node scripts/check-system.mjs
 *
 *   chromium        /usr/bin/chromium (or $CHROMIUM_PATH, as playwright.config.ts): the e2e browser
 *   poppler-utils   pdftotext, pdftoppm, pdfinfo on PATH: the print tests read their PDFs back
 *   fonts-noto-cjk  a Chinese system font (`fc-list :lang=zh`): legible e2e screenshots
 *
 * Output: nothing and exit 0 when all are present. When some are missing and the process runs as
 * root with apt-get, it runs `apt-get update && apt-get install -y …` (DEBIAN_FRONTEND=noninteractive)
 * and carries on. Otherwise (not root, no apt-get, XIANGYUE_NO_INSTALL=1, or the install failed) it
 * prints one message on stderr, Chinese first then English, naming the missing packages and the
 * command that installs them, and exits 1.
 *
 * The pure parts (missingPackages, decide, installCommand, stopMessage) are exported for the tests.
 */
import { spawnSync } from 'node:child_process'
import { accessSync, constants, realpathSync } from 'node:fs'
import { delimiter, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const DEFAULT_CHROMIUM = '/usr/bin/chromium'

/** What the tests need, in the order the message names them. `probes` are keys of a Found record. */
export const NEEDS = [
  { pkg: 'chromium', probes: ['chromium'], zh: '端到端测试用的浏览器', en: 'the browser the e2e tests drive' },
  {
    pkg: 'poppler-utils',
    probes: ['pdftotext', 'pdftoppm', 'pdfinfo'],
    zh: '打印测试用它读回 PDF',
    en: 'the print tests read their PDFs back with it',
  },
  { pkg: 'fonts-noto-cjk', probes: ['cjkFont'], zh: '端到端截图里的中文字体', en: 'a Chinese font for the e2e screenshots' },
]

/**
 * Debian packages missing, given what was found.
 * @param {Record<string, boolean>} found e.g. { chromium: true, pdftotext: false, pdftoppm: true, pdfinfo: true, cjkFont: true }
 * @returns {string[]} package names in NEEDS order, e.g. ['poppler-utils']
 */
export function missingPackages(found) {
  return NEEDS.filter((need) => need.probes.some((probe) => found[probe] !== true)).map((need) => need.pkg)
}

/**
 * What to do about the missing packages.
 * @param {{ missing: string[], isRoot: boolean, hasAptGet: boolean, noInstall: boolean }} situation
 * @returns {'ok' | 'install' | 'stop'}
 */
export function decide({ missing, isRoot, hasAptGet, noInstall }) {
  if (missing.length === 0) return 'ok'
  return isRoot && hasAptGet && !noInstall ? 'install' : 'stop'
}

/** The command a person runs to install the packages (with sudo: the person is not root). */
export function installCommand(packages) {
  return `sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}`
}

/**
 * The one message shown when the tests cannot run: Chinese first, then English.
 * @param {string[]} missing package names
 * @param {{ installFailed?: boolean, hasAptGet?: boolean }} [context]
 */
export function stopMessage(missing, { installFailed = false, hasAptGet = true } = {}) {
  const needs = NEEDS.filter((need) => missing.includes(need.pkg))
  const command = installCommand(missing)
  const zh = [
    installFailed ? `自动安装没有成功，测试无法运行。还缺少这些系统软件：` : `测试需要以下系统软件，本机还没有安装，所以测试没有运行：`,
    ...needs.map((need) => `  · ${need.pkg}（${need.zh}）`),
    `请先安装（Debian / Ubuntu）：`,
    `  ${command}`,
    `然后再运行 npm test。以 root 身份运行 npm test 时会自动安装。`,
  ]
  if (!hasAptGet) zh.push(`本机没有 apt-get：请用本机的软件包管理器安装同名软件。`)
  if (missing.includes('chromium')) zh.push(`Chromium 装在别处时，可用 CHROMIUM_PATH 指明它的位置。`)
  const en = [
    installFailed
      ? `The automatic install failed, so the tests did not run. Still missing:`
      : `The tests need these system packages, which are not installed, so the tests did not run:`,
    ...needs.map((need) => `  · ${need.pkg} (${need.en})`),
    `Install them (Debian / Ubuntu):`,
    `  ${command}`,
    `then run npm test again. Run as root, npm test installs them itself.`,
  ]
  if (!hasAptGet) en.push(`No apt-get here: install the same packages with this system's package manager.`)
  if (missing.includes('chromium')) en.push(`If Chromium lives elsewhere, point CHROMIUM_PATH at it.`)
  return [...zh, '', ...en].join('\n')
}

// ---- probes of this machine ---------------------------------------------------------------------

function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK)
    return true
  } catch {
    return false
  }
}

function onPath(command, env) {
  return (env.PATH ?? '')
    .split(delimiter)
    .filter(Boolean)
    .some((dir) => isExecutable(join(dir, command)))
}

function hasChineseFont(env) {
  const fonts = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8', env })
  if (fonts.status === 0 && fonts.stdout.trim() !== '') return true
  // fc-list absent or its cache stale: the package itself counts.
  const pkg = spawnSync('dpkg-query', ['-W', '-f=${Status}', 'fonts-noto-cjk'], { encoding: 'utf8', env })
  return pkg.status === 0 && pkg.stdout.includes('install ok installed')
}

/** @returns {Record<string, boolean>} */
export function probe(env = process.env) {
  return {
    chromium: isExecutable(env.CHROMIUM_PATH || DEFAULT_CHROMIUM),
    pdftotext: onPath('pdftotext', env),
    pdftoppm: onPath('pdftoppm', env),
    pdfinfo: onPath('pdfinfo', env),
    cjkFont: hasChineseFont(env),
  }
}

/** Runs apt-get quietly; on failure shows the tail of its output, which says why. */
function aptGet(args, env) {
  const result = spawnSync('apt-get', args, {
    encoding: 'utf8',
    env: { ...env, DEBIAN_FRONTEND: 'noninteractive' },
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  })
  if (result.status === 0) return true
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? String(result.error) : ''}`
  console.error(output.trim().split('\n').slice(-15).join('\n'))
  return false
}

function main() {
  const env = process.env
  const missing = missingPackages(probe(env))
  const hasAptGet = onPath('apt-get', env)
  const situation = {
    missing,
    isRoot: process.getuid?.() === 0,
    hasAptGet,
    noInstall: env.XIANGYUE_NO_INSTALL === '1',
  }
  const action = decide(situation)
  if (action === 'ok') return 0
  if (action === 'stop') {
    console.error(stopMessage(missing, { hasAptGet }))
    return 1
  }
  const list = missing.join(' ')
  console.log(`正在安装测试所需的系统软件（apt-get，可能要几分钟）：${list}`)
  console.log(`Installing the system packages the tests need (apt-get, may take minutes): ${list}`)
  // The probe afterwards is the judge: apt-get may fail on one package and still install the rest.
  if (aptGet(['update'], env)) aptGet(['install', '-y', ...missing], env)
  const still = missingPackages(probe(env))
  if (still.length > 0) {
    console.error(stopMessage(still, { installFailed: true, hasAptGet }))
    return 1
  }
  console.log('系统软件已装好。 System packages installed.')
  return 0
}

const runAsScript = process.argv[1] !== undefined && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)
if (runAsScript) process.exitCode = main()
