/**
 * 登记村民: one person entered by hand, into an existing household or a new one he or she heads.
 *
 * checkNewVillager(input, known, today) → EntryCheck: the field-by-field check the form shows as it
 * is typed (domain/people/entry.ts), against the people the store holds.
 * addVillager(ctx, input, known) → { ok: true, villager, household? } written in one unit of work,
 * or { ok: false, check } with the field errors (nothing written). The ID number and the 户号 are
 * checked again inside the unit (another window may have added them): a clash refuses the whole
 * entry with ImportConflictError.
 */
import { monotonicFactory } from 'ulid'
import { householdWithNumber, villagerWithIdNumber } from '@/db/repositories/people'
import type { HouseholdRow, VillagerRow } from '@/db/rows'
import { audited } from '@/db/unitOfWork'
import { nowIso, todayIso } from '@/domain/calendar/clock'
import { checkVillagerEntry, type EntryCheck } from '@/domain/people/entry'
import type { RelationToHead } from '@/domain/people/model'
import type { AppContext } from '../context'
import { ImportConflictError } from './conflicts'
import { who } from './who'

const newId = monotonicFactory()

export interface NewVillagerInput {
  householdMode: 'existing' | 'new'
  /** the existing household joined (householdMode 'existing') */
  householdId: string
  /** the new household (householdMode 'new') */
  householdNo: string
  groupName: string
  name: string
  idNumber: string
  relationToHead: RelationToHead
  phone: string
}

/** What the village already holds (the people store's cache). */
export interface KnownPeople {
  households: readonly HouseholdRow[]
  villagers: readonly VillagerRow[]
}

export function checkNewVillager(input: NewVillagerInput, known: KnownPeople, today: string): EntryCheck {
  const existing = known.households.find((h) => h.id === input.householdId)
  return checkVillagerEntry(input, {
    today,
    existingIds: new Map(known.villagers.map((v) => [v.idNumber, v.name])),
    existingHouseholdNos: new Set(known.households.map((h) => h.householdNo)),
    household:
      input.householdMode === 'new'
        ? { kind: 'new', entry: { householdNo: input.householdNo, groupName: input.groupName } }
        : existing
          ? {
              kind: 'existing',
              id: existing.id,
              hasHead: known.villagers.some((v) => v.householdId === existing.id && v.relationToHead === '户主'),
            }
          : undefined,
  })
}

export type AddVillagerResult =
  /** household: the one created, or the existing one whose 户主 this villager became */
  { ok: true; villager: VillagerRow; household?: HouseholdRow; check: EntryCheck } | { ok: false; check: EntryCheck }

export async function addVillager(ctx: AppContext, input: NewVillagerInput, known: KnownPeople): Promise<AddVillagerResult> {
  const today = todayIso(ctx.clock)
  const check = checkNewVillager(input, known, today)
  if (!check.ok) return { ok: false, check }
  const now = nowIso(ctx.clock)
  const v = check.villager
  const villagerId = newId()
  const household: HouseholdRow | undefined = check.household
    ? {
        id: newId(),
        householdNo: check.household.householdNo,
        headId: villagerId,
        groupName: check.household.groupName,
        address: check.household.groupName,
        status: '在册',
        ...(v.phone ? { phone: v.phone } : {}),
        createdAt: now,
        updatedAt: now,
      }
    : undefined
  const villager: VillagerRow = {
    id: villagerId,
    householdId: household?.id ?? input.householdId,
    name: v.name,
    idNumber: v.idNumber,
    relationToHead: v.relationToHead,
    ...(v.phone ? { phone: v.phone } : {}),
    status: '在册',
    statusHistory: [{ status: '在册', from: today, note: '手工登记' }],
    roles: [],
    createdAt: now,
    updatedAt: now,
  }
  let headed: HouseholdRow | undefined
  await audited(ctx, ['households', 'villagers'], async (work) => {
    if (await villagerWithIdNumber(work.db, [villager.idNumber])) throw new ImportConflictError('该身份证号已登记，未保存')
    if (household) {
      if (await householdWithNumber(work.db, [household.householdNo]))
        throw new ImportConflictError(`户号 ${household.householdNo} 已存在，未保存`)
      await work.add('households', household, { action: 'create', summary: `新建户 ${household.householdNo}（${household.groupName}）` })
    }
    const joined = household ? undefined : await work.db.households.get(villager.householdId)
    if (!household && !joined) throw new ImportConflictError('所选的户已不存在，未保存，请刷新后重试')
    await work.add('villagers', villager, {
      action: 'create',
      summary: `登记村民 ${who(villager)}，与户主关系：${villager.relationToHead}`,
    })
    // a household entered by hand without a head (addHousehold.ts) gets its 户主 now
    if (joined && !joined.headId && villager.relationToHead === '户主') {
      await work.read('households', joined.id, joined.updatedAt)
      headed = await work.put(
        'households',
        { ...joined, headId: villager.id },
        { action: 'update', summary: `户 ${joined.householdNo} 的户主为 ${who(villager)}` },
      )
    }
  })
  const changed = household ?? headed
  return changed ? { ok: true, villager, household: changed, check } : { ok: true, villager, check }
}
