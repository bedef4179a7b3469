// testContext first: it installs fake-indexeddb before Dexie is loaded
import { useTestContexts } from '../testContext'
import { describe, expect, it } from 'vitest'
import { computeCheckDigit } from '@/domain/people/idNumber'
import { addVillager } from '../people/addVillager'
import { seedVillage } from '../meetings/testRegistry'
import { homeFacts } from './homeFacts'
import { homeReminders } from './reminders'
import { readAuditHead } from '@/db/audit/head'
import { homeScreen, type HomeCache } from './homeScreen'

const context = useTestContexts('app-village-home-screen')

function memoryCache() {
  const cache = { stored: null as string | null, writes: 0 } as { stored: string | null; writes: number } & HomeCache
  cache.read = () => cache.stored
  cache.write = (v: string) => {
    cache.stored = v
    cache.writes++
  }
  return cache
}

async function addOne(ctx: ReturnType<typeof context>) {
  const idNumber = '41138119800101001' + computeCheckDigit('41138119800101001')
  const added = await addVillager(
    ctx,
    {
      householdMode: 'new',
      householdId: '',
      householdNo: '0901',
      groupName: '第一村民小组',
      name: '王大山',
      idNumber,
      relationToHead: '户主',
      phone: '',
    },
    { households: [], villagers: [] },
  )
  expect(added.ok).toBe(true)
}

describe('homeScreen', () => {
  it('gives the counts and the reminders the home screen shows, as their own rules give them', async () => {
    const ctx = context('2026-03-01T02:00:00.000Z')
    await seedVillage(ctx)
    const screen = await homeScreen(ctx)
    const facts = await homeFacts(ctx)
    expect(screen.counts).toEqual({ households: facts.households, villagers: facts.villagers })
    expect(screen.counts.villagers.inRegister).toBeGreaterThan(0)
    expect(screen.reminders).toEqual(await homeReminders(ctx))
    expect(screen.reminders.map((r) => r.key)).toContain('meeting:quarterly_representatives_meeting')
    expect(screen).toMatchObject({ endingNotices: [], noticeCount: 0, today: '2026年3月1日 星期日' })
  })

  it('answers from the cache for the same audit head and date, and reads again after a write, on a new day or when damaged', async () => {
    const ctx = context('2026-03-01T02:00:00.000Z')
    const cache = memoryCache()
    expect((await homeScreen(ctx, cache)).counts.villagers.inRegister).toBe(0)
    expect(cache.writes).toBe(1)

    // the same head and day: what the cache holds is what is shown (here a doctored figure, to prove it)
    const doctored = JSON.parse(cache.stored!)
    doctored.facts.counts.villagers.inRegister = 7
    cache.stored = JSON.stringify(doctored)
    expect((await homeScreen(ctx, cache)).counts.villagers.inRegister).toBe(7)
    expect(cache.writes).toBe(1)

    await addOne(ctx) // the write moves the head: everything is read again
    expect((await homeScreen(ctx, cache)).counts.villagers.inRegister).toBe(1)
    expect(cache.writes).toBe(2)

    ctx.clock.set('2026-03-02T02:00:00.000Z') // a new day: statuses and reminders may have changed with the date
    expect((await homeScreen(ctx, cache)).today).toBe('2026年3月2日 星期一')
    expect(cache.writes).toBe(3)

    const damaged = JSON.parse(cache.stored!)
    damaged.facts.reminders = [{ key: 'x' }]
    cache.stored = JSON.stringify(damaged)
    expect((await homeScreen(ctx, cache)).counts.villagers.inRegister).toBe(1)
    expect(cache.writes).toBe(4)
  })

  it('a cache written for another database is not this village’s, even with the same (empty) audit head', async () => {
    const cache = memoryCache()
    await homeScreen(context('2026-03-01T02:00:00.000Z'), cache)
    const doctored = JSON.parse(cache.stored!)
    doctored.facts.counts.villagers.inRegister = 7
    cache.stored = JSON.stringify(doctored)
    expect((await homeScreen(context('2026-03-01T02:00:00.000Z'), cache)).counts.villagers.inRegister).toBe(0)
  })

  it('the start’s own read of the head (knownHead) decides the cache as a read here would', async () => {
    const ctx = context('2026-03-01T02:00:00.000Z')
    const cache = memoryCache()
    await homeScreen(ctx, cache)
    const doctored = JSON.parse(cache.stored!)
    doctored.facts.counts.villagers.inRegister = 7
    cache.stored = JSON.stringify(doctored)
    const head = await readAuditHead(ctx.db)
    // the head as it is: the cache answers
    expect((await homeScreen(ctx, cache, Promise.resolve({ dbName: ctx.db.name, head }))).counts.villagers.inRegister).toBe(7)
    // a head that moved since (a write the cache did not see): everything is read again
    const moved = { seq: (head?.seq ?? 0) + 1, hash: 'f'.repeat(64) }
    expect((await homeScreen(ctx, cache, Promise.resolve({ dbName: ctx.db.name, head: moved }))).counts.villagers.inRegister).toBe(0)
    // the start could not read it (null): read here, and the fresh cache answers again
    expect(cache.writes).toBe(2)
    expect((await homeScreen(ctx, cache, Promise.resolve(null))).counts.villagers.inRegister).toBe(0)
    expect(cache.writes).toBe(2)
  })
})
