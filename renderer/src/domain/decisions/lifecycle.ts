/**
 * 四议两公开 lifecycle: six steps in order, each gated on the one before (model.ts).
 *
 * - ①–④ each record a meeting with its outcome from evaluateVote (the law decides passed or not,
 *   never the user). A meeting that was not quorate is kept and the step waits for a new meeting.
 * - ② may be merged with ① where the profile allows (一肩挑): one 两委 meeting, recorded as both.
 * - A failed ③ returns to ② for revision, or the matter is dropped (the caller says which).
 * - A failed ④ closes the matter as 未通过; its record stays. A passed ④ is the decision: frozen,
 *   later changes are corrections beside it.
 * - ⑤ 决议公开 runs a notice (notices/) for the profile's days (default 7, 地方惯例); objections must
 *   all be answered before it ends; one left unresolved may send the matter back to ③.
 * - ⑥ records cost, progress and acceptance, runs a 实施结果公开 notice; the matter closes when it ends.
 *
 * Pure: each function returns a new Matter or throws DecisionTransitionError with a message a
 * secretary can act on. Steps ①–③ evaluate with role 'deliberate' (a Party body deliberates an
 * Art. 24 matter, never decides it).
 */
import { addDays, formatChineseDate, parseIsoDate } from '@/domain/calendar/calendar'
import type { Finding } from '@/domain/law/findings'
import type { VoteEvaluation } from '@/domain/meetings/evaluateVote'
import type { MatterTag } from '@/domain/meetings/matters'
import type { Notice } from '@/domain/notices/model'
import { noticePeriodEnd } from '@/domain/notices/period'
import { NATIONAL_PROFILE } from '@/domain/rules/national'
import { BODY_LABELS, type BodyKind, type DaysRule, type RuleProfile } from '@/domain/rules/profile'
import {
  MATTER_STATE_LABELS,
  MOTION_SOURCES,
  STEP_LABELS,
  type Correction,
  type Disclosure,
  type Implementation,
  type Matter,
  type MatterState,
  type MeetingStep,
  type MotionSource,
  type StepOutcome,
  type TownshipAttendee,
} from './model'

export class DecisionTransitionError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'DecisionTransitionError'
  }
}

function fail(message: string): never {
  throw new DecisionTransitionError(message)
}

function requireState(matter: Matter, allowed: readonly MatterState[], action: string): void {
  if (!allowed.includes(matter.state)) {
    fail(
      `事项“${matter.title}”处于“${MATTER_STATE_LABELS[matter.state]}”，不能${action}（须为${allowed.map((s) => `“${MATTER_STATE_LABELS[s]}”`).join('或')}）`,
    )
  }
}

function requireDate(date: string, label: string): void {
  if (!parseIsoDate(date)) fail(`${label}不是有效日期：${date}`)
}

export function createMatter(
  input: { id: string; title: string; motionSource: MotionSource; tags?: readonly MatterTag[] },
  now: string,
): Matter {
  if (!input.title.trim()) fail('请填写事项名称')
  if (!MOTION_SOURCES.includes(input.motionSource)) fail('请选择动议事由（党员群众建议、村干部提议或上级党委政府安排）')
  return {
    id: input.id,
    title: input.title.trim(),
    motionSource: input.motionSource,
    tags: [...(input.tags ?? [])],
    state: 'proposing',
    steps: [],
    disclosures: [],
    corrections: [],
    createdAt: now,
    updatedAt: now,
  }
}

/** What the secretary records for a meeting of steps ①–④. */
export interface MeetingStepInput {
  meetingId: string
  date: string
  form: string
  place?: string
  content: string
  township?: readonly TownshipAttendee[]
  /** evaluateVote's result for this meeting's vote. */
  evaluation: VoteEvaluation
}

/** Findings that are outcomes, not data errors: the meeting is recorded with them. */
const OUTCOME_CODES = new Set(['quorum_not_met'])
/** At ①–③ a Party body deliberates an Art. 24 matter; it is decided at ④. */
const DELIBERATION_CODES = new Set(['body_not_competent', 'delegation_missing'])

function ratio(present: number, entitled: number): string {
  if (entitled === 0) return '—'
  const tenths = Math.round((present * 1000) / entitled)
  return `${Math.floor(tenths / 10)}.${tenths % 10}%`
}

function lastDate(matter: Matter): string | undefined {
  return matter.steps.at(-1)?.date
}

function buildStep(matter: Matter, step: 1 | 2 | 3 | 4, bodies: readonly BodyKind[], input: MeetingStepInput, now: string): MeetingStep {
  const e = input.evaluation
  if (!bodies.includes(e.body)) {
    fail(`${STEP_LABELS[step]}应由${bodies.map((b) => BODY_LABELS[b]).join('或')}进行，本次表决的会议为${e.bodyLabel}`)
  }
  requireDate(input.date, '会议日期')
  const previous = lastDate(matter)
  if (previous && input.date < previous)
    fail(`会议日期${formatChineseDate(input.date)}早于上一步会议（${formatChineseDate(previous)}），各步须依次进行`)
  if (!input.meetingId.trim()) fail('请先登记会议')
  if (!input.form.trim()) fail('请填写会议形式')
  if (!input.content.trim()) fail(`请填写${STEP_LABELS[step]}的内容`)
  const township = (input.township ?? []).map((t) => ({ name: t.name.trim(), post: t.post.trim() }))
  if (township.some((t) => !t.name || !t.post)) fail('乡镇参会人员须填写姓名和职务')
  const blocking = e.findings.filter(
    (f: Finding) => f.level === 'error' && !OUTCOME_CODES.has(f.code) && !(step < 4 && DELIBERATION_CODES.has(f.code)),
  )
  if (blocking.length > 0) fail(`表决记录有误，不能登记：${blocking.map((f) => f.message).join('；')}`)
  const outcome: StepOutcome = {
    quorumMet: e.quorum.met,
    passed: step < 4 ? e.quorum.met && e.decision.countReached : e.passed,
    entitled: e.quorum.baseCount,
    present: e.quorum.actual,
    ratio: ratio(e.quorum.actual, e.quorum.baseCount),
    sentence: e.sentence,
    law: e.lawApplied.title,
    lawReason: e.lawApplied.reason,
  }
  const out: MeetingStep = {
    step,
    body: e.body,
    meetingId: input.meetingId,
    date: input.date,
    form: input.form.trim(),
    content: input.content.trim(),
    township,
    outcome,
    recordedAt: now,
  }
  if (input.place?.trim()) out.place = input.place.trim()
  return out
}

function withStep(matter: Matter, step: MeetingStep, state: MatterState, now: string, extra: Partial<Matter> = {}): Matter {
  return { ...matter, ...extra, steps: [...matter.steps, step], state, updatedAt: now }
}

/** ① 村党组织提议 (支委会). With `mergeConsultation` (一肩挑, where the profile allows) the one 两委 meeting is ① and ②. */
export function recordProposal(
  matter: Matter,
  input: MeetingStepInput,
  opts: { now: string; profile?: RuleProfile; mergeConsultation?: boolean },
): Matter {
  requireState(matter, ['proposing'], '登记提议')
  const profile = opts.profile ?? NATIONAL_PROFILE
  if (opts.mergeConsultation && !profile.mayMergeProposalAndConsultation) {
    fail('本村规则未允许“一肩挑”合并提议和商议：村党组织提议和“两委”会议商议须分别召开')
  }
  const merged = opts.mergeConsultation === true
  const step = buildStep(matter, 1, merged ? ['joint_committees'] : ['party_committee'], input, opts.now)
  if (merged) step.mergedWith = 2
  if (!step.outcome.passed) return withStep(matter, step, 'proposing', opts.now)
  return withStep(matter, step, merged ? 'reviewing' : 'consulting', opts.now)
}

/** ② “两委”会议商议. */
export function recordConsultation(matter: Matter, input: MeetingStepInput, opts: { now: string }): Matter {
  requireState(matter, ['consulting'], '登记商议')
  const step = buildStep(matter, 2, ['joint_committees'], input, opts.now)
  return withStep(matter, step, step.outcome.passed ? 'reviewing' : 'consulting', opts.now)
}

/** ③ 党员大会审议. Not passed (with a quorum): `onFailure` 'revise' returns to ②, 'drop' drops the matter. */
export function recordReview(matter: Matter, input: MeetingStepInput, opts: { now: string; onFailure?: 'revise' | 'drop' }): Matter {
  requireState(matter, ['reviewing'], '登记审议')
  const step = buildStep(matter, 3, ['party_assembly'], input, opts.now)
  if (step.outcome.passed) return withStep(matter, step, 'resolving', opts.now)
  if (!step.outcome.quorumMet) return withStep(matter, step, 'reviewing', opts.now)
  if (!opts.onFailure) fail('党员大会审议未通过：请选择退回“两委”修改后重新提交，或撤销该事项')
  step.onFailure = opts.onFailure
  if (opts.onFailure === 'revise') return withStep(matter, step, 'consulting', opts.now)
  return withStep(matter, step, 'dropped', opts.now, { droppedReason: '党员大会审议未通过' })
}

const DECIDING_BODIES: readonly BodyKind[] = [
  'villagers_meeting',
  'representatives_meeting',
  'group_meeting',
  'collective_assembly',
  'collective_representatives',
]

/**
 * ④ 村民会议或村民代表会议决议. Passed: the decision, frozen; ⑤ follows. Not passed: 未通过, closed
 * (the matter cannot be implemented). Not quorate: kept, and ④ waits for a new meeting.
 */
export function recordResolution(matter: Matter, input: MeetingStepInput, opts: { now: string }): Matter {
  requireState(matter, ['resolving'], '登记决议')
  const step = buildStep(matter, 4, DECIDING_BODIES, input, opts.now)
  if (!step.outcome.quorumMet) return withStep(matter, step, 'resolving', opts.now)
  return withStep(matter, step, step.outcome.passed ? 'disclosing' : 'rejected', opts.now)
}

/** The frozen decision: the last passed ④, or null. */
export function frozenDecision(matter: Matter): { index: number; step: MeetingStep } | null {
  for (let i = matter.steps.length - 1; i >= 0; i--) {
    const s = matter.steps[i]
    if (s && s.step === 4 && s.outcome.passed) return { index: i, step: s }
  }
  return null
}

function daysUnit(rule: DaysRule): 'calendar' | 'working' {
  return rule.unit === '工作日' ? 'working' : 'calendar'
}

/** ⑤ begins: the 决议公开 notice (created through notices/) runs from `start` for the profile's days. */
export function startDisclosure(
  matter: Matter,
  input: { noticeId: string; start: string },
  opts: { now: string; profile?: RuleProfile },
): Matter {
  requireState(matter, ['disclosing'], '开始决议公开')
  const decision = frozenDecision(matter)
  if (!decision) fail('尚无通过的决议，不能公开')
  const open = matter.disclosures.find((d) => d.decisionIndex === decision.index && !d.endedOn)
  if (open) fail(`决议公开已在进行中（公示至${formatChineseDate(open.end)}）`)
  requireDate(input.start, '公开开始日期')
  if (input.start < decision.step.date) fail('决议公开不能早于决议会议')
  if (!input.noticeId.trim()) fail('请先制作决议公开的公示')
  const rule = (opts.profile ?? NATIONAL_PROFILE).disclosureDays.决议公开
  const end = noticePeriodEnd(input.start, rule.days, daysUnit(rule))
  const disclosure: Disclosure = { decisionIndex: decision.index, noticeId: input.noticeId, start: input.start, end, unresolved: [] }
  return { ...matter, disclosures: [...matter.disclosures, disclosure], updatedAt: opts.now }
}

type NoticeView = Pick<Notice, 'id' | 'objections'>

/**
 * ⑤ ends after its last day. Every objection must be answered. Objections the committee could not
 * resolve are listed in `unresolved`; then the caller chooses: 'return_to_review' sends the
 * matter back to ③ (党支部 takes it back to the 党员大会, domain-rules §2.4), 'proceed' goes on to ⑥.
 */
export function endDisclosure(
  matter: Matter,
  input: { notice: NoticeView; today: string; unresolved?: readonly string[]; outcome?: 'proceed' | 'return_to_review' },
  opts: { now: string },
): Matter {
  requireState(matter, ['disclosing'], '结束决议公开')
  const current = matter.disclosures.at(-1)
  if (!current || current.endedOn) fail('尚未开始决议公开')
  if (input.notice.id !== current.noticeId) fail('公示与本事项的决议公开不符')
  requireDate(input.today, '日期')
  if (input.today <= current.end) fail(`决议公开到${formatChineseDate(current.end)}期满，期满前不能结束`)
  const unanswered = input.notice.objections.filter((o) => !o.reply)
  if (unanswered.length > 0) fail(`还有${unanswered.length}条异议未答复，请先答复`)
  const ids = new Set(input.notice.objections.map((o) => o.id))
  const unresolved = [...new Set(input.unresolved ?? [])]
  for (const id of unresolved) if (!ids.has(id)) fail(`找不到异议：${id}`)
  const outcome = input.outcome ?? (unresolved.length === 0 ? 'proceed' : undefined)
  if (!outcome) fail(`有${unresolved.length}条异议未能解决：请选择退回党员大会重新审议，或继续实施`)
  const ended: Disclosure = {
    ...current,
    endedOn: input.today,
    unresolved: unresolved.map((objectionId) => ({ objectionId, unresolved: true })),
    outcome: outcome === 'return_to_review' ? 'returned_to_review' : 'proceed',
  }
  const disclosures = [...matter.disclosures.slice(0, -1), ended]
  return { ...matter, disclosures, state: outcome === 'return_to_review' ? 'reviewing' : 'implementing', updatedAt: opts.now }
}

/**
 * 异议答复 (local practice: within 3 days, profile.objectionReplyDays): a warning for each reply that
 * came late, or that is overdue today.
 */
export function objectionReplyFindings(notice: NoticeView, today: string, profile: RuleProfile = NATIONAL_PROFILE): Finding[] {
  const rule = profile.objectionReplyDays
  const out: Finding[] = []
  for (const o of notice.objections) {
    const due = addDays(o.date, rule.days)
    if (o.reply && o.reply.date > due) {
      out.push({
        level: 'warning',
        code: 'objection_reply_late',
        message: `${formatChineseDate(o.date)}的异议于${formatChineseDate(o.reply.date)}答复，超过${rule.days}日答复期限`,
        citation: rule.citation,
      })
    } else if (!o.reply && today > due) {
      out.push({
        level: 'warning',
        code: 'objection_reply_overdue',
        message: `${formatChineseDate(o.date)}的异议应于${formatChineseDate(due)}前答复，至今未答复`,
        citation: rule.citation,
      })
    }
  }
  return out
}

/** ⑥ 实施: cost, progress and acceptance, updated while the work goes on. */
export function recordImplementation(
  matter: Matter,
  input: { cost?: number; progress: string; acceptance?: Implementation['acceptance'] },
  opts: { now: string },
): Matter {
  requireState(matter, ['implementing'], '登记实施情况')
  if (!input.progress.trim()) fail('请填写实施进度')
  if (input.cost !== undefined && !(Number.isFinite(input.cost) && input.cost >= 0)) fail('实际费用应为不小于0的金额')
  if (input.acceptance) {
    requireDate(input.acceptance.date, '验收日期')
    if (!input.acceptance.by.trim() || !input.acceptance.result.trim()) fail('验收须填写验收人和验收结果')
  }
  const implementation: Implementation = { progress: input.progress.trim(), recordedAt: opts.now }
  if (input.cost !== undefined) implementation.cost = input.cost
  if (input.acceptance)
    implementation.acceptance = { date: input.acceptance.date, by: input.acceptance.by.trim(), result: input.acceptance.result.trim() }
  return { ...matter, implementation, updatedAt: opts.now }
}

/** ⑥ 实施结果公开 begins (a notice through notices/). */
export function startResultsDisclosure(
  matter: Matter,
  input: { noticeId: string; start: string },
  opts: { now: string; profile?: RuleProfile },
): Matter {
  requireState(matter, ['implementing'], '开始实施结果公开')
  const impl = matter.implementation
  if (!impl) fail('请先登记实施情况（费用、进度、验收）')
  requireDate(input.start, '公开开始日期')
  if (!input.noticeId.trim()) fail('请先制作实施结果公开的公示')
  const rule = (opts.profile ?? NATIONAL_PROFILE).disclosureDays.实施结果公开
  const end = noticePeriodEnd(input.start, rule.days, daysUnit(rule))
  return {
    ...matter,
    implementation: { ...impl, noticeId: input.noticeId, start: input.start, end },
    state: 'publishing_results',
    updatedAt: opts.now,
  }
}

/** The matter closes when the 实施结果公开 notice has ended. */
export function closeMatter(matter: Matter, input: { today: string }, opts: { now: string }): Matter {
  requireState(matter, ['publishing_results'], '办结')
  const end = matter.implementation?.end
  if (!end) fail('尚未开始实施结果公开')
  requireDate(input.today, '日期')
  if (input.today <= end) fail(`实施结果公开到${formatChineseDate(end)}期满，期满后方可办结`)
  return { ...matter, state: 'closed', updatedAt: opts.now }
}

/** Withdraw a matter before it is decided. */
export function dropMatter(matter: Matter, reason: string, opts: { now: string }): Matter {
  requireState(matter, ['proposing', 'consulting', 'reviewing', 'resolving'], '撤销')
  if (!reason.trim()) fail('请填写撤销原因')
  return { ...matter, state: 'dropped', droppedReason: reason.trim(), updatedAt: opts.now }
}

/** A correction to the frozen decision, kept beside it; the decision itself never changes. */
export function correctDecision(matter: Matter, correction: Correction): Matter {
  if (!frozenDecision(matter)) fail('尚无通过的决议，可以直接修改，不需要更正')
  if (!correction.reason.trim()) fail('请填写更正原因')
  if (!correction.who.trim()) fail('请填写更正人')
  if (!correction.field.trim()) fail('请说明更正的内容')
  if (correction.from === correction.to) fail('更正前后内容相同')
  return {
    ...matter,
    corrections: [...matter.corrections, { ...correction, reason: correction.reason.trim(), who: correction.who.trim() }],
    updatedAt: correction.when,
  }
}
