#!/usr/bin/env node
/**
 * Electron smoke test: starts the BUILT app (`npm run build` first) the way a user would, and checks
 * the things no unit test can: the sandboxed preload really loads, the page runs on the fixed
 * app://xiangyue origin under our CSP, Node is out of reach, IPC works and refuses bad input, and
 * the first-run page renders.
 *
 * Needs the Electron binary and a display, so it runs in CI:  xvfb-run -a node tests/electron/smoke.mjs
 * Screenshot: test-results/electron-smoke.png
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { _electron as electron } from 'playwright-core'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'))
const resultsDir = path.join(root, 'test-results')
mkdirSync(resultsDir, { recursive: true })

// A fresh profile, so the app starts on an empty database and shows the first-run page.
const profile = mkdtempSync(path.join(tmpdir(), 'xiangyue-smoke-'))
const env = { ...process.env, XDG_CONFIG_HOME: profile, ELECTRON_ENABLE_LOGGING: '1' }
// Never point the smoke test at a dev server: it must exercise the built app:// origin.
delete env.ELECTRON_RENDERER_URL

const failures = []
const log = (line) => process.stdout.write(`${line}\n`)
function check(condition, message) {
  if (condition) log(`  ok  ${message}`)
  else {
    console.error(`  FAIL ${message}`)
    failures.push(message)
  }
}

const app = await electron.launch({ args: ['.'], cwd: root, env, timeout: 60_000 })
const consoleProblems = []
try {
  const page = await app.firstWindow({ timeout: 60_000 })
  page.on('console', (message) => {
    const text = message.text()
    if (message.type() === 'error' || /Content Security Policy|Refused to/i.test(text)) consoleProblems.push(text)
  })
  page.on('pageerror', (error) => consoleProblems.push(`pageerror: ${error.message}`))
  await page.waitForLoadState('domcontentloaded')

  check(page.url().startsWith('app://xiangyue/'), `page URL is on app://xiangyue/ (${page.url()})`)

  const windowTitle = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle() ?? '')
  check(windowTitle.startsWith('乡约'), `window title starts with 乡约 (${windowTitle})`)

  const isolation = await page.evaluate(() => ({
    api: typeof window.xiangyue === 'object' && window.xiangyue !== null,
    methods: window.xiangyue ? Object.keys(window.xiangyue).sort() : [],
    require: typeof window.require,
    process: typeof window.process,
    module: typeof window.module,
    ipcRenderer: window.xiangyue ? 'ipcRenderer' in window.xiangyue : false,
  }))
  check(isolation.api, 'window.xiangyue is exposed')
  check(
    JSON.stringify(isolation.methods) === JSON.stringify(['appVersion', 'openFile', 'printPdf', 'saveFile']),
    `window.xiangyue has exactly the contract methods (${isolation.methods.join(', ')})`,
  )
  check(isolation.require === 'undefined', 'window.require is undefined')
  check(isolation.process === 'undefined', 'window.process is undefined')
  check(isolation.module === 'undefined', 'window.module is undefined')
  check(!isolation.ipcRenderer, 'no raw ipcRenderer on window.xiangyue')

  const version = await page.evaluate(() => window.xiangyue.appVersion())
  check(version === pkg.version, `appVersion() over IPC is ${pkg.version} (${version})`)

  const refusal = await page.evaluate(async () => {
    try {
      await window.xiangyue.printPdf({ bytes: new TextEncoder().encode('<html>not a pdf</html>'), title: 'x' })
      return 'accepted'
    } catch (error) {
      return String(error instanceof Error ? error.message : error)
    }
  })
  check(/已拒绝/.test(refusal) && /PDF/.test(refusal), `IPC refuses a non-PDF for printPdf (${refusal})`)

  const headers = await page.evaluate(async () => {
    const response = await fetch(location.href)
    return { status: response.status, csp: response.headers.get('content-security-policy') ?? '' }
  })
  check(headers.status === 200, `app:// serves the page over fetch (status ${headers.status})`)
  check(/script-src 'self'/.test(headers.csp) && /object-src 'none'/.test(headers.csp), 'app:// responses carry the CSP header')

  const traversal = await page.evaluate(async () => (await fetch('/%2e%2e/%2e%2e/package.json')).status)
  check(traversal === 404, `path traversal over app:// is refused (status ${traversal})`)

  const popup = await page.evaluate(() => window.open('https://example.com/') === null)
  check(popup, 'window.open is denied')

  const remote = await page.evaluate(async () => {
    try {
      await fetch('https://example.com/')
      return 'loaded'
    } catch {
      return 'blocked'
    }
  })
  check(remote === 'blocked', 'remote fetch is blocked')

  await page.getByText('欢迎使用乡约').first().waitFor({ state: 'visible', timeout: 30_000 })
  check(true, 'first-run page shows 欢迎使用乡约')

  await page.screenshot({ path: path.join(resultsDir, 'electron-smoke.png'), fullPage: true })
  log(`  screenshot: ${path.relative(root, path.join(resultsDir, 'electron-smoke.png'))}`)

  // The blocked fetch above logs a console error by design; everything else counts.
  const unexpected = consoleProblems.filter((text) => !/example\.com|ERR_BLOCKED_BY_CLIENT|Failed to fetch/i.test(text))
  check(unexpected.length === 0, `no console errors or CSP violations${unexpected.length ? `:\n    ${unexpected.join('\n    ')}` : ''}`)
} catch (error) {
  failures.push(String(error?.stack ?? error))
  console.error(error)
} finally {
  await app.close().catch(() => undefined)
  rmSync(profile, { recursive: true, force: true })
}

if (failures.length > 0) {
  console.error(`\nElectron smoke test failed (${failures.length}).`)
  process.exit(1)
}
log('\nElectron smoke test passed.')
