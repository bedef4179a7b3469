/**
 * The people store's loading (the app shell reads the people in the background on the home screen,
 * views/people/prefetch.ts, so these paths run for real): one read for many callers, a failed read
 * tried again, a forced reload winning over a read already under way, a changed villager giving a
 * new array (what views derive from the rows is kept by the array's identity).
 */
import 'fake-indexeddb/auto'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { configureApp } from '@/app/context'
import { loadSampleVillage } from '@/app/sample/loadSampleVillage'
import { testVillageProfile, useTestContexts } from '@/app/testContext'
import { usePeopleStore } from './people'
import { useVillageStore } from './village'

const context = useTestContexts('people-store')
let ctx: ReturnType<typeof context>
beforeEach(async () => {
  ctx = context('2026-11-02T01:00:00.000Z')
  configureApp({ db: ctx.db, clock: ctx.clock })
  setActivePinia(createPinia())
  await useVillageStore().save(testVillageProfile)
})
afterEach(() => {
  vi.restoreAllMocks()
  configureApp({})
})

describe('people store loading', () => {
  it('a failed read is tried again by the next caller', async () => {
    await loadSampleVillage(ctx, 'small')
    const people = usePeopleStore()
    const spy = vi.spyOn(ctx.db.villagers, 'toArray').mockRejectedValueOnce(new Error('磁盘忙'))
    await expect(people.load()).rejects.toThrow('磁盘忙')
    expect(people.loaded).toBe(false)
    await people.load()
    expect(people.loaded).toBe(true)
    expect(people.villagers).toHaveLength(200)
    expect(spy).toHaveBeenCalledTimes(2)
  })

  it('a forced reload started during a read wins over it', async () => {
    await loadSampleVillage(ctx, 'small')
    const people = usePeopleStore()
    // the first read (as the background read on the home screen saw it: nobody) ends after the second
    let finishFirst = () => {}
    const slow = new Promise((resolve) => (finishFirst = () => resolve({ households: [], villagers: [], grids: [] })))
    vi.spyOn(ctx.db, 'transaction').mockImplementationOnce((() => slow) as never)
    const first = people.load()
    await people.load(true)
    expect(people.villagers).toHaveLength(200)
    finishFirst()
    await first
    expect(people.villagers).toHaveLength(200)
    expect(people.households.length).toBeGreaterThan(0)
  })

  it('a changed villager replaces the array, so what was derived from the old one is not reused', async () => {
    await loadSampleVillage(ctx, 'small')
    const people = usePeopleStore()
    await people.load()
    const before = people.villagers
    const v = before.find((x) => x.status === '在册')!
    expect(await people.setStatus(v, { status: '迁出', from: '2026-11-01' })).toBeUndefined()
    expect(people.villagers).not.toBe(before)
    expect(people.villagers).toHaveLength(before.length)
    expect(people.villagerById.get(v.id)?.status).toBe('迁出')
    expect(before.find((x) => x.id === v.id)?.status).toBe('在册')
  })
})
