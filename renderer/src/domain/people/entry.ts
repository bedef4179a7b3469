/**
 * Entering one villager (and, if needed, a new household) by hand: every field checked with a
 * Chinese message for the field, so the form can show it where it was typed and keep the input.
 */
import { textFieldProblem } from '@/domain/text/fields'
import { acceptIdNumber, type AreaCodeSet } from './idNumber'
import type { RelationToHead } from './model'
import { normalisePhone } from './phone'

export interface VillagerEntry {
  name: string
  idNumber: string
  relationToHead: RelationToHead
  phone: string
}

export interface HouseholdEntry {
  householdNo: string
  groupName: string
}

export type EntryField = 'name' | 'idNumber' | 'relationToHead' | 'phone' | 'householdNo' | 'groupName' | 'household'

export interface EntryCheck {
  ok: boolean
  errors: Partial<Record<EntryField, string>>
  /** not blocking: shown beside the form (e.g. an area code no longer in the current list) */
  warnings: string[]
  /** normalised values, meaningful when ok */
  villager: VillagerEntry
  household?: HouseholdEntry
}

export interface EntryContext {
  today: string
  /** ID numbers already stored, with the holder's name */
  existingIds: ReadonlyMap<string, string>
  existingHouseholdNos: { has(no: string): boolean }
  knownAreaCodes?: AreaCodeSet
  /** the household the person joins: an existing one (its id) or a new one */
  household: { kind: 'existing'; id: string; hasHead: boolean } | { kind: 'new'; entry: HouseholdEntry } | undefined
}

export function checkVillagerEntry(input: VillagerEntry, ctx: EntryContext): EntryCheck {
  const errors: EntryCheck['errors'] = {}
  const warnings: string[] = []
  const name = input.name.trim().replace(/\s+/g, '')
  if (!name) errors.name = '请填写姓名'
  else {
    const problem = textFieldProblem('name', name)
    if (problem) errors.name = problem
  }

  let idNumber = input.idNumber
  const id = acceptIdNumber(input.idNumber, { today: ctx.today, ...(ctx.knownAreaCodes ? { knownAreaCodes: ctx.knownAreaCodes } : {}) })
  if (id.ok) {
    idNumber = id.idNumber
    warnings.push(...id.warnings)
    const holder = ctx.existingIds.get(id.idNumber)
    if (holder !== undefined) errors.idNumber = `该身份证号已登记给村民 ${holder}`
  } else {
    idNumber = id.normalised
    errors.idNumber = id.errors.join('；') || '身份证号码无效'
  }

  let phone = ''
  if (input.phone.trim()) {
    const p = normalisePhone(input.phone)
    if (p.ok) phone = p.value
    else errors.phone = p.message
  }

  let household: HouseholdEntry | undefined
  if (!ctx.household) errors.household = '请选择所在的户，或新建一户'
  else if (ctx.household.kind === 'existing') {
    if (input.relationToHead === '户主' && ctx.household.hasHead) errors.relationToHead = '该户已有户主；如需变更户主，请先修改原户主的关系'
  } else {
    const no = ctx.household.entry.householdNo.trim()
    const group = ctx.household.entry.groupName.trim()
    if (!no) errors.householdNo = '请填写户号'
    else if (textFieldProblem('householdNo', no)) errors.householdNo = textFieldProblem('householdNo', no)!
    else if (ctx.existingHouseholdNos.has(no)) errors.householdNo = `户号 ${no} 已存在，请选择该户或换一个户号`
    if (!group) errors.groupName = '请选择或填写村民小组'
    else if (textFieldProblem('groupName', group)) errors.groupName = textFieldProblem('groupName', group)!
    if (input.relationToHead !== '户主') errors.relationToHead = '新建的户须先登记户主'
    household = { householdNo: no, groupName: group }
  }

  return {
    ok: Object.keys(errors).length === 0,
    errors,
    warnings,
    villager: { name, idNumber, relationToHead: input.relationToHead, phone },
    ...(household ? { household } : {}),
  }
}
