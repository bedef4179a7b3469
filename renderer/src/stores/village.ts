import { defineStore } from 'pinia'
import { shallowRef } from 'vue'
import { db } from '@/db'
import { loadVillageProfile, saveVillageProfile } from '@/db/repositories/village'
import type { VillageProfile } from '@/domain/village/profile'

export const useVillageStore = defineStore('village', () => {
  const profile = shallowRef<VillageProfile | undefined>()
  let loading: Promise<void> | undefined

  function load(): Promise<void> {
    return (loading ??= loadVillageProfile(db()).then((p) => {
      profile.value = p
    }))
  }

  async function save(next: VillageProfile): Promise<void> {
    await saveVillageProfile(db(), next)
    profile.value = next
  }

  /** The name recorded as the actor of audit entries. */
  const actor = () => profile.value?.secretaryName ?? '未署名'

  return { profile, load, save, actor }
})
