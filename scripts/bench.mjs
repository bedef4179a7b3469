#!/usr/bin/env node
/**
 * `npm run bench`: seeds the large sample village in headless Chromium against the built renderer
 * and prints figures as ONE JSON object on the last stdout line. Figures, not assertions: budgets
 * are compared by people (see the issues), never by a timed test.
 *
 * An absolute time on this shared machine means little, so each figure that has a floor or a peer
 * is measured beside it in the same run and the JSON carries their ratio; the budgets (declared
 * once in scripts/bench/registry.mjs) are printed last as `budgets: { name: { value, budget, ok } }`.
 *
 * Figures: seed_ms; startup_ms (median of 5: a new page in the same browser each run, the app's
 * page of the run before closed first, from its navigation start to the home screen's ready mark,
 * xiangyue:home-interactive, with the large village, read by markTime) beside blank_page_ms (the same, for an empty page whose one module script sets the
 * ready mark, renderer/bench/blank.html, served by the same server program: the bench's second
 * instance of scripts/serve.mjs, which serves the bench pages), taken in turn → startup_ratio;
 * heap_mb (JS heap after startup); then each area's figures from scripts/bench/areas.mjs (people
 * list, people search, first notice preview, roster import and its IndexedDB floor, PDF rendering
 * and its stock pdfmake peer).
 *
 * XIANGYUE_BENCH_STRICT=1 makes the run exit 1 when a budget is not met (the JSON is printed first).
 * XIANGYUE_BENCH_WEB_DIR=/tmp/web serves another build of the app (an unminified one, to read a
 * profile: `npx vite build --config renderer/vite.web.config.ts --minify false --outDir /tmp/web`).
 * XIANGYUE_BENCH_PAGES_DIR=/tmp/pages serves another build of the bench pages (`npx vite build --config
 * renderer/vite.bench.config.ts --outDir /tmp/pages`), so two people can bench side by side.
 * XIANGYUE_BENCH_ONLY=people,print runs only the areas whose name contains one of the words.
 * An area that fails is logged and named under `errors`; the other areas still run.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { withBudgets } from './bench/registry.mjs'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs'
import { median } from './bench/timing.mjs'

const port = Number(process.env.XIANGYUE_BENCH_PORT ?? 5792)
const base = `http://127.0.0.1:${port}/`
const printBase = `http://127.0.0.1:${port + 1}/`
const log = (...args) => console.error('[bench]', ...args)
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

/**
 * The time of a page's ready mark (ms from its navigation start), read without touching the page
 * while it starts: a plain expression over the DevTools protocol, every 20 ms. Playwright's own
 * waitForFunction first compiles its injected helper script in the page (about 20 ms of the main
 * thread on this machine), which landed inside the app's start, still working when polling
 * began, but after the empty page's mark: it charged the app alone for the harness.
 */
async function markTime(page, name, timeoutMs = 60_000) {
  const cdp = await page.context().newCDPSession(page)
  const expression = `performance.getEntriesByName(${JSON.stringify(name)})[0]?.startTime ?? null`
  try {
    for (const started = Date.now(); Date.now() - started < timeoutMs;) {
      const { result } = await cdp.send('Runtime.evaluate', { expression, returnByValue: true })
      if (typeof result.value === 'number') return result.value
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    throw new Error(`${name} 未在 ${timeoutMs / 1000} 秒内出现`)
  } finally {
    await cdp.detach()
  }
}

/** The floor of startup_ms: an empty page, measured the same way (see the header). */
async function measureBlank(context) {
  const page = await context.newPage()
  await page.goto(`${printBase}bench/blank.html`, { waitUntil: 'commit' })
  const ms = await markTime(page, 'xiangyue:blank-ready')
  await page.close()
  return ms
}

async function measureStartup(context) {
  const page = await context.newPage()
  await page.goto(base, { waitUntil: 'commit' })
  const ms = await markTime(page, 'xiangyue:home-interactive')
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
  const server = await startServer(process.env.XIANGYUE_BENCH_WEB_DIR ?? 'dist-web', port)
  const printServer = await startServer(process.env.XIANGYUE_BENCH_PAGES_DIR ?? 'dist-bench', port + 1, 'bench/print.html').catch(
    (error) => {
      server.kill()
      throw error
    },
  )
  const userDataDir = mkdtempSync(join(tmpdir(), 'xiangyue-bench-'))
  const stopServers = () => {
    server.kill()
    printServer.kill()
    rmSync(userDataDir, { recursive: true, force: true })
  }
  // a browser that does not start (no /usr/bin/chromium) must not leave both servers holding their ports
  const context = await chromium
    .launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      locale: 'zh-CN',
      viewport: { width: 1366, height: 800 },
      args: CHROMIUM_ARGS,
    })
    .catch((error) => {
      stopServers()
      throw error
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
    const blanks = []
    let last
    for (let i = 0; i < 5; i++) {
      // The app of the run before is closed first, as a secretary's PC has it (one window): left
      // open, its idle-time prefetch (10,000 villagers read and indexed) ran through the next run
      // of both pages and made each figure mostly a measure of that.
      if (last) await last.close()
      blanks.push(await measureBlank(context))
      const { page: p, ms } = await measureStartup(context)
      runs.push(ms)
      last = p
    }
    figures.startup_ms = round(median(runs))
    figures.startup_runs_ms = runs.map(round)
    figures.blank_page_ms = round(median(blanks))
    figures.blank_page_runs_ms = blanks.map(round)
    figures.heap_mb = round(await heapMb(last))

    // Later areas register their measurements here (each adds its own figures).
    const { areaBenchmarks } = await import('./bench/areas.mjs')
    // One area's failure (a screen being reworked, say) is reported and the others still run; its
    // figures are then missing, and the budgets name them.
    const only = process.env.XIANGYUE_BENCH_ONLY?.split(',').map((s) => s.trim())
    const errors = {}
    for (const bench of areaBenchmarks) {
      if (only && !only.some((word) => bench.name.includes(word))) continue
      log(`running ${bench.name}…`)
      try {
        Object.assign(figures, await bench.run({ context, base, printBase, page: last, log }))
      } catch (error) {
        log(`${bench.name} failed:`, error)
        errors[bench.name] = String(error?.message ?? error).split('\n')[0]
      }
    }
    if (Object.keys(errors).length) figures.errors = errors
  } finally {
    await context.close()
    stopServers()
  }
  for (const [k, v] of Object.entries(figures)) if (typeof v === 'number') figures[k] = round(v)
  const out = withBudgets(figures)
  console.log(JSON.stringify(out))
  const missed = Object.entries(out.budgets).filter(([, b]) => !b.ok)
  if (missed.length) log(`over budget or missing: ${missed.map(([name, b]) => `${name}=${b.value} (≤ ${b.budget})`).join(', ')}`)
  if (missed.length && process.env.XIANGYUE_BENCH_STRICT === '1') process.exitCode = 1
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
