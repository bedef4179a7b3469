import { describe, expect, it } from 'vitest'
import { generateSampleVillage } from '@/sample/generateVillage'
import { verifyAuditLog } from '../audit/auditLog'
import { changePhone } from '../people/changeVillager'
import { revealIdNumber } from '../people/revealNumber'
import { snapshotOf, testVillageProfile, useTestContexts } from '../testContext'
import { saveVillageProfile } from '../village/profile'
import { clearSampleVillage } from './clearSampleVillage'
import { loadSampleVillage, SampleRefusedError } from './loadSampleVillage'

const context = useTestContexts('app-sample-clear')

async function villageWithSample() {
  const ctx = context()
  await saveVillageProfile(ctx, testVillageProfile, undefined)
  await loadSampleVillage(ctx, 'small')
  return ctx
}

describe('清除示例数据', () => {
  it('removes every sample record in one audited act; 村情 stays, and the audit check finds every record gone as logged', async () => {
    const ctx = await villageWithSample()
    // looking at a full number changes nothing: the database is still only sample data
    await revealIdNumber(ctx, generateSampleVillage('small').villagers[0]!, '培训演示')
    const out = await clearSampleVillage(ctx)
    expect(out).toMatchObject({ households: 60, villagers: 200 })
    expect(await ctx.db.villagers.count()).toBe(0)
    expect(await ctx.db.households.count()).toBe(0)
    expect(await ctx.db.grids.count()).toBe(0)
    expect((await ctx.db.settings.get('village'))?.value).toEqual(testVillageProfile)
    const last = (await ctx.db.auditLog.toArray()).at(-1)!
    expect(last).toMatchObject({ action: 'delete', summary: expect.stringContaining('清除示例数据（60户、200人') })
    expect(last.items!.every((i) => i.afterHash === null)).toBe(true)
    expect(await verifyAuditLog(ctx)).toMatchObject({ ok: true, problems: [] })
    // and the sample can be loaded again
    await loadSampleVillage(ctx, 'small')
    expect(await ctx.db.villagers.count()).toBe(200)
  })

  it('refuses once the village’s own work has begun (a phone corrected), naming it, and writes nothing', async () => {
    const ctx = await villageWithSample()
    await changePhone(ctx, generateSampleVillage('small').villagers[1]!, '13900139000')
    const before = await snapshotOf(ctx)
    const attempt = clearSampleVillage(ctx)
    await expect(attempt).rejects.toBeInstanceOf(SampleRefusedError)
    await expect(attempt).rejects.toThrow(/载入示例数据之后已有新的操作（修改电话/)
    expect(await snapshotOf(ctx)).toEqual(before)
  })

  it('refuses a database the sample did not write (no marker), and one with a real record', async () => {
    const ctx = context()
    await expect(clearSampleVillage(ctx)).rejects.toThrow('没有找到示例数据的标记')
    const withReal = await villageWithSample()
    const one = (await withReal.db.villagers.toArray())[0]!
    await withReal.db.villagers.put({ ...one, sample: false })
    await expect(clearSampleVillage(withReal)).rejects.toThrow(/不是示例的记录（/)
  })
})
