/**
 * The home screen's data, started as early as the app can: main.ts calls preloadHome() before the
 * app mounts when the first screen is the home screen, so IndexedDB works while the code is still
 * being evaluated and the shell rendered, instead of after the home screen has mounted.
 *
 * preloadHome(ctx, knownHead): starts homeScreen(ctx, browserHomeCache(), knownHead)
 *   (app/village/homeScreen.ts), once; knownHead is the audit head the start read.
 * homeData(ctx) → Promise<HomeScreen>: the started read if there is one (taken once: a later visit
 *   to the home screen reads afresh, as the data may have changed), else a new one.
 * forgetPreloadedHome(): drops a started read nobody took (the first screen was another one).
 */
import { browserHomeCache, homeScreen, type HomeScreen } from '@/app/village/homeScreen'
import type { AppContext } from '@/app/context'

let started: Promise<HomeScreen> | undefined

export function preloadHome(ctx: AppContext, knownHead?: Parameters<typeof homeScreen>[2]): void {
  if (started) return
  started = homeScreen(ctx, browserHomeCache(), knownHead)
  // the screen that takes it reports a failure; one nobody takes must not be an unhandled rejection
  started.catch(() => undefined)
}

export function homeData(ctx: AppContext): Promise<HomeScreen> {
  const read = started ?? homeScreen(ctx, browserHomeCache())
  started = undefined
  return read
}

export function forgetPreloadedHome(): void {
  started = undefined
}
