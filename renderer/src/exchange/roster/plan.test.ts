import { describe, expect, it } from 'vitest'
import { currentStatus } from '@/domain/people/model'
import { planRosterImport } from './plan'
import type { GoodRosterRow, HouseholdToCreate } from './validate'

const NOW = '2026-03-01T08:00:00.000Z'
function ids() {
  let n = 0
  return () => `ID${String(++n).padStart(3, '0')}`
}
function good(spec: Partial<GoodRosterRow>): GoodRosterRow {
  return {
    row: 2,
    householdNo: '0001',
    relationToHead: '户主',
    name: '王大山',
    idNumber: '411381198001010011',
    groupName: '一组',
    status: '在册',
    newHousehold: true,
    ...spec,
  }
}
const household: HouseholdToCreate = {
  householdNo: '0001',
  groupName: '一组',
  phone: '13800138000',
  headRow: 2,
  headIdNumber: '411381198001010011',
  memberCount: 2,
}

describe('planRosterImport', () => {
  it('creates the new household with its head, and villagers with status history and stamps', () => {
    const plan = planRosterImport(
      {
        householdsToCreate: [household],
        goodRows: [
          good({ phone: '13800138000' }),
          good({ row: 3, relationToHead: '配偶', name: '李秀英', idNumber: '411381198202020027', groupName: '' }),
        ],
      },
      { today: '2026-03-01', existingHouseholdIds: new Map(), newId: ids(), now: () => NOW },
    )
    expect(plan.households).toEqual([
      {
        id: 'ID001',
        householdNo: '0001',
        groupName: '一组',
        address: '一组',
        phone: '13800138000',
        status: '在册',
        headId: 'ID002',
        createdAt: NOW,
        updatedAt: NOW,
      },
    ])
    expect(plan.villagers).toEqual([
      {
        id: 'ID002',
        householdId: 'ID001',
        name: '王大山',
        idNumber: '411381198001010011',
        relationToHead: '户主',
        phone: '13800138000',
        statusHistory: [{ status: '在册', from: '2026-03-01', note: 'Excel导入' }],
        roles: [],
        status: '在册',
        createdAt: NOW,
        updatedAt: NOW,
      },
      {
        id: 'ID003',
        householdId: 'ID001',
        name: '李秀英',
        idNumber: '411381198202020027',
        relationToHead: '配偶',
        statusHistory: [{ status: '在册', from: '2026-03-01', note: 'Excel导入' }],
        roles: [],
        status: '在册',
        createdAt: NOW,
        updatedAt: NOW,
      },
    ])
  })

  it('puts people joining a stored household into it, and keeps 状态 and 备注', () => {
    const plan = planRosterImport(
      {
        householdsToCreate: [],
        goodRows: [good({ householdNo: '0042', relationToHead: '父母', status: '迁出', note: '2019年迁往郑州', newHousehold: false })],
      },
      { today: '2026-03-01', existingHouseholdIds: new Map([['0042', 'H-42']]), newId: ids(), now: () => NOW },
    )
    expect(plan.households).toEqual([])
    const v = plan.villagers[0]!
    expect(v.householdId).toBe('H-42')
    expect(v.status).toBe('迁出')
    expect(v.statusHistory).toEqual([{ status: '迁出', from: '2026-03-01', note: 'Excel导入；备注：2019年迁往郑州' }])
    expect(currentStatus(v, '2026-03-01')).toBe('迁出')
  })

  it('uses ULIDs by default, in sheet order', () => {
    const plan = planRosterImport(
      { householdsToCreate: [household], goodRows: [good({}), good({ row: 3, relationToHead: '子', idNumber: '411381200505050037' })] },
      { today: '2026-03-01', existingHouseholdIds: new Map() },
    )
    const allIds = [plan.households[0]!.id, ...plan.villagers.map((v) => v.id)]
    for (const id of allIds) expect(id).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/)
    expect([...allIds].sort()).toEqual(allIds)
    expect(new Set(allIds).size).toBe(3)
  })

  it('refuses an inconsistent input instead of writing an orphan', () => {
    expect(() =>
      planRosterImport(
        { householdsToCreate: [], goodRows: [good({ householdNo: '0099', newHousehold: false })] },
        { today: '2026-03-01', existingHouseholdIds: new Map() },
      ),
    ).toThrow(/户号 0099/)
    expect(() =>
      planRosterImport({ householdsToCreate: [household], goodRows: [] }, { today: '2026-03-01', existingHouseholdIds: new Map() }),
    ).toThrow(/没有户主/)
  })
})
