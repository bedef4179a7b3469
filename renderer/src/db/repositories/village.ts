/** 村情 (village profile) persistence: one row in `settings`, every save audited. */
import type { VillageProfile } from '@/domain/village/profile'
import { appendAudit } from '../audit/log'
import type { XiangyueDb } from '../schema'

const KEY = 'village'

export async function loadVillageProfile(db: XiangyueDb): Promise<VillageProfile | undefined> {
  return (await db.settings.get(KEY))?.value as VillageProfile | undefined
}

export async function saveVillageProfile(db: XiangyueDb, profile: VillageProfile): Promise<void> {
  await db.transaction('rw', db.settings, db.auditLog, async () => {
    const before = await loadVillageProfile(db)
    await db.settings.put({ key: KEY, value: profile })
    await appendAudit(db, {
      actor: profile.secretaryName,
      action: before ? 'update' : 'setup',
      table: 'settings',
      recordId: KEY,
      summary: before ? '修改村情设置' : `首次设置：${profile.committeeName}`,
      before,
      after: profile,
    })
  })
}

/** True when the database holds no people and no village profile (the sample data may load). */
export async function isDatabaseEmpty(db: XiangyueDb): Promise<{ empty: boolean; reason?: string }> {
  const [households, villagers] = await Promise.all([db.households.count(), db.villagers.count()])
  if (households + villagers > 0) return { empty: false, reason: `数据库中已有 ${households} 户、${villagers} 名村民` }
  return { empty: true }
}
