/**
 * prefetchPeople(): called once by the app shell. When the home screen is up (its mark
 * xiangyue:home-interactive, or after 3 s on any other first screen) it reads the people into the
 * store, works out the count line in idle time, and fetches the 人员 screen's code when the main
 * thread is idle, so clicking 人员 paints rows already in memory instead of waiting ~1 s on
 * IndexedDB. It imports nothing at startup: the store and the screen come in by import() here, so
 * the first screen's bundle does not grow.
 * Input: none. Output: none (a failure is silent; the 人员 screen's own load reports errors).
 */
const HOME_READY = 'xiangyue:home-interactive'
const FALLBACK_MS = 3000

function whenHomeReady(then: () => void): void {
  let done = false
  const once = () => {
    if (done) return
    done = true
    observer?.disconnect()
    clearTimeout(timer)
    then()
  }
  const timer = setTimeout(once, FALLBACK_MS)
  let observer: PerformanceObserver | undefined
  if (performance.getEntriesByName(HOME_READY).length > 0) return once()
  if (typeof PerformanceObserver === 'function') {
    observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName(HOME_READY).length > 0) once()
    })
    observer.observe({ type: 'mark' })
  }
}

const idle = (fn: () => void) =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(fn, { timeout: 3000 }) : setTimeout(fn, 200)

export function prefetchPeople(): void {
  whenHomeReady(() => {
    // The read first: most of its ~0.7 s is the database working while the main thread is free, so
    // it starts at once rather than after an idle period, to be done before a quick click on 人员.
    void Promise.all([import('@/stores/people'), import('./peopleCounts'), import('@/app/clock')]).then(
      async ([{ usePeopleStore }, { peopleCountsOf }, { todayIso }]) => {
        const people = usePeopleStore()
        if (
          await people.load().then(
            () => true,
            () => false,
          )
        )
          idle(() => peopleCountsOf(people.households, people.villagers, todayIso()))
      },
      () => undefined,
    )
    idle(() => void import('./PeopleView.vue').catch(() => undefined))
  })
}
