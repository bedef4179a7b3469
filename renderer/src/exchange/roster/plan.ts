/**
 * 导入计划：把预检通过的行变成要写入的库记录（新户 + 村民）。Pure apart from ids and the clock,
 * which are injected (tests pass fixed ones). The db layer writes the plan in ONE transaction.
 *
 * - New households get the 户主's 村民小组 and phone; address is the 村民小组 (never below it,
 *   domain-rules §4.3), as the sample generator does.
 * - Members of a household already in the database get its id from `existingHouseholdIds`.
 * - statusHistory starts with the file's status (在册 unless the sheet says 迁出/死亡) from `today`,
 *   noted 'Excel导入'; a 备注 from the sheet is kept in that note (Villager has no other free-text
 *   field, and an import must not drop what the secretary wrote).
 */
import { monotonicFactory } from 'ulid'
import type { HouseholdRow, VillagerRow } from '@/db/rows'
import type { StatusEntry } from '@/domain/people/model'
import type { RosterValidation } from './validate'

export interface PlanOptions {
  /** 'YYYY-MM-DD': the date the statuses take effect. */
  today: string
  /** 户号 → household id, for people who join a household already in the database. */
  existingHouseholdIds: ReadonlyMap<string, string>
  newId?: () => string
  /** ISO instant for createdAt/updatedAt. */
  now?: () => string
}

export interface RosterImportPlan {
  households: HouseholdRow[]
  villagers: VillagerRow[]
}

export const IMPORT_NOTE = 'Excel导入'

export function planRosterImport(
  validation: Pick<RosterValidation, 'goodRows' | 'householdsToCreate'>,
  options: PlanOptions,
): RosterImportPlan {
  // One monotonic factory per plan: ids sort in sheet order, and only the first id of each
  // millisecond draws fresh randomness (plain ulid() makes 16 crypto calls per id: ~1 s for 12,000).
  const newId = options.newId ?? monotonicFactory()
  const stamp = (options.now ?? (() => new Date().toISOString()))()

  const households: HouseholdRow[] = []
  const householdIdByNo = new Map<string, string>()
  const newByNo = new Map<string, HouseholdRow>()
  for (const h of validation.householdsToCreate) {
    const row: HouseholdRow = {
      id: newId(),
      householdNo: h.householdNo,
      groupName: h.groupName,
      address: h.groupName,
      status: '在册',
      createdAt: stamp,
      updatedAt: stamp,
    }
    if (h.phone) row.phone = h.phone
    households.push(row)
    householdIdByNo.set(h.householdNo, row.id)
    newByNo.set(h.householdNo, row)
  }

  const villagers: VillagerRow[] = []
  for (const g of validation.goodRows) {
    const householdId = householdIdByNo.get(g.householdNo) ?? options.existingHouseholdIds.get(g.householdNo)
    if (householdId === undefined) {
      // validate.ts only lets a row through when its household is new or already stored.
      throw new Error(`导入计划出错：第${g.row}行的户号 ${g.householdNo} 既不是新户，也不在库中`)
    }
    const entry: StatusEntry = { status: g.status, from: options.today, note: g.note ? `${IMPORT_NOTE}；备注：${g.note}` : IMPORT_NOTE }
    const row: VillagerRow = {
      id: newId(),
      householdId,
      name: g.name,
      idNumber: g.idNumber,
      relationToHead: g.relationToHead,
      statusHistory: [entry],
      roles: [],
      status: g.status,
      createdAt: stamp,
      updatedAt: stamp,
    }
    if (g.phone) row.phone = g.phone
    villagers.push(row)
    if (g.relationToHead === '户主' && g.newHousehold) {
      const household = newByNo.get(g.householdNo)
      if (household) household.headId = row.id
    }
  }
  for (const h of households) {
    if (!h.headId) throw new Error(`导入计划出错：新户 ${h.householdNo} 没有户主`)
  }
  return { households, villagers }
}
