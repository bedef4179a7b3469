/**
 * 更正户信息: a household's 户号 or 村民小组 that was entered wrong.
 *
 * Like a villager's correction (corrections.ts), it is not a change over time: the value was wrong
 * from the start. The old value is kept beside the new one, with the reason and the day (records are
 * evidence, design principle 3), so last year's printed 花名册 with the old 户号 can be explained.
 *
 *   correctHousehold(household, request, context) → HouseholdCorrectionResult
 *     request  { field: '户号' | '村民小组' as 'householdNo' | 'groupName', value, reason }
 *     context  { today, numberHolders: 户号 → a short description of the OTHER household that holds it }
 *     result   { ok: true, value: { household, correction } }
 *              | { ok: false, reason, at: 'value' | 'reason' } — `at` says which field the message belongs to
 *   describeHouseholdCorrection(c) → '更正户号：0101 → 0110，原因：录入错字'
 *
 * The address goes with the 村民小组: an address is never kept below 村民小组 (domain-rules §4.3).
 */
import { textFieldProblem } from '@/domain/text/fields'
import type { Household, HouseholdCorrectableField, HouseholdFieldCorrection } from './model'

export const HOUSEHOLD_CORRECTABLE_LABELS: Record<HouseholdCorrectableField, string> = {
  householdNo: '户号',
  groupName: '村民小组',
}

export interface HouseholdCorrectionRequest {
  field: HouseholdCorrectableField
  value: string
  reason: string
}

export interface HouseholdCorrectionContext {
  today: string
  /** 户号 already used by another household → how to name that household, e.g. '户主 王二' ('' when it has no head) */
  numberHolders: ReadonlyMap<string, string>
}

export interface HouseholdCorrected {
  household: Household
  correction: HouseholdFieldCorrection
}

export type HouseholdCorrectionResult = { ok: true; value: HouseholdCorrected } | { ok: false; reason: string; at: 'value' | 'reason' }

const atValue = (reason: string): HouseholdCorrectionResult => ({ ok: false, reason, at: 'value' })

/** The new value as it will be stored, or the reason it cannot be taken. */
function acceptValue(
  household: Household,
  request: HouseholdCorrectionRequest,
  ctx: HouseholdCorrectionContext,
): string | HouseholdCorrectionResult {
  // a 户号 or a group name never holds spaces worth keeping; a pasted one often has stray ones
  const value = request.value.trim().replace(/\s+/g, '')
  const label = HOUSEHOLD_CORRECTABLE_LABELS[request.field]
  if (!value) return atValue(request.field === 'householdNo' ? '请填写正确的户号' : '请选择或填写正确的村民小组')
  const problem = textFieldProblem(request.field, value)
  if (problem) return atValue(problem)
  if (value === household[request.field]) return atValue(`新的${label}与原来的相同，无需更正`)
  if (request.field === 'householdNo') {
    const holder = ctx.numberHolders.get(value)
    if (holder !== undefined) return atValue(`户号 ${value} 已是另一户${holder ? `（${holder}）` : ''}的户号，请核对后换一个`)
  }
  return value
}

export function correctHousehold(
  household: Household,
  request: HouseholdCorrectionRequest,
  ctx: HouseholdCorrectionContext,
): HouseholdCorrectionResult {
  const accepted = acceptValue(household, request, ctx)
  if (typeof accepted !== 'string') return accepted
  const reason = request.reason.trim()
  if (!reason) return { ok: false, reason: '请填写更正原因（如：录入错字、依户口簿核对）', at: 'reason' }
  const problem = textFieldProblem('note', reason)
  if (problem) return { ok: false, reason: problem.replace('备注', '更正原因'), at: 'reason' }
  const correction: HouseholdFieldCorrection = { field: request.field, from: household[request.field], to: accepted, reason, on: ctx.today }
  const next: Household = {
    ...household,
    ...(request.field === 'householdNo' ? { householdNo: accepted } : { groupName: accepted, address: accepted }),
    corrections: [...(household.corrections ?? []), correction],
  }
  return { ok: true, value: { household: next, correction } }
}

/** '更正户号：0101 → 0110，原因：录入错字' — the audit summary and the drawer's history line. */
export function describeHouseholdCorrection(c: HouseholdFieldCorrection): string {
  return `更正${HOUSEHOLD_CORRECTABLE_LABELS[c.field]}：${c.from} → ${c.to}，原因：${c.reason}`
}
