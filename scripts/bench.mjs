#!/usr/bin/env node
/**
 * `npm run bench`: seeds the large sample village in headless Chromium against the built renderer
 * and prints figures as ONE JSON object on the last stdout line. Figures, not assertions: budgets
 * are compared by people (see the issues), never by a timed test.
 *
 * Figures: seed_ms, startup_ms (median of 5 cold navigations to the interactive home screen with
 * the large village), heap_mb (JS heap after startup); then each area's figures from
 * scripts/bench/*.mjs (people search, roster import, PDF rendering).
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'

const port = Number(process.env.XIANGYUE_BENCH_PORT ?? 5792)
const base = `http://127.0.0.1:${port}/`
const printBase = `http://127.0.0.1:${port + 1}/`
const log = (...args) => console.error('[bench]', ...args)
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}
const round = (x) => Math.round(x * 10) / 10

async function startServer(dir, at, entry = 'index.html') {
  const child = spawn(process.execPath, ['scripts/serve.mjs', '--port', String(at), '--dir', dir, '--entry', entry, '--quiet'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  await new Promise((resolve, reject) => {
    child.stdout.once('data', resolve)
    child.once('exit', (code) => reject(new Error(`server exited ${code}`)))
  })
  return child
}

async function setupVillage(page) {
  await page.goto(base)
  await page.getByRole('heading', { name: '欢迎使用乡约' }).waitFor()
  await page.getByTestId('manual-code').click()
  await page.getByTestId('area-code').fill('411381102200')
  await page.getByTestId('village-name').fill('示例村')
  await page.getByTestId('township-name').fill('罗庄镇')
  await page.getByTestId('county-name').fill('邓州市')
  await page.getByTestId('supervision-phone').fill('0377-62123456')
  await page.getByTestId('secretary-name').fill('李秀英')
  await page.getByTestId('profile-submit').click()
  await page.getByRole('heading', { name: '示例村概况' }).waitFor()
}

async function seedLarge(page) {
  await page.goto(`${base}#/settings`)
  await page.getByRole('tab', { name: '示例数据' }).click()
  await page.getByTestId('sample-size-large').click()
  await page.getByTestId('sample-load').click()
  const confirm = page.getByRole('button', { name: '载入', exact: true })
  await confirm.waitFor()
  const started = Date.now()
  await confirm.click()
  await page.getByTestId('sample-done').waitFor({ timeout: 300_000 })
  return Date.now() - started
}

async function measureStartup(context) {
  const page = await context.newPage()
  await page.goto(base)
  await page.waitForFunction(() => performance.getEntriesByName('xiangyue:home-interactive').length > 0, null, { timeout: 60_000 })
  const ms = await page.evaluate(() => performance.getEntriesByName('xiangyue:home-interactive')[0].startTime)
  const text = await page.getByTestId('home-counts').innerText()
  if (!text.includes('10,000')) throw new Error(`首页未显示大样本村数据：${text}`)
  return { page, ms }
}

async function heapMb(page) {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = await cdp.send('Runtime.getHeapUsage')
  return usedSize / 1024 / 1024
}

async function main() {
  const server = await startServer('dist-web', port)
  const printServer = await startServer('dist-bench', port + 1, 'bench/print.html').catch((error) => {
    server.kill()
    throw error
  })
  const userDataDir = mkdtempSync(join(tmpdir(), 'xiangyue-bench-'))
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    locale: 'zh-CN',
    viewport: { width: 1366, height: 800 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
  const figures = {}
  try {
    const page = context.pages()[0] ?? (await context.newPage())
    await setupVillage(page)
    log('village set up; seeding the large sample village…')
    figures.seed_ms = await seedLarge(page)
    log(`seed_ms=${figures.seed_ms}`)
    await page.close()

    const runs = []
    let last
    for (let i = 0; i < 5; i++) {
      const { page: p, ms } = await measureStartup(context)
      runs.push(ms)
      if (last) await last.close()
      last = p
    }
    figures.startup_ms = round(median(runs))
    figures.startup_runs_ms = runs.map(round)
    figures.heap_mb = round(await heapMb(last))

    // Later areas register their measurements here (each adds its own figures).
    const { areaBenchmarks } = await import('./bench/areas.mjs')
    for (const bench of areaBenchmarks) {
      log(`running ${bench.name}…`)
      Object.assign(figures, await bench.run({ context, base, printBase, page: last, log }))
    }
  } finally {
    await context.close()
    server.kill()
    printServer.kill()
    rmSync(userDataDir, { recursive: true, force: true })
  }
  for (const [k, v] of Object.entries(figures)) if (typeof v === 'number') figures[k] = round(v)
  console.log(JSON.stringify(figures))
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
