/**
 * 使用方式 (the app's mode): 村委会 (village, the default) or 乡镇工作人员 (township: only the
 * 乡镇汇总 screens). Kept in the township database, so choosing it never touches a village's data.
 *
 *   appMode(ctx) → 'village' | 'township' (cached after the first read)
 *   setAppMode(ctx, mode)
 *   startAppMode(first, ctx) → the start's read (app/startup/firstRead.ts) becomes the cached one;
 *     when it could not read the mode (null), appMode reads it as usual
 */
import { APP_MODE_KEY } from '@/db/names'
import { databasesReady } from '@/db/connections'
import type { TownshipContext } from './context'

export type AppMode = 'village' | 'township'

let cached: Promise<AppMode> | undefined

/** The stored value as a mode: anything but 'township' (nothing stored yet included) is 村委会. */
export const modeOf = (stored: unknown): AppMode => (stored === 'township' ? 'township' : 'village')

export function appMode(ctx: TownshipContext): Promise<AppMode> {
  return (cached ??= stored(ctx).then(modeOf, (error: unknown) => {
    cached = undefined
    throw error
  }))
}

// The township database's code is fetched only when the mode is read or set through it (db/connections.ts).
async function stored(ctx: TownshipContext): Promise<unknown> {
  await databasesReady()
  const { readSetting } = await import('@/db/township')
  return readSetting(ctx.db, APP_MODE_KEY)
}

export function startAppMode(first: Promise<AppMode | null>, ctx: () => TownshipContext): void {
  cached = first.then((mode) => {
    if (mode) return mode
    cached = undefined
    return appMode(ctx())
  })
}

export async function setAppMode(ctx: TownshipContext, mode: AppMode): Promise<void> {
  await databasesReady()
  const { writeSetting } = await import('@/db/township')
  await writeSetting(ctx.db, APP_MODE_KEY, mode)
  cached = Promise.resolve(mode)
}

/** Test support: forget the cached mode. */
export function forgetAppMode(): void {
  cached = undefined
}
