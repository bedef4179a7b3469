/**
 * prefetchDecisions(): called once by the app shell (components/AppShell.vue), beside prefetchPeople
 * and prefetchViolations. Once the home screen is up (its mark xiangyue:home-interactive, or after
 * 4 s) and the main thread is idle, it fetches the 四议两公开 screen's code and reads every matter
 * into the store (~500 in ten years of a large village), so a click on 四议两公开 paints rows
 * already in memory; the screen re-reads them in idle time after its first paint. When the
 * click comes first, the screen starts the same read itself as it is being built.
 * It imports nothing at startup: the store and the screen come in by import() here.
 * Input: none. Output: none (a failure is silent; the screen's own read reports errors).
 */
import { prefetchScreen } from '@/components/homeReady'

export function prefetchDecisions(): void {
  prefetchScreen(
    () => import('./DecisionsView.vue'),
    () => import('@/stores/decisions').then(({ useDecisionsStore }) => useDecisionsStore()),
  )
}
