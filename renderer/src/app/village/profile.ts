/**
 * 村情设置 (the village profile): save it checked and audited (loading it: loadProfile.ts, whose
 * loadVillageProfile gives the version to hand back here).
 *
 * saveVillageProfile(ctx, profile, version) → the new { profile, version }; refuses (throws, Chinese)
 * a profile that fails domain/village/profile.ts's checks, or one changed meanwhile — nothing written.
 * The actor is the secretary the profile names (the first setup has no one else to name).
 */
import { VILLAGE_KEY } from '@/db/repositories/village'
import { audited } from '@/db/unitOfWork'
import { validateVillageProfile, type VillageProfile } from '@/domain/village/profile'
import type { AppContext } from '../context'
import type { StoredVillageProfile } from './loadProfile'

export class VillageProfileError extends Error {}

export async function saveVillageProfile(
  ctx: AppContext,
  input: VillageProfile,
  seenVersion: string | undefined,
): Promise<StoredVillageProfile> {
  const checked = validateVillageProfile(input)
  if (!checked.ok) throw new VillageProfileError(`村情信息有误，未保存：${Object.values(checked.errors).join('；')}`)
  const profile = checked.value
  const row = await audited({ ...ctx, actor: profile.secretaryName }, ['settings'], async (work) => {
    const before = await work.read('settings', VILLAGE_KEY, seenVersion)
    return work.put(
      'settings',
      { key: VILLAGE_KEY, value: profile },
      before ? { action: 'update', summary: '修改村情设置' } : { action: 'setup', summary: `首次设置：${profile.committeeName}` },
    )
  })
  return { profile, version: row.updatedAt }
}
