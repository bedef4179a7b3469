/**
 * Element Plus in Chinese everywhere (its empty tables, pagers, date pickers, message boxes), given
 * to the app once rather than by an <el-config-provider> around the screens, and fetched apart from
 * the first bundle: the frame and the home screen, painted at every start, use none of its
 * components (components/AppShell.vue, views/home/HomeView.vue).
 *
 * configureElementPlus(app): the app the configuration is for (main.ts, before mounting).
 * elementPlusReady() → fetches the configuration once, gives it to the app, and resolves then.
 *   Element Plus reads the locale when a component is made, so the router waits for it before
 *   every screen that is not `meta.plain` (router/index.ts); the frame fetches it in idle time
 *   once the home screen is up, so that the first click does not wait for it either.
 */
import type { App } from 'vue'

let target: App | undefined
let ready: Promise<void> | undefined

export function configureElementPlus(app: App): void {
  target = app
}

export function elementPlusReady(): Promise<void> {
  if (!target) return Promise.resolve()
  const app = target
  return (ready ??= import('./elementPlusLocale').then(({ provideChinese }) => provideChinese(app)))
}
