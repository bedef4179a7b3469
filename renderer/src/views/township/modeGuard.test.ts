import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import type { RouteLocationNormalized } from 'vue-router'
import { configureTownship } from '@/app/township/context'
import { forgetAppMode, setAppMode } from '@/app/township/mode'
import { useFreshTownshipDbs } from '@/app/township/testDb'
import { fixedClock } from '@/domain/calendar/clock'
import { modeRedirect } from './modeGuard'

const freshDb = useFreshTownshipDbs('mode-guard')
const route = (township: boolean) => ({ matched: [{ meta: township ? { township: true } : {} }] }) as unknown as RouteLocationNormalized

afterEach(() => {
  configureTownship({})
  forgetAppMode()
})

describe('modeRedirect', () => {
  it('村委会 mode: village screens go on to the village checks, township screens are not shown', async () => {
    configureTownship({ db: freshDb(), clock: fixedClock('2026-08-01T00:00:00Z') })
    forgetAppMode()
    expect(await modeRedirect(route(false))).toBeUndefined()
    expect(await modeRedirect(route(true))).toEqual({ path: '/' })
  })

  it('乡镇工作人员 mode: only the township screens', async () => {
    const db = freshDb()
    configureTownship({ db, clock: fixedClock('2026-08-01T00:00:00Z') })
    await setAppMode({ db, clock: fixedClock('2026-08-01T00:00:00Z') }, 'township')
    expect(await modeRedirect(route(true))).toBe(true)
    expect(await modeRedirect(route(false))).toEqual({ name: 'township' })
  })
})
