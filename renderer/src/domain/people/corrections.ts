/**
 * 更正 (correcting a record that was entered wrong): a villager's 姓名, 公民身份号码 or 与户主关系.
 *
 * A correction is not a change over time (that is 迁出, a new role…): the value was wrong from the
 * start. It still keeps the old value beside the new one, with the reason (records are evidence,
 * design principle 3), so a printed list from last year can be explained.
 *
 *   correctVillager(villager, request, context) → Change<{ villager, correction }>
 *     request  { field, value, reason }
 *     context  { today, idHolders: ID number → name of who holds it, otherHeadName? }
 *   describeCorrection(correction) → '更正姓名：张爱 → 张艾，原因：录入错字' (ID numbers masked)
 */
import { textFieldProblem } from '@/domain/text/fields'
import type { Change } from './changes'
import { acceptIdNumber } from './idNumber'
import { maskIdNumber } from './masking'
import { RELATIONS_TO_HEAD, type CorrectableField, type FieldCorrection, type RelationToHead, type Villager } from './model'

export const CORRECTABLE_FIELD_LABELS: Record<CorrectableField, string> = {
  name: '姓名',
  idNumber: '身份证号',
  relationToHead: '与户主关系',
}

export interface CorrectionRequest {
  field: CorrectableField
  value: string
  reason: string
}

export interface CorrectionContext {
  today: string
  /** ID numbers already stored (the villager's own included), with the holder's name */
  idHolders: ReadonlyMap<string, string>
  /** the name of another 户主 of the same household, if it has one */
  otherHeadName?: string
}

export interface Corrected {
  villager: Villager
  correction: FieldCorrection
}

const refuse = (reason: string): Change<Corrected> => ({ ok: false, reason })

/** The new value, normalised, or the reason it cannot be taken. */
function acceptValue(
  villager: Villager,
  request: CorrectionRequest,
  ctx: CorrectionContext,
): { ok: true; value: string } | { ok: false; reason: string } {
  switch (request.field) {
    case 'name': {
      const name = request.value.trim().replace(/\s+/g, '')
      if (!name) return { ok: false, reason: '请填写正确的姓名' }
      const problem = textFieldProblem('name', name)
      return problem ? { ok: false, reason: problem } : { ok: true, value: name }
    }
    case 'idNumber': {
      const id = acceptIdNumber(request.value, { today: ctx.today })
      if (!id.ok) return { ok: false, reason: id.errors.join('；') || '身份证号码无效' }
      const holder = ctx.idHolders.get(id.idNumber)
      if (holder !== undefined && id.idNumber !== villager.idNumber) return { ok: false, reason: `该身份证号已登记给村民 ${holder}` }
      return { ok: true, value: id.idNumber }
    }
    case 'relationToHead': {
      const relation = request.value as RelationToHead
      if (!RELATIONS_TO_HEAD.includes(relation)) return { ok: false, reason: `请选择与户主关系：${RELATIONS_TO_HEAD.join('、')}` }
      if (relation === '户主' && ctx.otherHeadName !== undefined) {
        return { ok: false, reason: `该户已有户主 ${ctx.otherHeadName}；请先更正原户主与户主的关系` }
      }
      return { ok: true, value: relation }
    }
  }
}

export function correctVillager(villager: Villager, request: CorrectionRequest, ctx: CorrectionContext): Change<Corrected> {
  const reason = request.reason.trim()
  const accepted = acceptValue(villager, request, ctx)
  if (!accepted.ok) return refuse(accepted.reason)
  const from = villager[request.field]
  if (accepted.value === from) return refuse(`新的${CORRECTABLE_FIELD_LABELS[request.field]}与原来的相同，无需更正`)
  if (!reason) return refuse('请填写更正原因（如：录入错字、依户口簿核对）')
  const problem = textFieldProblem('note', reason)
  if (problem) return refuse(problem.replace('备注', '更正原因'))
  const correction: FieldCorrection = { field: request.field, from, to: accepted.value, reason, on: ctx.today }
  const next: Villager = {
    ...villager,
    ...(request.field === 'relationToHead' ? { relationToHead: accepted.value as RelationToHead } : { [request.field]: accepted.value }),
    corrections: [...(villager.corrections ?? []), correction],
  }
  return { ok: true, value: { villager: next, correction } }
}

/** The value as a list or the audit log may show it: an ID number masked (principle 5). */
export function shownValue(field: CorrectableField, value: string): string {
  return field === 'idNumber' ? maskIdNumber(value) : value
}

/** '更正姓名：张爱 → 张艾，原因：录入错字' — the audit summary and the drawer's history line. */
export function describeCorrection(c: FieldCorrection): string {
  return `更正${CORRECTABLE_FIELD_LABELS[c.field]}：${shownValue(c.field, c.from)} → ${shownValue(c.field, c.to)}，原因：${c.reason}`
}
