/**
 * prefetchPeople(): called once by the app shell. When the home screen is up (its mark
 * xiangyue:home-interactive, or after 3 s on any other first screen) it reads the people into the
 * store, works out the count line in idle time, and fetches the 人员 screen's code when the main
 * thread is idle, so clicking 人员 paints rows already in memory instead of waiting ~1 s on
 * IndexedDB. It imports nothing at startup: the store and the screen come in by import() here, so
 * the first screen's bundle does not grow.
 * Input: none. Output: none (a failure is silent; the 人员 screen's own load reports errors).
 */
import { whenHomeReady, whenIdle as idle } from '@/components/homeReady'

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
