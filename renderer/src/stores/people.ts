/**
 * People store: holds the village's households and villagers in memory (10,000 people is a few
 * MB) so lists, filters and search-as-you-type never wait on the database. Writes go through the
 * repository (audited) and then replace the changed row here.
 */
import { defineStore } from 'pinia'
import { computed, shallowRef, triggerRef } from 'vue'
import { db } from '@/db'
import type { GridRow, HouseholdRow, VillagerRow } from '@/db/rows'
import {
  addVillager,
  importPeople,
  loadPeople,
  recordReveal,
  recordRosterExport,
  saveVillagerRoleAdded,
  saveVillagerRoleEnded,
  saveHousehold,
  saveVillagerContact,
  saveVillagerStatus,
} from '@/db/repositories/people'
import { addRole, changeStatus, endRole } from '@/domain/people/changes'
import type { RoleAssignment, StatusEntry } from '@/domain/people/model'
import { buildPeopleIndex, type PeopleIndex } from '@/domain/people/search'
import { todayIso } from '@/domain/calendar/clock'
import { useVillageStore } from './village'

export const usePeopleStore = defineStore('people', () => {
  const households = shallowRef<HouseholdRow[]>([])
  const villagers = shallowRef<VillagerRow[]>([])
  const grids = shallowRef<GridRow[]>([])
  const loaded = shallowRef(false)
  let loading: Promise<void> | undefined

  const householdById = computed(() => new Map(households.value.map((h) => [h.id, h])))
  const villagerById = computed(() => new Map(villagers.value.map((v) => [v.id, v])))
  const gridById = computed(() => new Map(grids.value.map((g) => [g.id, g])))
  const groupNames = computed(() => [...new Set(households.value.map((h) => h.groupName))].sort((a, b) => a.localeCompare(b, 'zh-CN')))
  const membersOf = computed(() => {
    const map = new Map<string, VillagerRow[]>()
    for (const v of villagers.value) {
      const list = map.get(v.householdId)
      if (list) list.push(v)
      else map.set(v.householdId, [v])
    }
    return map
  })

  // The search index is built once per data change: in idle time after loading, or on the first
  // keystroke if that comes sooner (≈0.5 s for 10,000 people, mostly pinyin).
  let index: PeopleIndex | undefined
  function searchIndex(): PeopleIndex {
    if (!index) {
      const t0 = performance.now()
      index = buildPeopleIndex(villagers.value, households.value)
      performance.measure('xiangyue:search-index', { start: t0, end: performance.now() })
    }
    return index
  }
  const buildIndexWhenIdle = () =>
    typeof requestIdleCallback === 'function' ? requestIdleCallback(() => searchIndex(), { timeout: 2000 }) : setTimeout(searchIndex, 200)

  function load(force = false): Promise<void> {
    if (force) loading = undefined
    return (loading ??= loadPeople(db()).then((snapshot) => {
      households.value = snapshot.households
      villagers.value = snapshot.villagers
      grids.value = snapshot.grids
      index = undefined
      loaded.value = true
      buildIndexWhenIdle()
    }))
  }

  const actor = () => useVillageStore().actor()

  function replaceVillager(row: VillagerRow) {
    const list = villagers.value
    const i = list.findIndex((v) => v.id === row.id)
    if (i >= 0) list[i] = row
    else list.push(row)
    index = undefined
    triggerRef(villagers)
  }

  /** Each action returns a Chinese reason on refusal, or undefined when done. */
  async function setStatus(villager: VillagerRow, entry: StatusEntry): Promise<string | undefined> {
    const change = changeStatus(villager, entry, todayIso())
    if (!change.ok) return change.reason
    replaceVillager(await saveVillagerStatus(db(), change.value, entry, actor()))
    return undefined
  }

  async function grantRole(villager: VillagerRow, role: RoleAssignment): Promise<string | undefined> {
    const change = addRole(villager, role)
    if (!change.ok) return change.reason
    replaceVillager(await saveVillagerRoleAdded(db(), change.value, role, actor()))
    return undefined
  }

  async function finishRole(villager: VillagerRow, roleIndex: number, end: string): Promise<string | undefined> {
    const change = endRole(villager, roleIndex, end)
    if (!change.ok) return change.reason
    replaceVillager(await saveVillagerRoleEnded(db(), change.value, villager.roles[roleIndex]!, end, actor()))
    return undefined
  }

  function reveal(villager: VillagerRow, field: 'idNumber' | 'phone', purpose: string): Promise<void> {
    return recordReveal(db(), villager, field, actor(), purpose)
  }

  async function importRows(newHouseholds: HouseholdRow[], newVillagers: VillagerRow[], fileName: string): Promise<void> {
    await importPeople(db(), newHouseholds, newVillagers, actor(), fileName)
    // what was written is exactly these rows: add them here instead of re-reading everything
    households.value = [...households.value, ...newHouseholds]
    villagers.value = [...villagers.value, ...newVillagers]
    index = undefined
    buildIndexWhenIdle()
  }

  /** New phone for a villager ('' clears it); the number is checked by domain/people/phone.ts first. */
  async function setPhone(villager: VillagerRow, phone: string | undefined): Promise<void> {
    const { phone: _old, ...rest } = villager
    replaceVillager(await saveVillagerContact(db(), phone ? { ...rest, phone } : rest, actor()))
  }

  async function updateHousehold(next: HouseholdRow): Promise<void> {
    const row = await saveHousehold(db(), next, actor())
    households.value = households.value.map((h) => (h.id === row.id ? row : h))
    index = undefined
  }

  /** A villager entered by hand (already checked by domain/people/entry.ts). */
  async function addOne(villager: VillagerRow, newHousehold: HouseholdRow | undefined): Promise<void> {
    if (newHousehold) newHousehold.headId = villager.id
    await addVillager(db(), villager, newHousehold, actor())
    if (newHousehold) households.value = [...households.value, newHousehold]
    villagers.value = [...villagers.value, villager]
    index = undefined
    buildIndexWhenIdle()
  }

  function recordExport(count: number, revealed: boolean, fileName: string): Promise<void> {
    return recordRosterExport(db(), actor(), count, revealed, fileName)
  }

  return {
    households,
    villagers,
    grids,
    loaded,
    householdById,
    villagerById,
    gridById,
    groupNames,
    membersOf,
    searchIndex,
    load,
    setStatus,
    grantRole,
    finishRole,
    reveal,
    importRows,
    addOne,
    setPhone,
    updateHousehold,
    recordExport,
  }
})
