import { describe, expect, it } from 'vitest'
import { computeCheckDigit } from '@/domain/people/idNumber'
import { verifyAuditLog } from '../audit/auditLog'
import { snapshotOf, useTestContexts } from '../testContext'
import { addVillager, checkNewVillager, type NewVillagerInput } from './addVillager'
import { ImportConflictError } from './conflicts'
import { loadPeople } from './loadPeople'

const context = useTestContexts('app-people-add')
const id = (first17: string) => first17 + computeCheckDigit(first17)
const HEAD = id('41138119800101001')
const CHILD = id('41138120100101002')

const newHead: NewVillagerInput = {
  householdMode: 'new',
  householdId: '',
  householdNo: '0101',
  groupName: '第一村民小组',
  name: '王 大山',
  idNumber: HEAD,
  relationToHead: '户主',
  phone: '138 0013 8000',
}

describe('addVillager', () => {
  it('registers the head of a new household: both rows, two audit entries, dated today in Beijing', async () => {
    const ctx = context('2026-03-01T17:00:00.000Z') // 2 March, 01:00 in Beijing
    const result = await addVillager(ctx, newHead, { households: [], villagers: [] })
    if (!result.ok) throw new Error(JSON.stringify(result.check.errors))
    const { households, villagers } = await loadPeople(ctx)
    expect(households).toEqual([result.household])
    expect(households[0]).toMatchObject({ householdNo: '0101', headId: villagers[0]!.id, phone: '13800138000', address: '第一村民小组' })
    expect(villagers[0]).toMatchObject({
      name: '王大山',
      status: '在册',
      statusHistory: [{ status: '在册', from: '2026-03-02', note: '手工登记' }],
    })
    const log = await ctx.db.auditLog.orderBy('seq').toArray()
    expect(log.map((e) => [e.action, e.table])).toEqual([
      ['create', 'households'],
      ['create', 'villagers'],
    ])
    expect(log[1]!.summary).not.toContain(HEAD)
    expect((await verifyAuditLog(ctx)).ok).toBe(true)

    const child = await addVillager(
      ctx,
      {
        ...newHead,
        householdMode: 'existing',
        householdId: households[0]!.id,
        name: '王小山',
        idNumber: CHILD,
        relationToHead: '子',
        phone: '',
      },
      { households, villagers },
    )
    expect(child.ok).toBe(true)
    expect((await loadPeople(ctx)).villagers).toHaveLength(2)
  })

  it('returns the field errors and writes nothing when the entry is refused', async () => {
    const ctx = context()
    const result = await addVillager(
      ctx,
      { ...newHead, idNumber: '411381198001010010', relationToHead: '子', householdNo: '' },
      { households: [], villagers: [] },
    )
    expect(result.ok).toBe(false)
    expect(result.check.errors.idNumber).toBeTruthy()
    expect(result.check.errors.householdNo).toBe('请填写户号')
    expect(result.check.errors.relationToHead).toBe('新建的户须先登记户主')
    expect(await ctx.db.auditLog.count()).toBe(0)
  })

  it('refuses an ID number stored meanwhile by another window, writing nothing', async () => {
    const ctx = context()
    await addVillager(ctx, newHead, { households: [], villagers: [] })
    const before = await snapshotOf(ctx)
    // the form still believes the village is empty
    await expect(addVillager(ctx, { ...newHead, householdNo: '0102' }, { households: [], villagers: [] })).rejects.toBeInstanceOf(
      ImportConflictError,
    )
    await expect(addVillager(ctx, { ...newHead, idNumber: CHILD }, { households: [], villagers: [] })).rejects.toThrow('户号 0101 已存在')
    expect(await snapshotOf(ctx)).toEqual(before)
  })

  it('checks as the form types: an existing household with a head takes no second head', () => {
    const known = {
      households: [
        { id: 'H', householdNo: '0101', groupName: '一组', address: '一组', status: '在册' as const, createdAt: '', updatedAt: '' },
      ],
      villagers: [
        {
          id: 'V',
          householdId: 'H',
          name: '王大山',
          idNumber: HEAD,
          relationToHead: '户主' as const,
          statusHistory: [],
          roles: [],
          status: '在册' as const,
          createdAt: '',
          updatedAt: '',
        },
      ],
    }
    const check = checkNewVillager({ ...newHead, householdMode: 'existing', householdId: 'H', idNumber: CHILD }, known, '2026-03-01')
    expect(check.errors.relationToHead).toContain('该户已有户主')
    expect(checkNewVillager({ ...newHead, householdMode: 'existing', householdId: 'H' }, known, '2026-03-01').errors.idNumber).toBe(
      '该身份证号已登记给村民 王大山',
    )
  })
})
