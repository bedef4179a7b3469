/**
 * 村情设置 (the village profile) as stored, for every screen (the store keeps it: stores/village.ts).
 *
 * loadVillageProfile(ctx) → { profile, version }: version is what saveVillageProfile (profile.ts)
 * must be given back (undefined before the first setup), so two windows cannot overwrite each
 * other's edits.
 * storedProfile(row) → the same from the settings row itself (the start reads that row without
 * Dexie: app/startup/firstRead.ts).
 * Apart from the save (profile.ts), which brings the audited unit of work: the first screen only reads.
 */
import { loadVillageRow } from '@/db/repositories/village'
import type { SettingRow } from '@/db/rows'
import type { VillageProfile } from '@/domain/village/profile'
import type { AppContext } from '../context'

export interface StoredVillageProfile {
  profile: VillageProfile | undefined
  version: string | undefined
}

export async function loadVillageProfile(ctx: AppContext): Promise<StoredVillageProfile> {
  return storedProfile(await loadVillageRow(ctx.db))
}

export function storedProfile(row: SettingRow | undefined): StoredVillageProfile {
  return { profile: row?.value as VillageProfile | undefined, version: row ? (row.updatedAt ?? '') : undefined }
}
