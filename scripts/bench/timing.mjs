/**
 * How the bench times what a person sees, in the page itself (every time is the page's
 * performance.now(), milliseconds since its navigation started):
 *
 * - The start of a wait is the click's own event.timeStamp, taken by a capture listener on the
 *   window: the moment Chromium received the click, before any of the app's handlers ran.
 * - The end is the first paint of the thing awaited. A MutationObserver finds the element the moment
 *   it is inserted (in the same task as the app's render, before the browser paints); then
 *   - `painted`: the time of the first task after the next animation frame — requestAnimationFrame
 *     runs just before the frame's style, layout and paint, and a message posted from it is
 *     delivered after that frame has been painted;
 *   - `elementPainted`: where the element holds text, Chromium's Element Timing entry (a
 *     PerformanceObserver of type 'element') for it: every element of the subtree is given an
 *     `elementtiming` attribute before its first paint, and the earliest renderTime is taken.
 *     The browser's own record of when the text was presented; a cross-check only (waitMs).
 */

/**
 * The in-page watcher (runs in the page: Playwright serialises it). Resolves `window[key]` once an
 * element matching `selector` is painted: { clickAt (the first click's timeStamp, if any),
 * insertedAt, painted, elementPainted?, loaded? (an iframe's load event) }.
 */
function pageWatch({ key, selector }) {
  window[key] = new Promise((resolve) => {
    const state = {}
    addEventListener('click', (event) => (state.clickAt ??= event.timeStamp), { capture: true })
    const elementTimes = []
    const po = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.identifier === key) elementTimes.push(e.renderTime || e.loadTime)
    })
    po.observe({ type: 'element', buffered: true })
    // Tags the element's subtree for Element Timing; again on every later mutation until the frame
    // is painted, since a framework may replace the cells it first inserted before the browser paints.
    const tag = () => {
      const el = document.querySelector(selector)
      if (el)
        for (const node of [el, ...el.querySelectorAll('*')])
          if (!node.hasAttribute('elementtiming')) node.setAttribute('elementtiming', key)
      return el
    }
    const mo = new MutationObserver(() => {
      const el = tag()
      if (el && state.insertedAt === undefined) found(el)
    })
    const found = (el) => {
      state.insertedAt = performance.now()
      if (el.tagName === 'IFRAME') el.addEventListener('load', () => (state.loaded = performance.now()), { once: true })
      requestAnimationFrame(() => {
        const channel = new MessageChannel()
        channel.port1.onmessage = () => {
          state.painted = performance.now()
          mo.disconnect()
          // Element Timing entries are queued once the compositor reports the paint presented:
          // wait for them up to a second (an element that paints no text never gets one)
          const started = performance.now()
          const poll = () => {
            if (!elementTimes.length && performance.now() - started < 1000) return void setTimeout(poll, 50)
            po.disconnect()
            if (elementTimes.length) state.elementPainted = Math.min(...elementTimes)
            resolve(state)
          }
          poll()
        }
        channel.port2.postMessage(null)
      })
    }
    mo.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['src'] })
    const existing = tag()
    if (existing) found(existing)
  })
}

/** Watch for `selector` after the next click: call it, click, then `readWatch(page, key)`. */
export function watchClickToPaint(page, key, selector) {
  return page.evaluate(pageWatch, { key, selector })
}

/** Watch for `selector` from the start of the page's next navigation (reload, goto). */
export function watchNavigationToPaint(page, key, selector) {
  return page.addInitScript(pageWatch, { key, selector })
}

/** The watch's times: { clickAt, insertedAt, painted, elementPainted?, loaded? } (page ms). */
export async function readWatch(page, key, timeout = 60_000) {
  await page.waitForFunction((key) => window[key] !== undefined, key)
  return page.evaluate(
    ({ key, timeout }) =>
      Promise.race([window[key], new Promise((_, reject) => setTimeout(() => reject(new Error(`等待超时：${key}`)), timeout))]),
    { key, timeout },
  )
}

/**
 * Click → first paint: the first task after the next animation frame once the element is in the
 * DOM (`painted`), always available and the same in every run. Element Timing (`elementPainted`,
 * the compositor's presentation of the text, usually 20–60 ms later) is logged beside it where
 * Chromium gave one, but not used: it is missing in some runs, and mixing the two would make the
 * median jump.
 */
export function waitMs(times) {
  if (times.clickAt === undefined || times.painted === undefined) throw new Error('没有测到点击或画出的时间')
  return times.painted - times.clickAt
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}

/** Let the page settle (pending idle work, lazy loads) before a timed click. */
export function settle(page, ms = 400) {
  return page.evaluate(
    (ms) =>
      new Promise((resolve) =>
        setTimeout(() => (typeof requestIdleCallback === 'function' ? requestIdleCallback(resolve, { timeout: 2000 }) : resolve()), ms),
      ),
    ms,
  )
}
