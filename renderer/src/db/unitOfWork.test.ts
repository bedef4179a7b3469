import { describe, expect, it } from 'vitest'
import { fixedClock } from '@/domain/calendar/clock'
import { generateSampleVillage } from '@/sample/generateVillage'
import { verifyStoredAuditChain } from './audit/log'
import { useFreshDatabases } from './testDb'
import { audited, StaleRecordError, type UnitContext } from './unitOfWork'

const freshDb = useFreshDatabases('unit-of-work')
const AT = '2026-03-01T01:00:00.000Z'

function context(): UnitContext {
  return { db: freshDb(), actor: '李秀英', clock: fixedClock(AT) }
}

async function withOneHousehold(ctx: UnitContext) {
  const { households } = generateSampleVillage('small')
  const h = { ...households[0]!, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' }
  await audited(ctx, ['households'], (work) => work.add('households', h, { action: 'create', summary: '新建户' }))
  return h
}

describe('audited unit of work', () => {
  it('writes the records and their audit entries together, chained, at the clock’s instant', async () => {
    const ctx = context()
    const h = await withOneHousehold(ctx)
    const stored = await audited(ctx, ['households'], async (work) => {
      const current = await work.require('households', h.id, h.updatedAt)
      return work.put('households', { ...current, groupName: '第二村民小组' }, { action: 'update', summary: '修改户' })
    })
    expect(stored.updatedAt).toBe(AT)
    expect((await ctx.db.households.get(h.id))?.groupName).toBe('第二村民小组')
    const log = await ctx.db.auditLog.orderBy('seq').toArray()
    expect(log.map((e) => [e.action, e.table, e.recordId, e.actor, e.at])).toEqual([
      ['create', 'households', h.id, '李秀英', AT],
      ['update', 'households', h.id, '李秀英', AT],
    ])
    expect(log[1]!.beforeHash).toBe(log[0]!.afterHash)
    expect((await verifyStoredAuditChain(ctx.db)).ok).toBe(true)
  })

  it('refuses a stale write in Chinese and writes nothing, not even the unit’s earlier steps', async () => {
    const ctx = context()
    const h = await withOneHousehold(ctx)
    const auditBefore = await ctx.db.auditLog.count()
    const attempt = audited(ctx, ['households'], async (work) => {
      work.record({ action: 'reveal', table: 'households', recordId: h.id, summary: '查看' })
      await work.read('households', h.id, '2025-12-31T00:00:00.000Z')
    })
    await expect(attempt).rejects.toBeInstanceOf(StaleRecordError)
    await expect(attempt).rejects.toThrow('刚被修改过')
    expect(await ctx.db.auditLog.count()).toBe(auditBefore)
    expect(await ctx.db.households.get(h.id)).toEqual(h)
  })

  it('rolls back every write of the unit when a later step fails', async () => {
    const ctx = context()
    const h = await withOneHousehold(ctx)
    await expect(
      audited(ctx, ['households'], async (work) => {
        const current = await work.require('households', h.id, h.updatedAt)
        await work.put('households', { ...current, phone: '13800138000' }, { action: 'update', summary: '改电话' })
        await work.add('households', { ...h }, { action: 'create', summary: '同一户号再建一次' })
      }),
    ).rejects.toThrow()
    expect((await ctx.db.households.get(h.id))?.phone).toBe(h.phone)
    expect(await ctx.db.auditLog.count()).toBe(1)
  })

  it('never writes a record it has not read (checked) in the same unit', async () => {
    const ctx = context()
    const h = await withOneHousehold(ctx)
    await expect(
      audited(ctx, ['households'], (work) => work.put('households', { ...h, groupName: 'X' }, { action: 'update', summary: '未核对' })),
    ).rejects.toThrow('未经核对版本')
    expect((await ctx.db.households.get(h.id))?.groupName).toBe(h.groupName)
  })

  it('refuses a record created meanwhile when the caller saw none, and one that vanished', async () => {
    const ctx = context()
    const h = await withOneHousehold(ctx)
    await expect(audited(ctx, ['households'], (work) => work.read('households', h.id, undefined))).rejects.toThrow('刚在另一个窗口建立')
    await expect(audited(ctx, ['households'], (work) => work.read('households', 'nobody', h.updatedAt))).rejects.toThrow('已不存在')
    expect(await audited(ctx, ['households'], (work) => work.read('households', 'nobody', undefined))).toBeUndefined()
  })

  it('moves updatedAt forward even when the clock stands still, so the second of two same-instant writes is stale', async () => {
    const ctx = context()
    const h = { ...(await withOneHousehold(ctx)) }
    const change = (phone: string) =>
      audited(ctx, ['households'], async (work) => {
        const current = await work.require('households', h.id, h.updatedAt)
        return work.put('households', { ...current, phone }, { action: 'update', summary: phone })
      })
    const first = await change('13800138000')
    expect(first.updatedAt).toBe(AT)
    h.updatedAt = first.updatedAt
    const second = await change('13900139000')
    expect(second.updatedAt).toBe('2026-03-01T01:00:00.001Z')
    // a third writer that saw the first version is refused
    await expect(
      audited(ctx, ['households'], async (work) => {
        await work.require('households', h.id, first.updatedAt)
      }),
    ).rejects.toBeInstanceOf(StaleRecordError)
  })

  it('lists every record of a bulk addition in one audit entry', async () => {
    const ctx = context()
    const { households, villagers } = generateSampleVillage('small')
    await audited(ctx, ['households', 'villagers'], (work) =>
      work.addMany(
        [
          { table: 'households', rows: households },
          { table: 'villagers', rows: villagers },
        ],
        { action: 'import', table: 'villagers', recordId: 'import:1', summary: '导入' },
      ),
    )
    const log = await ctx.db.auditLog.toArray()
    expect(log).toHaveLength(1)
    expect(log[0]!.items).toHaveLength(households.length + villagers.length)
    expect(log[0]!.items![0]).toMatchObject({ table: 'households', recordId: households[0]!.id })
    expect(await ctx.db.villagers.count()).toBe(villagers.length)
  })
})
