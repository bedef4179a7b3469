/**
 * People store: a cache of the village's households and villagers in memory (10,000 people is a
 * few MB) so lists, filters and search-as-you-type never wait on the database. Every write is a
 * use case in app/people; the store then replaces the rows it changed.
 */
import { correctHousehold, type HouseholdCorrectionOutcome } from '@/app/people/correctHousehold'
import type { HouseholdCorrectionRequest } from '@/domain/people/householdCorrections'
import { defineStore } from 'pinia'
import { computed, shallowRef } from 'vue'
import { addVillager, type AddVillagerResult, type NewVillagerInput } from '@/app/people/addVillager'
import { addHousehold, type AddHouseholdResult, type NewHouseholdInput } from '@/app/people/addHousehold'
import {
  assignRole,
  changePhone,
  changeStatus,
  confirmFullMembership,
  endRole,
  updateHousehold as saveHousehold,
} from '@/app/people/changeVillager'
import { addCollectiveMembership, endCollectiveMembership } from '@/app/people/collectiveMembership'
import { correctVillager } from '@/app/people/correctVillager'
import { addGridWorker, assignHouseholds, createGrid, setGridLeader, updateGrid, type GridFields } from '@/app/people/grids'
import { importRoster, type RosterImportPlan, type RosterImportPreview } from '@/app/people/importRoster'
import { loadPeople } from '@/app/people/loadPeople'
import { revealIdNumber, revealPhone } from '@/app/people/revealNumber'
import type { GridRow, HouseholdRow, VillagerRow } from '@/app/people/rows'
import type { Change } from '@/domain/people/changes'
import type { CorrectionRequest } from '@/domain/people/corrections'
import type { CollectivePeriod, RoleAssignment, StatusEntry } from '@/domain/people/model'
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
  const confirmFull = (villager: VillagerRow, roleIndex: number, date: string) =>
    cached(confirmFullMembership(context(), villager, roleIndex, date))
  const addCollective = (villager: VillagerRow, period: CollectivePeriod) => cached(addCollectiveMembership(context(), villager, period))
  const endCollective = (villager: VillagerRow, index: number, to: string, note?: string) =>
    cached(endCollectiveMembership(context(), villager, index, to, note))

  function replaceHouseholds(rows: readonly HouseholdRow[]) {
    if (rows.length === 0) return
    const byId = new Map(rows.map((r) => [r.id, r]))
    const known = new Set(households.value.map((h) => h.id))
    households.value = [...households.value.map((h) => byId.get(h.id) ?? h), ...rows.filter((r) => !known.has(r.id))]
    index = undefined
  }

  /** 更正 a name, ID number or relation: the household is re-read when its 户主 moved with it. */
  async function correct(villager: VillagerRow, request: CorrectionRequest): Promise<string | undefined> {
    const reason = await cached(correctVillager(context(), villager, request))
    if (!reason && request.field === 'relationToHead') await load(true)
    return reason
  }

  /** 更正 a household's 户号 or 村民小组: only the household row changes, so only it is replaced. */
  async function correctHouseholdRecord(seen: HouseholdRow, request: HouseholdCorrectionRequest): Promise<HouseholdCorrectionOutcome> {
    const result = await correctHousehold(context(), seen, request)
    if (result.ok) replaceHouseholds([result.value])
    return result
  }

  async function newHousehold(input: NewHouseholdInput): Promise<AddHouseholdResult> {
    const result = await addHousehold(context(), input, households.value)
    if (result.ok) replaceHouseholds([result.household])
    return result
  }

  function replaceGrid(row: GridRow) {
    grids.value = grids.value.some((g) => g.id === row.id) ? grids.value.map((g) => (g.id === row.id ? row : g)) : [...grids.value, row]
  }
  async function newGrid(fields: GridFields): Promise<GridRow> {
    const row = await createGrid(context(), fields, grids.value)
    replaceGrid(row)
    return row
  }
  async function editGrid(grid: GridRow, fields: GridFields): Promise<GridRow> {
    const row = await updateGrid(context(), grid, fields, grids.value)
    replaceGrid(row)
    return row
  }
  async function appointGridLeader(grid: GridRow, villager: VillagerRow): Promise<string | undefined> {
    const result = await setGridLeader(context(), grid, villager)
    if (!result.ok) return result.reason
    replaceGrid(result.value.grid)
    replaceVillager(result.value.villager)
    if (result.value.previous) replaceVillager(result.value.previous)
    return undefined
  }
  const appointGridWorker = (grid: GridRow, villager: VillagerRow) => cached(addGridWorker(context(), grid, villager))
  async function putInGrid(grid: GridRow, rows: readonly HouseholdRow[]): Promise<number> {
    const written = await assignHouseholds(context(), grid, rows)
    replaceHouseholds(written)
    return written.length
  }

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
    if (result.household) replaceHouseholds([result.household])
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
    correct,
    correctHouseholdRecord,
    confirmFull,
    addCollective,
    endCollective,
    newHousehold,
    newGrid,
    editGrid,
    appointGridLeader,
    appointGridWorker,
    putInGrid,
  }
})
