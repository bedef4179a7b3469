/**
 * When the home screen is up, for work that must not slow the first screen: the screens' prefetch
 * (views/people, views/decisions and views/violations prefetch.ts) read their data and fetch their code then.
 *
 * whenHomeReady(then, fallbackMs = 3000): runs `then` once, when the home screen's mark
 *   xiangyue:home-interactive is set (at once if it already is), or after fallbackMs on any other
 *   first screen, and Dexie's code is in (app/startup/databases.ts): what runs then reads.
 * whenIdle(fn, timeoutMs = 3000): runs `fn` when the main thread is idle (at the latest after
 *   timeoutMs), or shortly where requestIdleCallback does not exist.
 * prefetchScreen(screen, store, waitMs = 4000): once the home screen is up and the main thread is
 *   idle (each waited for at most waitMs), fetches a screen's code (`screen`, an import()) and has
 *   its store load unless it already has: 四议两公开 and 违约处理 (views/<area>/prefetch.ts).
 *   A failure is silent: the screen's own load reports errors.
 */
import { databasesReady } from '@/app/startup/databases'

const HOME_READY = 'xiangyue:home-interactive'

export function whenHomeReady(then: () => void, fallbackMs = 3000): void {
  let done = false
  const once = () => {
    if (done) return
    done = true
    observer?.disconnect()
    clearTimeout(timer)
    databasesReady().then(then, (error: unknown) => console.warn('数据库程序未能载入', error))
  }
  const timer = setTimeout(once, fallbackMs)
  let observer: PerformanceObserver | undefined
  if (performance.getEntriesByName(HOME_READY).length > 0) return once()
  if (typeof PerformanceObserver === 'function') {
    observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName(HOME_READY).length > 0) once()
    })
    observer.observe({ type: 'mark' })
  }
}

export function whenIdle(fn: () => void, timeoutMs = 3000): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(fn, { timeout: timeoutMs })
  else setTimeout(fn, 200)
}

/** The part of an area's store a prefetch needs: has it loaded, and its load. */
export interface PrefetchedStore {
  loaded: boolean
  load(): Promise<unknown>
}

export function prefetchScreen(screen: () => Promise<unknown>, store: () => Promise<PrefetchedStore>, waitMs = 4000): void {
  whenHomeReady(
    () =>
      whenIdle(() => {
        void screen().catch(() => undefined)
        void store()
          .then((s) => (s.loaded ? undefined : s.load()))
          .catch(() => undefined)
      }, waitMs),
    waitMs,
  )
}
