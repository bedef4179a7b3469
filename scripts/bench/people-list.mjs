/**
 * people_list_ms: the home screen of the large village (10,000 villagers) is showing, the secretary
 * clicks 人员 in the menu; the wait ends when the first row of the villager table is painted
 * (timing.mjs: from the click's event.timeStamp to the first task after the animation frame that
 * follows the row's insertion, i.e. once that frame has been painted; Chromium's Element Timing
 * for the row's text is logged beside it). Median of 5, each on a new page in the same browser that
 * has just come up on the home screen and settled (idle).
 *
 * people_reload_ms: the same first row after a reload with 人员 open (navigation start → painted).
 *
 * XIANGYUE_BENCH_PROFILE=people: also records one click with Chromium's tracing (V8 samples, blink
 * and devtools.timeline) and prints to stderr where the main thread's time went, by slice and by
 * script; the trace is written to the file named in the log for chrome://tracing or DevTools.
 */
import { writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { median, readWatch, settle, waitMs, watchClickToPaint, watchNavigationToPaint } from './timing.mjs'
import { summariseTrace } from './trace.mjs'

// data-testid first; the class is Element Plus's own row class inside that table
export const FIRST_VILLAGER_ROW = '[data-testid="villager-table"] tbody tr.el-table__row, [data-testid="villager-row"]'
const RUNS = 5

async function openHome(context, base, before) {
  const page = await context.newPage()
  if (before) await before(page)
  await page.goto(base)
  await page.waitForFunction(() => performance.getEntriesByName('xiangyue:home-interactive').length > 0, null, { timeout: 60_000 })
  await page.getByTestId('home-counts').waitFor()
  await settle(page)
  return page
}

async function clickPeople(page) {
  await watchClickToPaint(page, '__peopleList', FIRST_VILLAGER_ROW)
  await page.getByRole('menuitem', { name: '人员' }).click()
  const times = await readWatch(page, '__peopleList')
  return { ms: waitMs(times), times }
}

/** For the profile only: when each IndexedDB read started and succeeded (page ms). */
function logIndexedDb() {
  window.__idbLog = []
  for (const proto of [IDBObjectStore.prototype, IDBIndex.prototype]) {
    for (const op of ['getAll', 'getAllKeys', 'count', 'get', 'openCursor']) {
      const original = proto[op]
      proto[op] = function (...args) {
        const started = performance.now()
        const request = original.apply(this, args)
        const entry = { op: `${this.name}.${op}`, started }
        window.__idbLog.push(entry)
        request.addEventListener('success', () => (entry.ended ??= performance.now()))
        return request
      }
    }
  }
}

async function traceOnce(context, base, log) {
  const page = await openHome(context, base, (p) => p.addInitScript(logIndexedDb))
  await page.evaluate(() => (window.__idbLog.length = 0))
  const cdp = await context.newCDPSession(page)
  const events = []
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value))
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: {
      includedCategories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'disabled-by-default-devtools.timeline.frame',
        'v8.execute',
        'disabled-by-default-v8.cpu_profiler',
        'blink.user_timing',
        'loading',
        'v8',
        'IndexedDB',
      ],
    },
  })
  const { ms, times } = await clickPeople(page)
  const finished = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve))
  await cdp.send('Tracing.end')
  await finished
  const file = join(tmpdir(), `xiangyue-people-list-${Date.now()}.json`)
  writeFileSync(file, JSON.stringify({ traceEvents: events }))
  log(`people list (traced) ${Math.round(ms)} ms; trace: ${file}`)
  log(summariseTrace(events, times))
  const at = (t) => Math.round(t - times.clickAt)
  const reads = await page.evaluate(() => window.__idbLog)
  log(
    `IndexedDB reads after the click (ms from the click): ${reads.map((r) => `${r.op} ${at(r.started)}→${r.ended === undefined ? '?' : at(r.ended)}`).join(', ')}`,
  )
  const chunks = await page.evaluate(
    (clickAt) =>
      performance
        .getEntriesByType('resource')
        .filter((r) => r.startTime >= clickAt)
        .map((r) => ({ name: r.name.split('/').pop(), start: r.startTime, end: r.responseEnd })),
    times.clickAt,
  )
  log(`files fetched after the click: ${chunks.map((c) => `${c.name} ${at(c.start)}→${at(c.end)}`).join(', ')}`)
  log(
    `row inserted ${at(times.insertedAt)}, next frame ${at(times.painted)}, element timing ${times.elementPainted === undefined ? '—' : at(times.elementPainted)}`,
  )
  await page.close()
}

export const peopleList = {
  name: 'people list',
  async run({ context, base, log }) {
    const runs = []
    let reload
    for (let i = 0; i < RUNS; i++) {
      const page = await openHome(context, base)
      const { ms, times } = await clickPeople(page)
      runs.push(ms)
      log(
        `people list ${Math.round(ms)} ms (row inserted ${Math.round(times.insertedAt - times.clickAt)}, next frame ${Math.round(times.painted - times.clickAt)}, element timing ${times.elementPainted === undefined ? '—' : Math.round(times.elementPainted - times.clickAt)})`,
      )
      if (i === RUNS - 1) {
        // the page is on 人员 now: a reload lands there again
        await settle(page)
        await watchNavigationToPaint(page, '__peopleReload', FIRST_VILLAGER_ROW)
        await page.reload()
        const t = await readWatch(page, '__peopleReload')
        reload = t.painted
      }
      await page.close()
    }
    if (process.env.XIANGYUE_BENCH_PROFILE === 'people') await traceOnce(context, base, log)
    return { people_list_ms: median(runs), people_list_runs_ms: runs.map((x) => Math.round(x * 10) / 10), people_reload_ms: reload }
  },
}
