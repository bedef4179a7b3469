import { describe, expect, it } from 'vitest'
import { household, villager } from '@/domain/people/testFixtures'
import type { HouseholdRow, VillagerRow } from '@/db/rows'
import { latestStatus } from '@/domain/people/model'
import type { Household, Villager } from '@/domain/people/model'
import { useTestContexts } from '../testContext'
import { homeFacts, registerCounts, type CountsCache } from './homeFacts'
import { addVillager } from '../people/addVillager'
import { computeCheckDigit } from '@/domain/people/idNumber'

const context = useTestContexts('app-village-home')
const stamp = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' }
const asHouseholdRow = (h: Household): HouseholdRow => ({ ...h, ...stamp })
const asVillagerRow = (v: Villager): VillagerRow => ({ ...v, ...stamp, status: latestStatus(v) })

describe('registerCounts', () => {
  it('counts each villager once, by the status in force on the date; 迁出 and 死亡 apart', () => {
    const counts = registerCounts(
      [household({ id: 'H1' }), household({ id: 'H2' })],
      [
        villager({ householdId: 'H1', registeredFrom: '2000-01-01' }),
        villager({
          householdId: 'H1',
          statusHistory: [
            { status: '在册', from: '2000-01-01' },
            { status: '迁出', from: '2026-02-01' },
          ],
        }),
        villager({
          householdId: 'H2',
          statusHistory: [
            { status: '在册', from: '2000-01-01' },
            { status: '死亡', from: '2025-05-05' },
          ],
        }),
      ],
      '2026-03-01',
    )
    expect(counts).toEqual({
      households: { inRegister: 1, withoutMembers: 1 },
      villagers: { inRegister: 1, movedOut: 1, deceased: 1, notYet: 0 },
    })
  })

  it('a move on the date itself has happened; one dated the next day has not (the date is inclusive)', () => {
    const moving = (from: string) => [
      villager({
        householdId: 'H1',
        statusHistory: [
          { status: '在册', from: '2000-01-01' },
          { status: '迁出', from },
        ],
      }),
    ]
    const h = [household({ id: 'H1' })]
    expect(registerCounts(h, moving('2026-03-01'), '2026-03-01').villagers).toMatchObject({ inRegister: 0, movedOut: 1 })
    expect(registerCounts(h, moving('2026-03-02'), '2026-03-01').villagers).toMatchObject({ inRegister: 1, movedOut: 0 })
    expect(registerCounts(h, moving('2026-02-28'), '2026-03-01').villagers).toMatchObject({ inRegister: 0, movedOut: 1 })
  })

  it('someone registered only from a later date is not yet 在册; someone with no status recorded is 在册', () => {
    const counts = registerCounts(
      [household({ id: 'H1' })],
      [villager({ householdId: 'H1', registeredFrom: '2026-03-02' }), villager({ householdId: 'H1', statusHistory: [] })],
      '2026-03-01',
    )
    expect(counts.villagers).toEqual({ inRegister: 1, movedOut: 0, deceased: 0, notYet: 1 })
    expect(counts.households).toEqual({ inRegister: 1, withoutMembers: 0 })
  })

  it('a 注销 household is not counted at all, an empty open one is counted apart', () => {
    const counts = registerCounts(
      [household({ id: 'H1', status: '注销' }), household({ id: 'H2' }), household({ id: 'H3' })],
      [villager({ householdId: 'H1' }), villager({ householdId: 'H3' })],
      '2026-03-01',
    )
    expect(counts.households).toEqual({ inRegister: 1, withoutMembers: 1 })
    expect(counts.villagers.inRegister).toBe(2)
  })

  it('a same-day correction: the entry recorded last on that date wins', () => {
    const v = villager({
      householdId: 'H1',
      statusHistory: [
        { status: '在册', from: '2000-01-01' },
        { status: '死亡', from: '2026-03-01' },
        { status: '在册', from: '2026-03-01', note: '误录更正' },
      ],
    })
    expect(registerCounts([household({ id: 'H1' })], [v], '2026-03-01').villagers.inRegister).toBe(1)
  })
})

describe('homeFacts', () => {
  it('reads the stored register on today’s Beijing date, not the row’s latest status', async () => {
    // 2026-03-01T17:00Z is 2 March, 01:00 in Beijing: a move dated 2 March has happened already.
    const ctx = context('2026-03-01T17:00:00.000Z')
    await ctx.db.households.bulkAdd([asHouseholdRow(household({ id: 'H1' })), asHouseholdRow(household({ id: 'H2' }))])
    await ctx.db.villagers.bulkAdd([
      asVillagerRow(villager({ householdId: 'H1', registeredFrom: '1990-01-01' })),
      asVillagerRow(villager({ householdId: 'H1', registeredFrom: '1990-01-01' })),
      asVillagerRow(
        villager({
          householdId: 'H2',
          statusHistory: [
            { status: '在册', from: '1990-01-01' },
            { status: '迁出', from: '2026-03-02' },
          ],
        }),
      ),
      // recorded ahead of time: the row's `status` already says 迁出, but on 2 March she is 在册
      asVillagerRow(
        villager({
          householdId: 'H2',
          statusHistory: [
            { status: '在册', from: '1990-01-01' },
            { status: '迁出', from: '2026-03-03' },
          ],
        }),
      ),
      asVillagerRow(
        villager({
          householdId: 'H1',
          statusHistory: [
            { status: '在册', from: '1990-01-01' },
            { status: '死亡', from: '2026-01-10' },
          ],
        }),
      ),
    ])
    expect(await homeFacts(ctx)).toEqual({
      households: { inRegister: 2, withoutMembers: 0 },
      villagers: { inRegister: 3, movedOut: 1, deceased: 1, notYet: 0 },
      today: '2026年3月2日 星期一',
    })
    // one day later, in Beijing, the second move has happened too and H2 has nobody left
    ctx.clock.set('2026-03-02T16:00:00.000Z')
    expect(await homeFacts(ctx)).toMatchObject({
      households: { inRegister: 1, withoutMembers: 1 },
      villagers: { inRegister: 2, movedOut: 2, deceased: 1 },
      today: '2026年3月3日 星期二',
    })
  })

  it('an empty village: zeros', async () => {
    const facts = await homeFacts(context())
    expect(facts.villagers).toEqual({ inRegister: 0, movedOut: 0, deceased: 0, notYet: 0 })
    expect(facts.households).toEqual({ inRegister: 0, withoutMembers: 0 })
  })

  it('keeps the counts for the same audit head and date, and reads them again after any write or on a new day', async () => {
    const ctx = context('2026-03-01T02:00:00.000Z')
    let stored: string | null = null
    let writes = 0
    const cache: CountsCache = { read: () => stored, write: (v) => ((stored = v), writes++) }
    const first = await homeFacts(ctx, cache)
    expect(first.villagers.inRegister).toBe(0)
    expect(writes).toBe(1)
    await homeFacts(ctx, cache)
    expect(writes).toBe(1) // nothing changed: the cache answered

    const idNumber = '41138119800101001' + computeCheckDigit('41138119800101001')
    const added = await addVillager(
      ctx,
      {
        householdMode: 'new',
        householdId: '',
        householdNo: '0101',
        groupName: '第一村民小组',
        name: '王大山',
        idNumber,
        relationToHead: '户主',
        phone: '',
      },
      { households: [], villagers: [] },
    )
    expect(added.ok).toBe(true)
    expect((await homeFacts(ctx, cache)).villagers.inRegister).toBe(1) // the write moved the head
    expect(writes).toBe(2)

    ctx.clock.set('2026-03-02T02:00:00.000Z')
    await homeFacts(ctx, cache)
    expect(writes).toBe(3) // a new day: statuses may have changed with the date

    stored = '{"tag":"x","counts":{"villagers":{"inRegister":-1}}}' // damaged: ignored, read again
    expect((await homeFacts(ctx, cache)).villagers.inRegister).toBe(1)
  })
})
