import { describe, expect, it } from 'vitest'
import { StaleRecordError } from '@/db/unitOfWork'
import { computeCheckDigit } from '@/domain/people/idNumber'
import { verifyAuditLog } from '../audit/auditLog'
import { snapshotOf, useTestContexts } from '../testContext'
import { addHousehold } from './addHousehold'
import { addVillager } from './addVillager'
import { correctHousehold } from './correctHousehold'
import { loadPeople } from './loadPeople'

const context = useTestContexts('app-people-correct-household')
const HEAD = '41138119800101001' + computeCheckDigit('41138119800101001')

/** Two households entered by hand: 0101 (head 王大山) and 0102 (no head yet). */
async function twoHouseholds() {
  const ctx = context('2026-03-01T02:00:00.000Z')
  const one = await addHousehold(ctx, { householdNo: '0101', groupName: '第一村民小组' }, [])
  if (!one.ok) throw new Error(JSON.stringify(one.errors))
  const two = await addHousehold(ctx, { householdNo: '0102', groupName: '第一村民小组' }, [one.household])
  if (!two.ok) throw new Error(JSON.stringify(two.errors))
  const head = await addVillager(
    ctx,
    {
      householdMode: 'existing',
      householdId: one.household.id,
      householdNo: '',
      groupName: '',
      name: '王大山',
      idNumber: HEAD,
      relationToHead: '户主',
      phone: '',
    },
    await loadPeople(ctx),
  )
  if (!head.ok) throw new Error(JSON.stringify(head.check.errors))
  const stored = await ctx.db.households.toArray()
  return { ctx, one: stored.find((h) => h.householdNo === '0101')!, two: stored.find((h) => h.householdNo === '0102')! }
}

const lastEntry = async (ctx: ReturnType<typeof context>) => (await ctx.db.auditLog.orderBy('seq').last())!

describe('correctHousehold', () => {
  it('corrects a 户号: old value kept, audited with the field, the reason and the head named', async () => {
    const { ctx, one } = await twoHouseholds()
    const r = await correctHousehold(ctx, one, { field: 'householdNo', value: '0110', reason: '依户口簿核对' })
    if (!r.ok) throw new Error(r.reason)
    expect(r.value).toMatchObject({ id: one.id, householdNo: '0110', headId: one.headId, createdAt: one.createdAt })
    expect(r.value.corrections).toEqual([{ field: 'householdNo', from: '0101', to: '0110', reason: '依户口簿核对', on: '2026-03-01' }])
    expect(await ctx.db.households.get(one.id)).toEqual(r.value)
    const entry = await lastEntry(ctx)
    expect(entry.summary).toBe('更正户号：0101 → 0110，原因：依户口簿核对；户 0110（户主 王大山）')
    expect(entry.beforeHash).toEqual(expect.any(String))
    expect((await verifyAuditLog(ctx)).ok).toBe(true)
  })

  it('refuses a 户号 held by another household, at the field, and writes nothing', async () => {
    const { ctx, one, two } = await twoHouseholds()
    const before = await snapshotOf(ctx)
    expect(await correctHousehold(ctx, two, { field: 'householdNo', value: ' 0101 ', reason: '核对' })).toEqual({
      ok: false,
      reason: '户号 0101 已是另一户（户主 王大山）的户号，请核对后换一个',
      at: 'value',
    })
    expect(await correctHousehold(ctx, one, { field: 'householdNo', value: '0102', reason: '核对' })).toEqual({
      ok: false,
      reason: '户号 0102 已是另一户的户号，请核对后换一个',
      at: 'value',
    })
    expect(await correctHousehold(ctx, one, { field: 'householdNo', value: '0110', reason: '' })).toMatchObject({ ok: false, at: 'reason' })
    expect(await snapshotOf(ctx)).toEqual(before)
  })

  it('corrects the 村民小组, with the address moving with it', async () => {
    const { ctx, two } = await twoHouseholds()
    const r = await correctHousehold(ctx, two, { field: 'groupName', value: '第三村民小组', reason: '分组登记错' })
    if (!r.ok) throw new Error(r.reason)
    expect(r.value).toMatchObject({ groupName: '第三村民小组', address: '第三村民小组' })
    expect((await lastEntry(ctx)).summary).toBe('更正村民小组：第一村民小组 → 第三村民小组，原因：分组登记错；户 0102')
    const { households } = await loadPeople(ctx)
    expect(households.find((h) => h.id === two.id)?.corrections).toHaveLength(1)
  })

  it('refuses a correction to a household changed since it was read', async () => {
    const { ctx, one } = await twoHouseholds()
    const first = await correctHousehold(ctx, one, { field: 'householdNo', value: '0110', reason: '错字' })
    expect(first.ok).toBe(true)
    await expect(correctHousehold(ctx, one, { field: 'groupName', value: '第二村民小组', reason: '错' })).rejects.toBeInstanceOf(
      StaleRecordError,
    )
  })
})
