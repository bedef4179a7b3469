/**
 * Village store: the 村情 profile as last loaded or saved (every screen reads it), and the version
 * a save must hand back (app/village/profile.ts refuses a save over another window's edit).
 * start(first): the app's start hands over its own read (app/startup/firstRead.ts) as the first
 * load; when that read could not be made (null), the profile is loaded as usual.
 */
import { defineStore } from 'pinia'
import { shallowRef } from 'vue'
import { appContext } from '@/app/context'
import { databasesReady } from '@/app/startup/databases'
import { loadVillageProfile, type StoredVillageProfile } from '@/app/village/loadProfile'
import type { VillageProfile } from '@/domain/village/profile'

export const useVillageStore = defineStore('village', () => {
  const profile = shallowRef<VillageProfile | undefined>()
  let version: string | undefined
  let loading: Promise<void> | undefined

  /** The name recorded as the actor of audit entries. */
  const actor = () => profile.value?.secretaryName ?? '未署名'
  /** The use cases' context, acting as the secretary. */
  const context = () => appContext(actor())

  function adopt(stored: StoredVillageProfile) {
    profile.value = stored.profile
    version = stored.version
  }

  function load(force = false): Promise<void> {
    if (force) loading = undefined
    return (loading ??= databasesReady()
      .then(() => loadVillageProfile(context()))
      .then(adopt))
  }

  function start(first: Promise<StoredVillageProfile | null>): void {
    loading = first.then((stored) => (stored ? adopt(stored) : load(true)))
  }

  async function save(next: VillageProfile): Promise<void> {
    // fetched when first saved: the audited write is not part of the first screen's code
    const { saveVillageProfile } = await import('@/app/village/profile')
    adopt(await saveVillageProfile(context(), next, version))
  }

  return { profile, load, start, save, actor, context }
})
