/**
 * What every 登记会议 form checks the same way before it calls its use case (四议两公开's
 * MeetingPanel, 村规民约's VoteMeetingForm): the meeting's particulars, the vote totals as typed,
 * and the messages shown at a field.
 *
 *   particularsErrors({ date, place, hostName, hostPost, recorder }) → { date, place, host, recorder }:
 *     '' where the field is fine, else the plain message shown at it.
 *   enteredTotals({ yes?, no?, abstain?, invalid?, cast? }, paper) → Partial<VoteTotals>: only what was
 *     typed (an empty box is "not counted yet", never 0); 废票 and 投票数 only for a paper count.
 *   messagesAt(findings, fields) → the errors at those fields, each once, joined by '；'.
 */
import type { Finding } from '@/domain/law/findings'
import type { VoteTotals } from '@/domain/meetings/votes'

export interface MeetingParticulars {
  date: string
  place: string
  hostName: string
  hostPost: string
  recorder: string
}

export function particularsErrors(p: MeetingParticulars): { date: string; place: string; host: string; recorder: string } {
  return {
    date: /^\d{4}-\d{2}-\d{2}$/.test(p.date) ? '' : '请选择会议日期',
    place: p.place.trim() ? '' : '请填写会议地点',
    host: p.hostName.trim() && p.hostPost.trim() ? '' : '请填写主持人姓名和职务',
    recorder: p.recorder.trim() ? '' : '请填写记录人',
  }
}

export interface TypedTotals {
  yes?: number | undefined
  no?: number | undefined
  abstain?: number | undefined
  invalid?: number | undefined
  cast?: number | undefined
}

export function enteredTotals(typed: TypedTotals, paper: boolean): Partial<VoteTotals> {
  const totals: Partial<VoteTotals> = {}
  if (typed.yes !== undefined) totals.yes = typed.yes
  if (typed.no !== undefined) totals.no = typed.no
  if (typed.abstain !== undefined) totals.abstain = typed.abstain
  if (paper && typed.invalid !== undefined) totals.invalid = typed.invalid
  if (paper && typed.cast !== undefined) totals.cast = typed.cast
  return totals
}

export function messagesAt(findings: readonly Finding[], fields: readonly string[]): string {
  return findings
    .filter((f) => f.level === 'error' && f.field !== undefined && fields.includes(f.field))
    .map((f) => f.message)
    .filter((m, i, all) => all.indexOf(m) === i)
    .join('；')
}
