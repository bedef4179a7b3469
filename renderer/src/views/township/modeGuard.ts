/**
 * The one rule the router applies for the app's mode (app/township/mode.ts): in 乡镇工作人员 mode
 * only the township screens are shown; in 村委会 mode the township screens are not.
 *
 * modeRedirect(to) → undefined (go on with the village's own checks) | true | a route to go to.
 */
import type { RouteLocationNormalized, RouteLocationRaw } from 'vue-router'
import { townshipContext } from '@/app/township/context'
import { appMode } from '@/app/township/mode'

export async function modeRedirect(to: RouteLocationNormalized): Promise<RouteLocationRaw | true | undefined> {
  const township = to.matched.some((r) => r.meta.township === true)
  const mode = await appMode(townshipContext())
  if (mode === 'township') return township ? true : { name: 'township' }
  // village mode: the township screens are not part of it (setup offers the switch)
  return township ? { path: '/' } : undefined
}
