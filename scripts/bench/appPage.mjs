/**
 * What the click-to-paint benches share (people-list.mjs, cases-list.mjs, decisions.mjs):
 *   openHome(context, base, before?) → a new page on the app's home screen, its ready mark set and the page
 *     settled (`before(page)` runs first: an init script, say);
 *   storedCount(page, store) → how many rows the app's own database holds in `store` (bare IndexedDB
 *     API; 0 when the store does not exist), so a bench can say it had too few records to measure;
 *   tracedClick(context, base, …) → one timed click, profiled (below);
 *   typingToPaint(page, …) → search as you type in a list, one wait per keystroke (below).
 */
import { writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readWatch, settle, waitMs, watchClickToPaint } from './timing.mjs'
import { summariseTrace } from './trace.mjs'

export async function openHome(context, base, before) {
  const page = await context.newPage()
  if (before) await before(page)
  await page.goto(base)
  await page.waitForFunction(() => performance.getEntriesByName('xiangyue:home-interactive').length > 0, null, { timeout: 60_000 })
  await page.getByTestId('home-counts').waitFor()
  await settle(page)
  return page
}

export function storedCount(page, store) {
  return page.evaluate(async (name) => {
    const db = await new Promise((resolve, reject) => {
      const open = indexedDB.open('xiangyue')
      open.onsuccess = () => resolve(open.result)
      open.onerror = () => reject(open.error)
    })
    try {
      if (!db.objectStoreNames.contains(name)) return 0
      return await new Promise((resolve, reject) => {
        const req = db.transaction(name).objectStore(name).count()
        req.onsuccess = () => resolve(req.result)
        req.onerror = () => reject(req.error)
      })
    } finally {
      db.close()
    }
  }, store)
}

/**
 * XIANGYUE_BENCH_PROFILE=<word>: one timed click recorded with Chromium's tracing (V8 samples,
 * blink, devtools.timeline), summarised to the log (trace.mjs) with the IndexedDB reads and the
 * files fetched after the click; the trace itself is written to a file for chrome://tracing.
 *   tracedClick(context, base, { key, selector, click: (page) => Promise, label, log }) → ms
 */
export async function tracedClick(context, base, { key, selector, click, label, log }) {
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
      ],
    },
  })
  await watchClickToPaint(page, key, selector)
  await click(page)
  const times = await readWatch(page, key)
  const finished = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve))
  await cdp.send('Tracing.end')
  await finished
  const file = join(tmpdir(), `xiangyue-${label}-${Date.now()}.json`)
  writeFileSync(file, JSON.stringify({ traceEvents: events }))
  const ms = waitMs(times)
  const at = (t) => Math.round(t - times.clickAt)
  log(`${label} (traced) ${Math.round(ms)} ms; row inserted ${at(times.insertedAt)}; trace: ${file}`)
  log(summariseTrace(events, times))
  const reads = await page.evaluate(() => window.__idbLog)
  log(
    `IndexedDB reads after the click (ms from it): ${reads.map((r) => `${r.op} ${at(r.started)}→${r.ended === undefined ? '?' : at(r.ended)}`).join(', ')}`,
  )
  const files = await page.evaluate(
    (clickAt) =>
      performance
        .getEntriesByType('resource')
        .filter((r) => r.startTime >= clickAt)
        .map((r) => ({ name: r.name.split('/').pop(), start: r.startTime, end: r.responseEnd })),
    times.clickAt,
  )
  log(`files fetched after the click: ${files.map((c) => `${c.name} ${at(c.start)}→${at(c.end)}`).join(', ')}`)
  await page.close()
  return ms
}

/** In the page, before its scripts: when each IndexedDB read started and succeeded (page ms). */
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

/**
 * Search as you type in a list: each query is typed into `input` one character at a time (the box
 * emptied between queries, untimed). A keystroke's wait runs from its keydown (or, for a character
 * typed as text — Chinese — its beforeinput) event.timeStamp to the painted frame after the LAST
 * change it caused under `root` within 400 ms (a MutationObserver; the frame is painted when a
 * message posted from its requestAnimationFrame arrives); a keystroke that changed nothing there
 * ends with the frame after its input event. So a list that filtered late (a debounce, a second
 * render) is timed to its last change.
 *   typingToPaint(page, { input, root, queries, trace? }) → the waits in ms, one per character typed
 *   (with `trace`, a file name: the typing is recorded with Chromium's tracing into that file)
 */
export async function typingToPaint(page, { input, root, queries, trace }) {
  const box = page.locator(input)
  const waits = []
  const cdp = trace ? await page.context().newCDPSession(page) : undefined
  const events = []
  if (cdp) {
    cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value))
    await cdp.send('Tracing.start', {
      transferMode: 'ReportEvents',
      traceConfig: {
        includedCategories: [
          'devtools.timeline',
          'disabled-by-default-devtools.timeline',
          'v8.execute',
          'disabled-by-default-v8.cpu_profiler',
          'v8',
        ],
      },
    })
  }
  for (const q of queries) {
    await box.fill('')
    await settle(page, 200)
    for (const ch of q) {
      await page.evaluate((root) => {
        const s = (window.__typing = {})
        const start = (e) => (s.start ??= e.timeStamp)
        addEventListener('keydown', start, { capture: true, once: true })
        addEventListener('beforeinput', start, { capture: true, once: true })
        const paintedAfter = (key) =>
          requestAnimationFrame(() => {
            const channel = new MessageChannel()
            channel.port1.onmessage = () => (s[key] = performance.now())
            channel.port2.postMessage(null)
          })
        addEventListener('input', () => paintedAfter('inputPainted'), { once: true })
        const mo = new MutationObserver(() => paintedAfter('painted'))
        mo.observe(document.querySelector(root), { childList: true, subtree: true, characterData: true, attributes: true })
        s.stop = () => mo.disconnect()
      }, root)
      await box.pressSequentially(ch)
      const t = await page.evaluate(
        () =>
          new Promise((resolve) =>
            setTimeout(() => {
              const s = window.__typing
              s.stop()
              resolve({ start: s.start, end: s.painted ?? s.inputPainted })
            }, 400),
          ),
      )
      if (t.start === undefined || t.end === undefined) throw new Error(`没有测到按键“${ch}”的时间`)
      waits.push(t.end - t.start)
    }
  }
  if (cdp) {
    const finished = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve))
    await cdp.send('Tracing.end')
    await finished
    writeFileSync(trace, JSON.stringify({ traceEvents: events }))
  }
  await box.fill('')
  return waits
}

/** The p-th percentile (nearest rank) of `xs`. */
export function percentile(xs, p) {
  const sorted = [...xs].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length))) - 1]
}
