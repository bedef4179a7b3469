/**
 * Village store: the 村情 profile as last loaded or saved (every screen reads it), and the version
 * a save must hand back (app/village/profile.ts refuses a save over another window's edit).
 */
import { defineStore } from 'pinia'
import { shallowRef } from 'vue'
import { appContext } from '@/app/context'
import { loadVillageProfile, saveVillageProfile } from '@/app/village/profile'
import type { VillageProfile } from '@/domain/village/profile'

export const useVillageStore = defineStore('village', () => {
  const profile = shallowRef<VillageProfile | undefined>()
  let version: string | undefined
  let loading: Promise<void> | undefined

  /** The name recorded as the actor of audit entries. */
  const actor = () => profile.value?.secretaryName ?? '未署名'
  /** The use cases' context, acting as the secretary. */
  const context = () => appContext(actor())

  function load(force = false): Promise<void> {
    if (force) loading = undefined
    return (loading ??= loadVillageProfile(context()).then((stored) => {
      profile.value = stored.profile
      version = stored.version
    }))
  }

  async function save(next: VillageProfile): Promise<void> {
    const stored = await saveVillageProfile(context(), next, version)
    profile.value = stored.profile
    version = stored.version
  }

  return { profile, load, save, actor, context }
})
