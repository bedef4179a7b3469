/**
 * Households and villagers: reads and the checks a write repeats inside its unit of work. Writes
 * go through app/people (audited, db/unitOfWork.ts); nothing is ever deleted (a villager who leaves
 * is 迁出, not removed).
 */
import type { GridRow, HouseholdRow, VillagerRow } from '../rows'
import type { XiangyueDb } from '../schema'

export interface PeopleSnapshot {
  households: HouseholdRow[]
  villagers: VillagerRow[]
  grids: GridRow[]
}

export async function loadPeople(db: XiangyueDb): Promise<PeopleSnapshot> {
  return db.transaction('r', db.households, db.villagers, db.grids, async () => {
    const [households, villagers, grids] = await Promise.all([db.households.toArray(), db.villagers.toArray(), db.grids.toArray()])
    return { households, villagers, grids }
  })
}

/** The first stored villager holding one of these ID numbers, if any. */
export function villagerWithIdNumber(db: XiangyueDb, idNumbers: readonly string[]): Promise<VillagerRow | undefined> {
  return db.villagers
    .where('idNumber')
    .anyOf([...idNumbers])
    .first()
}

/** The first stored household with one of these 户号, if any. */
export function householdWithNumber(db: XiangyueDb, householdNos: readonly string[]): Promise<HouseholdRow | undefined> {
  return db.households
    .where('householdNo')
    .anyOf([...householdNos])
    .first()
}

export async function countPeople(db: XiangyueDb): Promise<{ households: number; villagers: number }> {
  const [households, villagers] = await Promise.all([db.households.count(), db.villagers.count()])
  return { households, villagers }
}
