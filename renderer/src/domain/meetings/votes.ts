/**
 * 表决记录 (vote records): how a motion was voted, the totals, and every change after first entry.
 *
 * Methods: 举手 ('show_of_hands', totals), 纸质表决票 ('paper_totals': yes / no / abstain / invalid
 * and ballots cast), 逐人表决 ('roll_call', one choice per person present — small bodies), 无记名投票
 * ('secret_ballot': paper, counted by named 监票人 and 计票人).
 *
 * Totals must reconcile: 同意 + 反对 + 弃权 + 废票 = 投票数 ≤ 到会. A mismatch is an error at the field,
 * except a paper count, which may stand with a note and a photo of the tally sheet (counts.ts).
 * Every edit after the first entry is appended to `edits` with who, when and why, and the values
 * before and after (CONSUL's Poll::Recount). Functions are pure: previous record in, next record out.
 */
import { requireIsoDate } from '@/domain/calendar/calendar'
import { ART_22_QUORUM, type LegalCitation } from '@/domain/law/citations'
import { hasErrors, type Checked, type Finding } from '@/domain/law/findings'
import { isPaperMethod, reconcileTotals, VOTE_METHOD_LABELS, type VoteCounts, type VoteMethod } from './counts'

export interface VoteTotals {
  yes: number
  no: number
  abstain: number
  invalid: number
  cast: number
}

export type RollCallChoice = '同意' | '反对' | '弃权'

export interface RollCallEntry {
  villagerId: string
  name: string
  choice: RollCallChoice
}

/** 监票人 and 计票人, by name (the minutes and the 表决票 record them). */
export interface Scrutineers {
  monitors: string[]
  counters: string[]
}

/** What the secretary enters. */
export interface VoteEntry {
  motion: string
  method: VoteMethod
  totals?: Partial<VoteTotals>
  rollCall?: RollCallEntry[]
  scrutineers?: Scrutineers
  /** Paper counts: why the totals do not add up. */
  note?: string
  /** Paper counts: reference to the photo of the tally sheet (计票单). */
  tallySheetPhoto?: string
}

export interface VoteSnapshot {
  motion: string
  method: VoteMethod
  totals: VoteTotals
  rollCall?: RollCallEntry[]
  scrutineers?: Scrutineers
  note?: string
  tallySheetPhoto?: string
}

export interface VoteEdit {
  who: string
  /** ISO timestamp. */
  when: string
  why: string
  before: VoteSnapshot
  after: VoteSnapshot
}

export interface VoteRecord extends VoteSnapshot {
  enteredBy: string
  enteredAt: string
  edits: VoteEdit[]
}

/** What the vote is checked against: those present with a vote (from the attendance tally). */
export interface VoteContext {
  present: number
  /** For a roll call: the ids of those present with a vote. */
  presentIds?: readonly string[]
  citation?: LegalCitation
}

export interface EntryMeta {
  who: string
  when: string
}

function err(code: string, message: string, citation: LegalCitation, field: string): Finding {
  return { level: 'error', code, message, citation, field }
}

function whole(n: unknown): n is number {
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= 0
}

function resolveTotals(entry: VoteEntry, findings: Finding[], citation: LegalCitation): VoteTotals {
  if (entry.method === 'roll_call') {
    const rc = entry.rollCall ?? []
    const yes = rc.filter((r) => r.choice === '同意').length
    const no = rc.filter((r) => r.choice === '反对').length
    const abstain = rc.filter((r) => r.choice === '弃权').length
    return { yes, no, abstain, invalid: 0, cast: rc.length }
  }
  const t = entry.totals ?? {}
  const read = (k: keyof VoteTotals, label: string, required: boolean): number => {
    const v = t[k]
    if (v === undefined) {
      if (required) findings.push(err('count_missing', `请填写${label}`, citation, k))
      return 0
    }
    if (!whole(v)) {
      findings.push(err('invalid_count', `${label}应为不小于0的整数，现为“${String(v)}”`, citation, k))
      return 0
    }
    return v
  }
  const yes = read('yes', '同意票', true)
  const no = read('no', '反对票', false)
  const abstain = read('abstain', '弃权票', false)
  const invalid = read('invalid', '废票', false)
  const cast = t.cast === undefined ? yes + no + abstain + invalid : read('cast', '投票数', false)
  return { yes, no, abstain, invalid, cast }
}

function checkEntry(entry: VoteEntry, totals: VoteTotals, ctx: VoteContext, citation: LegalCitation): Finding[] {
  const out: Finding[] = []
  if (!entry.motion?.trim()) out.push(err('motion_missing', '请填写表决事项', citation, 'motion'))
  if (!(entry.method in VOTE_METHOD_LABELS)) out.push(err('method_unknown', `未知的表决方式：${String(entry.method)}`, citation, 'method'))
  if (entry.method === 'roll_call') {
    const rc = entry.rollCall ?? []
    if (rc.length === 0) out.push(err('roll_call_empty', '逐人表决须登记每位到会人员的表决意见', citation, 'rollCall'))
    const seen = new Set<string>()
    const present = ctx.presentIds ? new Set(ctx.presentIds) : null
    for (const r of rc) {
      if (seen.has(r.villagerId)) out.push(err('roll_call_duplicate', `${r.name}的表决意见登记了两次`, citation, 'rollCall'))
      seen.add(r.villagerId)
      if (present && !present.has(r.villagerId))
        out.push(err('roll_call_not_present', `${r.name}未登记到会（或无表决权），不能参加表决`, citation, 'rollCall'))
    }
  }
  if (entry.method === 'secret_ballot') {
    const monitors = (entry.scrutineers?.monitors ?? []).filter((n) => n.trim())
    const counters = (entry.scrutineers?.counters ?? []).filter((n) => n.trim())
    if (monitors.length === 0) out.push(err('monitors_missing', '无记名投票须记明监票人', citation, 'scrutineers.monitors'))
    if (counters.length === 0) out.push(err('counters_missing', '无记名投票须记明计票人', citation, 'scrutineers.counters'))
  }
  const paper = isPaperMethod(entry.method)
  out.push(
    ...reconcileTotals({ ...totals, present: ctx.present }, paper, { note: entry.note, tallySheetPhoto: entry.tallySheetPhoto }, citation),
  )
  return out
}

function snapshot(entry: VoteEntry, totals: VoteTotals): VoteSnapshot {
  const s: VoteSnapshot = { motion: entry.motion.trim(), method: entry.method, totals }
  if (entry.method === 'roll_call' && entry.rollCall) s.rollCall = entry.rollCall.map((r) => ({ ...r }))
  if (entry.scrutineers) s.scrutineers = { monitors: [...entry.scrutineers.monitors], counters: [...entry.scrutineers.counters] }
  if (entry.note?.trim()) s.note = entry.note.trim()
  if (entry.tallySheetPhoto?.trim()) s.tallySheetPhoto = entry.tallySheetPhoto.trim()
  return s
}

/** Check an entry without recording it (for live feedback at the fields). */
export function checkVote(entry: VoteEntry, ctx: VoteContext): { totals: VoteTotals; findings: Finding[] } {
  const citation = ctx.citation ?? ART_22_QUORUM
  const findings: Finding[] = []
  const totals = resolveTotals(entry, findings, citation)
  findings.push(...checkEntry(entry, totals, ctx, citation))
  return { totals, findings }
}

/** First entry of a result. Refused (value null) while an error remains. */
export function enterVote(entry: VoteEntry, ctx: VoteContext, meta: EntryMeta): Checked<VoteRecord> {
  requireIsoDate(meta.when.slice(0, 10))
  const { totals, findings } = checkVote(entry, ctx)
  if (!meta.who.trim()) findings.push(err('who_missing', '请填写录入人', ctx.citation ?? ART_22_QUORUM, 'who'))
  if (hasErrors(findings)) return { value: null, findings }
  return { value: { ...snapshot(entry, totals), enteredBy: meta.who.trim(), enteredAt: meta.when, edits: [] }, findings }
}

/**
 * Change a result after first entry (复核、重新计票): the change is kept with who, when and why, and
 * the values before and after. Refused without a reason, or while an error remains.
 */
export function editVote(
  prev: VoteRecord,
  patch: Partial<VoteEntry>,
  ctx: VoteContext,
  meta: EntryMeta & { why: string },
): Checked<VoteRecord> {
  requireIsoDate(meta.when.slice(0, 10))
  const citation = ctx.citation ?? ART_22_QUORUM
  const before = snapshotOf(prev)
  const entry: VoteEntry = {
    ...before,
    ...patch,
    totals: patch.totals ? { ...(patch.method === 'roll_call' ? {} : before.totals), ...patch.totals } : before.totals,
  }
  const { totals, findings } = checkVote(entry, ctx)
  if (!meta.why.trim()) findings.push(err('edit_reason_missing', '修改已录入的表决结果须说明原因', citation, 'why'))
  if (!meta.who.trim()) findings.push(err('who_missing', '请填写修改人', citation, 'who'))
  if (meta.when < prev.enteredAt) findings.push(err('edit_before_entry', '修改时间不能早于首次录入时间', citation, 'when'))
  if (hasErrors(findings)) return { value: null, findings }
  const after = snapshot(entry, totals)
  if (JSON.stringify(after) === JSON.stringify(before)) {
    return { value: prev, findings: [...findings, { level: 'info', code: 'no_change', message: '表决结果没有变化，未记录修改', citation }] }
  }
  const edit: VoteEdit = { who: meta.who.trim(), when: meta.when, why: meta.why.trim(), before, after }
  return { value: { ...after, enteredBy: prev.enteredBy, enteredAt: prev.enteredAt, edits: [...prev.edits, edit] }, findings }
}

function snapshotOf(r: VoteRecord): VoteSnapshot {
  const { enteredBy: _by, enteredAt: _at, edits: _edits, ...s } = r
  return s
}

/** The vote counts evaluateVote takes. */
export function voteCountsOf(r: VoteSnapshot): Pick<VoteCounts, 'yes' | 'no' | 'abstain' | 'invalid' | 'cast'> {
  return { ...r.totals }
}

/** “同意11票，反对8票，弃权1票” (+ 废票 for paper) — for the minutes. */
export function totalsWords(r: VoteSnapshot): string {
  const t = r.totals
  const parts = [`同意${t.yes}票`, `反对${t.no}票`, `弃权${t.abstain}票`]
  if (isPaperMethod(r.method)) parts.push(`废票${t.invalid}票`, `共收回${t.cast}票`)
  return `${VOTE_METHOD_LABELS[r.method]}：${parts.join('，')}`
}
