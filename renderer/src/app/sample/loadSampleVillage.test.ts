import { describe, expect, it } from 'vitest'
import { snapshotOf, useTestContexts } from '../testContext'
import { verifyAuditLog } from '../audit/auditLog'
import { countPeople } from '../people/loadPeople'
import { loadSampleVillage, SampleRefusedError } from './loadSampleVillage'

const context = useTestContexts('app-sample')

describe('loadSampleVillage', () => {
  it('loads into an empty database, every record marked and listed in one seed entry', async () => {
    const ctx = context()
    expect(await loadSampleVillage(ctx, 'small')).toEqual({ households: 60, villagers: 200, matters: 0, meetings: 0, notices: 0, cases: 0 })
    expect(await countPeople(ctx)).toEqual({ households: 60, villagers: 200 })
    expect((await ctx.db.villagers.toArray()).every((v) => v.sample)).toBe(true)
    const log = await ctx.db.auditLog.toArray()
    expect(log).toHaveLength(1)
    expect(log[0]).toMatchObject({ action: 'seed', actor: '李秀英' })
    expect(log[0]!.items!.length).toBe(60 + 200 + (await ctx.db.grids.count()))
    expect((await verifyAuditLog(ctx)).ok).toBe(true)
  })

  // The large village's history (500 matters, ~2,000 meetings, ~1,000 cases) takes minutes on
  // fake-indexeddb; it is loaded and timed in the browser (tests/e2e/decisions-sample.spec.ts).

  it('refuses a database that holds people, leaving it unchanged', async () => {
    const ctx = context()
    await loadSampleVillage(ctx, 'small')
    const before = await snapshotOf(ctx)
    const attempt = loadSampleVillage(ctx, 'small')
    await expect(attempt).rejects.toBeInstanceOf(SampleRefusedError)
    await expect(attempt).rejects.toThrow('示例数据只能载入空数据库：数据库中已有 60 户、200 名村民')
    expect(await snapshotOf(ctx)).toEqual(before)
  })
})
