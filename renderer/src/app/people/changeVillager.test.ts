import { describe, expect, it } from 'vitest'
import { StaleRecordError } from '@/db/unitOfWork'
import { generateSampleVillage } from '@/sample/generateVillage'
import { verifyAuditLog } from '../audit/auditLog'
import { loadSampleVillage } from '../sample/loadSampleVillage'
import { snapshotOf, useTestContexts } from '../testContext'
import { assignRole, changePhone, changeStatus, endRole, updateHousehold } from './changeVillager'
import { revealIdNumber, revealPhone } from './revealNumber'

const context = useTestContexts('app-people-change')
const sample = generateSampleVillage('small')

async function village() {
  const ctx = context('2026-11-22T02:00:00.000Z')
  await loadSampleVillage(ctx, 'small')
  return ctx
}
const stored = (ctx: Awaited<ReturnType<typeof village>>, id: string) => ctx.db.villagers.get(id).then((v) => v!)

describe('changeStatus', () => {
  it('records 迁出 with the masked ID in the audit summary and moves the row’s status', async () => {
    const ctx = await village()
    const v = sample.villagers.find((x) => x.status === '在册')!
    const result = await changeStatus(ctx, v, { status: '迁出', from: '2026-11-01', note: '考入大学' })
    if (!result.ok) throw new Error(result.reason)
    expect(result.value.status).toBe('迁出')
    expect(result.value.updatedAt).toBe('2026-11-22T02:00:00.000Z')
    expect((await stored(ctx, v.id)).statusHistory.at(-1)).toEqual({ status: '迁出', from: '2026-11-01', note: '考入大学' })
    const last = (await ctx.db.auditLog.orderBy('seq').last())!
    expect(last).toMatchObject({ action: 'status', table: 'villagers', recordId: v.id, actor: '李秀英' })
    expect(last.summary).toContain('自 2026-11-01 起登记为迁出：考入大学')
    expect(last.summary).not.toContain(v.idNumber)
    expect((await verifyAuditLog(ctx)).ok).toBe(true)
  })

  it('returns the domain’s refusal (a date after today) and writes nothing', async () => {
    const ctx = await village()
    const v = sample.villagers.find((x) => x.status === '在册')!
    const before = await snapshotOf(ctx)
    const result = await changeStatus(ctx, v, { status: '迁出', from: '2026-11-23' })
    expect(result.ok).toBe(false)
    expect(await snapshotOf(ctx)).toEqual(before)
  })

  it('refuses a change to a villager changed since the screen read it, and writes nothing', async () => {
    const ctx = await village()
    const v = sample.villagers.find((x) => x.status === '在册' && x.phone)!
    await changePhone(ctx, v, '13900139000')
    const before = await snapshotOf(ctx)
    await expect(changeStatus(ctx, v, { status: '死亡', from: '2026-11-20' })).rejects.toBeInstanceOf(StaleRecordError)
    expect(await snapshotOf(ctx)).toEqual(before)
  })
})

describe('roles, phone, household, reveal', () => {
  it('assigns and ends a role, each one audited', async () => {
    const ctx = await village()
    const v = sample.villagers.find((x) => x.status === '在册' && x.roles.length === 0 && x.relationToHead === '户主')!
    const added = await assignRole(ctx, v, { kind: 'mediator', from: '2026-01-01' })
    if (!added.ok) throw new Error(added.reason)
    const ended = await endRole(ctx, added.value, 0, '2026-11-01')
    if (!ended.ok) throw new Error(ended.reason)
    expect((await stored(ctx, v.id)).roles).toEqual([{ kind: 'mediator', from: '2026-01-01', to: '2026-11-01' }])
    const summaries = (await ctx.db.auditLog.orderBy('seq').toArray()).slice(-2).map((e) => e.summary)
    expect(summaries[0]).toContain('新增身份：人民调解员')
    expect(summaries[1]).toContain('于 2026-11-01 结束')
    const refused = await endRole(ctx, ended.value, 5, '2026-11-01')
    expect(refused.ok).toBe(false)
  })

  it('clears a removed phone instead of keeping the old one', async () => {
    const ctx = await village()
    const v = sample.villagers.find((x) => x.phone)!
    const row = await changePhone(ctx, v, undefined)
    expect(row.phone).toBeUndefined()
    expect((await stored(ctx, v.id)).phone).toBeUndefined()
    expect((await stored(ctx, v.id)).sample).toBe(true)
  })

  it('updates a household checked against the version seen; 户号, 村民小组 and 户主 only change through 更正', async () => {
    const ctx = await village()
    const h = sample.households[0]!
    const row = await updateHousehold(ctx, h, {
      ...h,
      phone: '13800001111',
      householdNo: '9999',
      groupName: '第九村民小组',
      address: '第九村民小组',
      headId: 'someone-else',
    })
    const stored = await ctx.db.households.get(h.id)
    expect(stored).toMatchObject({ phone: '13800001111', householdNo: h.householdNo, groupName: h.groupName, address: h.address })
    expect(stored?.headId).toBe(h.headId)
    expect((await ctx.db.auditLog.orderBy('seq').last())!.summary).toBe(`修改户 ${h.householdNo} 的信息`)
    await expect(updateHousehold(ctx, h, { ...h, phone: '13800002222' })).rejects.toBeInstanceOf(StaleRecordError)
    expect(row.updatedAt > h.updatedAt).toBe(true)
  })

  it('records a reveal, with its purpose, before the number is shown, and never the number itself', async () => {
    const ctx = await village()
    const v = sample.villagers[0]!
    await revealIdNumber(ctx, v, '办理低保')
    await revealPhone(ctx, v, '')
    const [id, phone] = (await ctx.db.auditLog.orderBy('seq').toArray()).slice(-2)
    expect(id).toMatchObject({ action: 'reveal', recordId: v.id })
    expect(id!.summary).toContain('完整身份证号，用途：办理低保')
    expect(phone!.summary).toMatch(/完整电话$/)
    expect(id!.summary).not.toContain(v.idNumber)
  })
})
