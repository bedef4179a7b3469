/**
 * People store: a cache of the village's households and villagers in memory (10,000 people is a
 * few MB) so lists, filters and search-as-you-type never wait on the database. Every write is a
 * use case in app/people; the store then replaces the rows it changed.
 */
import { defineStore } from 'pinia'
import { computed, shallowRef } from 'vue'
import { addVillager, type AddVillagerResult, type NewVillagerInput } from '@/app/people/addVillager'
import { assignRole, changePhone, changeStatus, endRole, updateHousehold as saveHousehold } from '@/app/people/changeVillager'
import { importRoster, type RosterImportPlan, type RosterImportPreview } from '@/app/people/importRoster'
import { loadPeople } from '@/app/people/loadPeople'
import { revealIdNumber, revealPhone } from '@/app/people/revealNumber'
import type { GridRow, HouseholdRow, VillagerRow } from '@/app/people/rows'
import type { Change } from '@/domain/people/changes'
import type { RoleAssignment, StatusEntry } from '@/domain/people/model'
import { buildPeopleIndex, type PeopleIndex } from '@/domain/people/search'
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

  // The search index is built once per data change: in idle time once the 人员 screen is open
  // (prepareSearch), or on the first keystroke if that comes sooner (≈0.5 s for 10,000 people,
  // mostly pinyin). Not after every load: the app shell reads the people in the background on the
  // home screen (views/people/prefetch.ts), where half a second of work would be in the way of the
  // click that opens 人员.
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

  const context = () => useVillageStore().context()

  function load(force = false): Promise<void> {
    if (force) loading = undefined
    const started = (loading ??= loadPeople(context()).then(
      (snapshot) => {
        // a forced reload that started later wins over this one
        if (loading !== started) return
        households.value = snapshot.households
        villagers.value = snapshot.villagers
        grids.value = snapshot.grids
        index = undefined
        loaded.value = true
      },
      (error: unknown) => {
        // the next caller tries again instead of getting this failure forever
        if (loading === started) loading = undefined
        throw error
      },
    ))
    return started
  }

  /** The 人员 screen is open: build the search index in idle time if it is not built yet. */
  function prepareSearch(): void {
    if (loaded.value && !index) buildIndexWhenIdle()
  }

  // A new array, not the old one changed in place: what is derived from the rows (counts, facts) may
  // be kept by the array's identity.
  function replaceVillager(row: VillagerRow) {
    const list = villagers.value.slice()
    const i = list.findIndex((v) => v.id === row.id)
    if (i >= 0) list[i] = row
    else list.push(row)
    index = undefined
    villagers.value = list
  }

  /** A change the domain may refuse: the Chinese reason, or undefined when done. */
  async function cached(change: Promise<Change<VillagerRow>>): Promise<string | undefined> {
    const result = await change
    if (!result.ok) return result.reason
    replaceVillager(result.value)
    return undefined
  }

  const setStatus = (villager: VillagerRow, entry: StatusEntry) => cached(changeStatus(context(), villager, entry))
  const grantRole = (villager: VillagerRow, role: RoleAssignment) => cached(assignRole(context(), villager, role))
  const finishRole = (villager: VillagerRow, roleIndex: number, end: string) => cached(endRole(context(), villager, roleIndex, end))

  function reveal(villager: VillagerRow, field: 'idNumber' | 'phone', purpose: string): Promise<void> {
    return (field === 'idNumber' ? revealIdNumber : revealPhone)(context(), villager, purpose)
  }

  /** Writes a confirmed import preview; the rows written are added here instead of re-reading everything. */
  async function importPreview(preview: RosterImportPreview, fileName: string): Promise<RosterImportPlan> {
    const plan = await importRoster(context(), preview, fileName, { households: households.value })
    households.value = [...households.value, ...plan.households]
    villagers.value = [...villagers.value, ...plan.villagers]
    index = undefined
    buildIndexWhenIdle()
    return plan
  }

  /** New phone for a villager (undefined clears it); the number is checked by domain/people/phone.ts first. */
  async function setPhone(villager: VillagerRow, phone: string | undefined): Promise<void> {
    replaceVillager(await changePhone(context(), villager, phone))
  }

  async function updateHousehold(next: HouseholdRow): Promise<void> {
    const seen = householdById.value.get(next.id)
    if (!seen) throw new Error('找不到该户，请刷新后重试')
    const row = await saveHousehold(context(), seen, next)
    households.value = households.value.map((h) => (h.id === row.id ? row : h))
    index = undefined
  }

  /** A villager entered by hand: checked again by the use case, written, then cached. */
  async function addOne(input: NewVillagerInput): Promise<AddVillagerResult> {
    const result = await addVillager(context(), input, { households: households.value, villagers: villagers.value })
    if (!result.ok) return result
    if (result.household) households.value = [...households.value, result.household]
    villagers.value = [...villagers.value, result.villager]
    index = undefined
    buildIndexWhenIdle()
    return result
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
    prepareSearch,
    setStatus,
    grantRole,
    finishRole,
    reveal,
    importPreview,
    addOne,
    setPhone,
    updateHousehold,
  }
})
