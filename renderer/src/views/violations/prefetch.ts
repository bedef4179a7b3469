/**
 * prefetchViolations(): called once by the app shell (AppShell.vue), beside prefetchPeople. Once the
 * home screen is up (its mark xiangyue:home-interactive, or after 4 s) and the main thread is
 * idle, it fetches the 违约处理 screen's code and reads the cases into the store, so a click on
 * 违约处理 paints rows already in memory (and re-reads them in idle time after that first paint).
 * Without it, the screen paints its first page from a small read (store.loadRecent) before the
 * whole history.
 * It imports nothing at startup: the store and the screen come in by import() here.
 * Input: none. Output: none (a failure is silent; the screen's own load reports errors).
 */
import { prefetchScreen } from '@/components/homeReady'

export function prefetchViolations(): void {
  prefetchScreen(
    () => import('./ViolationsView.vue'),
    () => import('@/stores/violations').then(({ useViolationsStore }) => useViolationsStore()),
  )
}
