/**
 * 使用方式 (the app's mode): 村委会 (village, the default) or 乡镇工作人员 (township: only the
 * 乡镇汇总 screens). Kept in the township database, so choosing it never touches a village's data.
 *
 *   appMode(ctx) → 'village' | 'township' (cached after the first read)
 *   setAppMode(ctx, mode)
 */
import { readSetting, writeSetting } from '@/db/township'
import type { TownshipContext } from './context'

export type AppMode = 'village' | 'township'

const MODE_KEY = 'appMode'
let cached: AppMode | undefined

export async function appMode(ctx: TownshipContext): Promise<AppMode> {
  if (cached) return cached
  const stored = await readSetting<string>(ctx.db, MODE_KEY)
  cached = stored === 'township' ? 'township' : 'village'
  return cached
}

export async function setAppMode(ctx: TownshipContext, mode: AppMode): Promise<void> {
  await writeSetting(ctx.db, MODE_KEY, mode)
  cached = mode
}

/** Test support: forget the cached mode. */
export function forgetAppMode(): void {
  cached = undefined
}
