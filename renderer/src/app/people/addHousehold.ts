/**
 * 新建户 by hand (outside an import): 户号, 村民小组, optionally 网格 and 电话. The household has
 * no 户主 yet; the first villager entered into it as 户主 becomes the head (登记村民).
 *
 * checkNewHousehold(input, households) → field errors (empty object = fine), in Chinese
 * addHousehold(ctx, input, households) → { ok: true, household } or { ok: false, errors } (nothing
 *   written). The 户号 is checked again inside the unit (another window may have added it).
 */
import { monotonicFactory } from 'ulid'
import { householdWithNumber } from '@/db/repositories/people'
import type { HouseholdRow } from '@/db/rows'
import { audited } from '@/db/unitOfWork'
import { nowIso } from '@/domain/calendar/clock'
import { normalisePhone } from '@/domain/people/phone'
import { textFieldProblem } from '@/domain/text/fields'
import type { AppContext } from '../context'
import { ImportConflictError } from './conflicts'

const newId = monotonicFactory()

export interface NewHouseholdInput {
  householdNo: string
  groupName: string
  gridId?: string
  phone?: string
}

export type HouseholdField = 'householdNo' | 'groupName' | 'phone'

export function checkNewHousehold(input: NewHouseholdInput, households: readonly HouseholdRow[]): Partial<Record<HouseholdField, string>> {
  const errors: Partial<Record<HouseholdField, string>> = {}
  const no = input.householdNo.trim()
  const group = input.groupName.trim()
  if (!no) errors.householdNo = '请填写户号'
  else {
    const problem = textFieldProblem('householdNo', no)
    if (problem) errors.householdNo = problem
    else if (households.some((h) => h.householdNo === no)) errors.householdNo = `户号 ${no} 已存在，请换一个户号`
  }
  if (!group) errors.groupName = '请选择或填写村民小组'
  else if (textFieldProblem('groupName', group)) errors.groupName = textFieldProblem('groupName', group)!
  if (input.phone?.trim()) {
    const p = normalisePhone(input.phone)
    if (!p.ok) errors.phone = p.message
  }
  return errors
}

export type AddHouseholdResult = { ok: true; household: HouseholdRow } | { ok: false; errors: Partial<Record<HouseholdField, string>> }

export async function addHousehold(
  ctx: AppContext,
  input: NewHouseholdInput,
  households: readonly HouseholdRow[],
): Promise<AddHouseholdResult> {
  const errors = checkNewHousehold(input, households)
  if (Object.keys(errors).length > 0) return { ok: false, errors }
  const phone = input.phone?.trim() ? normalisePhone(input.phone) : undefined
  const now = nowIso(ctx.clock)
  const group = input.groupName.trim()
  const household: HouseholdRow = {
    id: newId(),
    householdNo: input.householdNo.trim(),
    groupName: group,
    // never below 村民小组 (domain-rules §4.3)
    address: group,
    status: '在册',
    ...(input.gridId ? { gridId: input.gridId } : {}),
    ...(phone?.ok ? { phone: phone.value } : {}),
    createdAt: now,
    updatedAt: now,
  }
  await audited(ctx, ['households'], async (work) => {
    if (await householdWithNumber(work.db, [household.householdNo]))
      throw new ImportConflictError(`户号 ${household.householdNo} 已存在，未保存`)
    await work.add('households', household, { action: 'create', summary: `新建户 ${household.householdNo}（${household.groupName}）` })
  })
  return { ok: true, household }
}
