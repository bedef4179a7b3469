/** 村情 (village profile) persistence: one row in `settings`. Written only through app/village (audited). */
import type { VillageProfile } from '@/domain/village/profile'
import { VILLAGE_KEY } from '../names'
import type { SettingRow } from '../rows'
import type { XiangyueDb } from '../schema'

export { VILLAGE_KEY }

export async function loadVillageRow(db: XiangyueDb): Promise<SettingRow | undefined> {
  return db.settings.get(VILLAGE_KEY)
}

export async function loadVillageProfile(db: XiangyueDb): Promise<VillageProfile | undefined> {
  return (await loadVillageRow(db))?.value as VillageProfile | undefined
}

/** True when the database holds no people (the sample data may load). */
export async function isDatabaseEmpty(db: XiangyueDb): Promise<{ empty: boolean; reason?: string }> {
  const [households, villagers] = await Promise.all([db.households.count(), db.villagers.count()])
  if (households + villagers > 0) return { empty: false, reason: `数据库中已有 ${households} 户、${villagers} 名村民` }
  return { empty: true }
}
