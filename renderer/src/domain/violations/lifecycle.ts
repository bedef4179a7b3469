/**
 * 违约处理流程: 登记 → 认定 → 告知 → 陈述申辩 → 决定 → (公示) → (整改) → (恢复) → 结案, with 异议
 * at any stage. Each function is pure: it takes the case and today's date (no clock reads) and
 * returns the next case or a refusal in plain Chinese (Outcome). Nothing is rewritten: each step
 * adds its record; a decision overturned on appeal keeps its text and gains a reversal.
 *
 * Due-process gates, in order:
 * - the conduct article is the version in force on the date of the ACT (不溯及既往);
 * - the handling article also the one in force on the act date (a later, harsher rule cannot
 *   apply; the 从旧兼从轻 exception for a later milder version is not implemented: choose measures
 *   within the old article instead);
 * - no decision before the hearing period is over (hearing.ts), unless waived in writing;
 * - decided measures only from the handling article, and only those the 告知书 told of;
 * - the body the handling article names decides; a 村民代表会议 needs a quorate meeting that passed.
 */
import { formatChineseDate } from '@/domain/calendar/calendar'
import { findUnmaskedPersonalNumbers } from '@/domain/people/masking'
import type { DaysRule } from '@/domain/rules/profile'
import { articleForAct, isInForceOn } from './articles'
import type { Benefit, SuspendContext } from './benefits'
import {
  CASE_STATE_LABELS,
  LASTING_MEASURES,
  type ArticleRef,
  type CaseObjection,
  type CaseState,
  type DecidingBody,
  type Measure,
  type MeasurePlan,
  type MeetingRef,
  type Report,
  type ServiceMethod,
  type ViolationCase,
} from './case'
import { firstDecisionDay, hearingPeriod, hearingPeriodOver, type HearingPeriodOptions } from './hearing'
import { ensureMeasuresAllowed, ensurePlansAllowed, ensureWithinNotice } from './measures'
import { attempt, deny, ensure, ensureDate, ensureText, type Outcome } from './outcome'
import { anonymizedName, type PublicNameStyle } from './publicName'

const cn = formatChineseDate

function ensureState(c: ViolationCase, allowed: readonly CaseState[], action: string): void {
  ensure(
    allowed.includes(c.state),
    `“${CASE_STATE_LABELS[c.state]}”的案件不能${action}（只有${allowed.map((s) => `“${CASE_STATE_LABELS[s]}”`).join('或')}的案件可以）`,
  )
}

/** A step's date: valid, not in the future, not before `notBefore` (with its name). */
function stepDate(date: string, label: string, today: string, notBefore?: [string, string]): string {
  ensureDate(date, label)
  ensureDate(today, '今天的日期')
  ensure(date <= today, `${label}${cn(date)}晚于今天（${cn(today)}），不能预先登记`)
  if (notBefore) ensure(date >= notBefore[0], `${label}${cn(date)}早于${notBefore[1]}${cn(notBefore[0])}`)
  return date
}

// ── 登记 ────────────────────────────────────────────────────────────────────

export function reportCase(input: { id: string; caseNo: string; report: Report }, today: string): Outcome<ViolationCase> {
  return attempt(() => {
    const r = input.report
    ensureText(input.id, '案件编号（内部）')
    ensureText(input.caseNo, '案件编号')
    stepDate(r.reportDate, '登记日期', today)
    ensureDate(r.actDate, '行为发生日期')
    ensure(r.actDate <= r.reportDate, `行为发生日期${cn(r.actDate)}晚于登记日期${cn(r.reportDate)}`)
    const report: Report = {
      ...r,
      reporterName: ensureText(r.reporterName, r.reporterKind === '上级转办' ? '转办单位' : '报告人'),
      place: ensureText(r.place, '地点'),
      facts: ensureText(r.facts, '违约事实'),
      villagerId: ensureText(r.villagerId, '当事村民'),
      householdId: ensureText(r.householdId, '当事人所在户'),
      evidence: [...r.evidence],
    }
    return { id: input.id, caseNo: input.caseNo.trim(), state: 'reported', report, objections: [] }
  })
}

// ── 认定 ────────────────────────────────────────────────────────────────────

export interface ArticleChoice {
  /** Every version of every article the village has had (snapshots). */
  articles: readonly ArticleRef[]
  compactId: string
  number: string
}

/** The conduct article is the version in force on the ACT date; an act before it is refused. */
export function assessCase(
  c: ViolationCase,
  input: ArticleChoice & { date: string; finding: string },
  today: string,
): Outcome<ViolationCase> {
  return attempt(() => {
    ensureState(c, ['reported'], '认定')
    const date = stepDate(input.date, '认定日期', today, [c.report.reportDate, '登记日期'])
    const chosen = articleForAct(input.articles, input.compactId, input.number, c.report.actDate, 'conduct')
    if (!chosen.ok) deny(chosen.reason, chosen.citation)
    return {
      ...c,
      state: 'assessed',
      assessment: { date, conductArticle: { ...chosen.value }, finding: ensureText(input.finding, '认定意见') },
    }
  })
}

// ── 告知 ────────────────────────────────────────────────────────────────────

export interface NotifyInput extends ArticleChoice {
  date: string
  serviceDate: string
  serviceMethod: ServiceMethod
  serviceProof?: string
  /** Defaults to the reported facts. */
  facts?: string
  intendedMeasures: MeasurePlan[]
  /** The profile's rule (NATIONAL_PROFILE.hearingReplyDays unless the village's profile says otherwise). */
  replyRule: DaysRule
  periodOptions?: HearingPeriodOptions
}

export function notifyCase(
  c: ViolationCase,
  input: NotifyInput,
  today: string,
  benefits: readonly Benefit[],
  context: SuspendContext = {},
): Outcome<ViolationCase> {
  return attempt(() => {
    ensureState(c, ['assessed'], '告知')
    const date = stepDate(input.date, '告知书日期', today, [c.assessment!.date, '认定日期'])
    const serviceDate = stepDate(input.serviceDate, '送达日期', today, [date, '告知书日期'])
    if (input.serviceMethod === '留置送达') ensureText(input.serviceProof, '留置送达的见证或照片')
    const handling = articleForAct(input.articles, input.compactId, input.number, c.report.actDate, 'handling')
    if (!handling.ok) deny(handling.reason, handling.citation)
    ensurePlansAllowed(handling.value, input.intendedMeasures, benefits, context)
    return {
      ...c,
      state: 'notified',
      notification: {
        date,
        serviceDate,
        serviceMethod: input.serviceMethod,
        ...(input.serviceProof ? { serviceProof: input.serviceProof } : {}),
        facts: input.facts?.trim() || c.report.facts,
        handlingArticle: { ...handling.value },
        intendedMeasures: input.intendedMeasures.map((m) => ({ ...m })),
        period: hearingPeriod(serviceDate, input.replyRule, input.periodOptions),
      },
    }
  })
}

// ── 陈述申辩 ──────────────────────────────────────────────────────────────────

export function recordStatement(c: ViolationCase, input: { date: string; text: string }, today: string): Outcome<ViolationCase> {
  return attempt(() => {
    ensureState(c, ['notified'], '登记陈述申辩')
    ensure(!c.hearing, '已登记过陈述申辩')
    const n = c.notification!
    const date = stepDate(input.date, '陈述申辩日期', today, [n.serviceDate, '告知书送达日期'])
    ensure(date <= n.period.lastDay, `陈述申辩期限已于${cn(n.period.lastDay)}届满，${cn(date)}提出的意见请作为异议登记（recordObjection）`)
    return { ...c, hearing: { kind: 'statement', date, text: ensureText(input.text, '陈述申辩内容') } }
  })
}

/** The committee's response to the statement (采纳与否及理由): the hearing is then complete. */
export function respondToStatement(c: ViolationCase, input: { date: string; text: string }, today: string): Outcome<ViolationCase> {
  return attempt(() => {
    ensureState(c, ['notified'], '答复陈述申辩')
    const h = c.hearing
    ensure(h?.kind === 'statement', '尚未登记当事人的陈述申辩')
    ensure(!h.response, '已答复过陈述申辩')
    const date = stepDate(input.date, '答复日期', today, [h.date, '陈述申辩日期'])
    return { ...c, state: 'heard', hearing: { ...h, response: { date, text: ensureText(input.text, '对陈述申辩的答复') } } }
  })
}

/** “未提出”: only once the period is over (from the day after its last day). */
export function recordNoStatement(c: ViolationCase, today: string): Outcome<ViolationCase> {
  return attempt(() => {
    ensureState(c, ['notified'], '登记未提出陈述申辩')
    ensure(!c.hearing, '已登记了陈述申辩，请登记答复')
    ensureDate(today, '今天的日期')
    const p = c.notification!.period
    ensure(
      hearingPeriodOver(p, today),
      `陈述申辩期限到${cn(p.lastDay)}二十四时届满，期满前不能登记“未提出”；${cn(firstDecisionDay(p))}起可以登记`,
    )
    return { ...c, state: 'heard', hearing: { kind: 'none', recordedOn: today } }
  })
}

/** 书面放弃陈述申辩: the signed statement is the only way to decide before the period is over. */
export function recordWaiver(
  c: ViolationCase,
  input: { date: string; writtenRef: string; text?: string },
  today: string,
): Outcome<ViolationCase> {
  return attempt(() => {
    ensureState(c, ['notified'], '登记放弃陈述申辩')
    ensure(!c.hearing, '已登记了陈述申辩，不能再登记放弃')
    const date = stepDate(input.date, '放弃声明日期', today, [c.notification!.serviceDate, '告知书送达日期'])
    const writtenRef = ensureText(input.writtenRef, '当事人签字的书面放弃声明（附件）')
    return { ...c, state: 'heard', hearing: { kind: 'waived', date, writtenRef, ...(input.text ? { text: input.text } : {}) } }
  })
}

/** The date the hearing step was completed (waiver, response, or “未提出” recorded). */
function hearingCompletedOn(c: ViolationCase): string | undefined {
  const h = c.hearing
  if (!h) return undefined
  if (h.kind === 'waived') return h.date
  if (h.kind === 'none') return h.recordedOn
  return h.response?.date
}

// ── 决定 ────────────────────────────────────────────────────────────────────

export interface DecideInput {
  date: string
  body: DecidingBody
  meeting?: MeetingRef
  measures: Measure[]
  /** Order a 违约处理公示 (implied by 公开通报). */
  publish?: boolean
}

export function decideCase(
  c: ViolationCase,
  input: DecideInput,
  today: string,
  benefits: readonly Benefit[],
  context: SuspendContext = {},
): Outcome<ViolationCase> {
  return attempt(() => {
    ensureState(c, ['heard'], '作出处理决定')
    const n = c.notification!
    const date = stepDate(input.date, '决定日期', today, [n.serviceDate, '告知书送达日期'])
    const waived = c.hearing?.kind === 'waived'
    const heardOn = hearingCompletedOn(c)
    if (heardOn) ensure(date >= heardOn, `决定日期${cn(date)}早于陈述申辩环节完成的日期${cn(heardOn)}`)
    if (!waived) {
      ensure(
        hearingPeriodOver(n.period, date),
        `陈述申辩期限到${cn(n.period.lastDay)}二十四时届满，期满前不能作出决定（当事人书面放弃的除外）；最早${cn(firstDecisionDay(n.period))}可以决定`,
      )
    }
    const article = n.handlingArticle
    const body = article.decidingBody ?? '村民委员会'
    ensure(input.body === body, `${article.number}规定由${body}作出决定，不能由${input.body}决定`)
    if (body === '村民代表会议') {
      const m = input.meeting
      ensure(m, `${article.number}规定由村民代表会议决定，请关联该次会议`)
      ensureDate(m.date, '会议日期')
      ensure(m.quorumReached, '该次村民代表会议到会人数不足，所作决定无效')
      ensure(m.passed, '该次村民代表会议未通过处理决定')
      ensure(m.date <= date, '会议日期晚于决定日期')
      if (!waived) ensure(hearingPeriodOver(n.period, m.date), `会议在陈述申辩期限（${cn(n.period.lastDay)}届满）内召开，不能作出决定`)
    }
    ensureMeasuresAllowed(article, input.measures, date, benefits, context)
    ensureWithinNotice(n.intendedMeasures, input.measures, benefits)
    const publish = Boolean(input.publish) || input.measures.some((m) => m.kind === '公开通报')
    return {
      ...c,
      state: 'decided',
      decision: {
        date,
        body,
        ...(input.meeting ? { meeting: { ...input.meeting } } : {}),
        handlingArticle: { ...article },
        measures: input.measures.map((m) => ({ ...m, ...(m.riskReason ? { riskReason: m.riskReason.trim() } : {}) })),
        publish,
      },
    }
  })
}

// ── 公示 ────────────────────────────────────────────────────────────────────

export interface PublishInput {
  date: string
  /** The villager's full name (from the registry): used to make “李某” and to check the text. */
  villagerName: string
  /** Show the full name: only with this recorded reason. */
  fullNameReason?: string
  nameStyle?: PublicNameStyle
  noticeId?: string
  /** The notice's body text, checked for ID/phone numbers and an unrecorded full name. */
  text: string
}

export function publishCase(c: ViolationCase, input: PublishInput, today: string): Outcome<ViolationCase> {
  return attempt(() => {
    ensureState(c, ['decided'], '公示')
    const d = c.decision!
    ensure(d.publish, '处理决定没有要求公示，不能公示')
    ensure(!d.reversal, '处理决定已被撤销，不能公示')
    const date = stepDate(input.date, '公示日期', today, [d.date, '决定日期'])
    const name = ensureText(input.villagerName, '当事人姓名')
    const reason = input.fullNameReason?.trim()
    const text = ensureText(input.text, '公示正文')
    const numbers = findUnmaskedPersonalNumbers(text)
    ensure(numbers.length === 0, '公示正文含有完整的身份证号或手机号，违约处理公示一律不得出现身份证号')
    if (!reason)
      ensure(
        !text.includes(name),
        `公示正文出现了当事人全名“${name}”：默认应写作“${anonymizedName(name, input.nameStyle)}”，写全名须记录理由`,
      )
    return {
      ...c,
      state: 'published',
      publication: {
        date,
        shownName: reason ? name : anonymizedName(name, input.nameStyle),
        ...(reason ? { fullNameReason: reason } : {}),
        ...(input.noticeId ? { noticeId: input.noticeId } : {}),
        text,
      },
    }
  })
}

// ── 整改 ────────────────────────────────────────────────────────────────────

/** Set (or, after a failed check, reset) the rectification deadline. */
export function requireRectification(
  c: ViolationCase,
  input: { date: string; requirement: string; deadline: string },
  today: string,
): Outcome<ViolationCase> {
  return attempt(() => {
    ensureState(c, ['decided', 'published', 'rectifying'], '责令整改')
    const d = c.decision!
    ensure(!d.reversal, '处理决定已被撤销，不能责令整改')
    const date = stepDate(input.date, '责令整改日期', today, [d.date, '决定日期'])
    ensureDate(input.deadline, '整改期限')
    ensure(input.deadline >= date, `整改期限${cn(input.deadline)}早于责令整改日期${cn(date)}`)
    const prev = c.rectification
    return {
      ...c,
      state: 'rectifying',
      rectification: {
        requirement: ensureText(input.requirement, '整改要求'),
        deadline: input.deadline,
        setOn: date,
        earlierDeadlines: prev ? [...prev.earlierDeadlines, prev.deadline] : [],
        verifications: prev ? [...prev.verifications] : [],
      },
    }
  })
}

/** 整改验收: date, who checked, photo. A pass moves the case on; a fail keeps it in 整改中. */
export function verifyRectification(
  c: ViolationCase,
  input: { date: string; checkedBy: string; photoRef?: string; passed: boolean; note?: string },
  today: string,
): Outcome<ViolationCase> {
  return attempt(() => {
    ensureState(c, ['rectifying'], '整改验收')
    const r = c.rectification!
    const date = stepDate(input.date, '验收日期', today, [r.setOn, '责令整改日期'])
    const checkedBy = ensureText(input.checkedBy, '验收人')
    if (input.passed) ensure(input.photoRef?.trim() || input.note?.trim(), '验收合格请附整改后照片或写明验收情况')
    const v = {
      date,
      checkedBy,
      passed: input.passed,
      ...(input.photoRef ? { photoRef: input.photoRef } : {}),
      ...(input.note ? { note: input.note } : {}),
    }
    return { ...c, state: input.passed ? 'rectified' : 'rectifying', rectification: { ...r, verifications: [...r.verifications, v] } }
  })
}

export function isRectificationOverdue(c: ViolationCase, today: string): boolean {
  return c.state === 'rectifying' && !c.decision?.reversal && c.rectification !== undefined && today > c.rectification.deadline
}

// ── 恢复 ────────────────────────────────────────────────────────────────────

/** Lasting measures of the decision that still apply on `date` (no reversal, no earlier fixed end). */
export function openLastingMeasures(c: ViolationCase, date: string): Measure[] {
  const d = c.decision
  if (!d || (d.reversal && d.reversal.date <= date)) return []
  if (c.restoration && c.restoration.date <= date) return []
  return d.measures.filter((m) => LASTING_MEASURES.has(m.kind) && !(m.lastDay && m.lastDay < date))
}

/**
 * 恢复: from `date` on, the suspended benefits apply again (date = first day restored). Under the
 * restoration article in force on that date (or on the act date, whichever the village cites).
 */
export function restoreCase(
  c: ViolationCase,
  input: ArticleChoice & { date: string; noticeDate: string },
  today: string,
): Outcome<ViolationCase> {
  return attempt(() => {
    ensureState(c, ['decided', 'published', 'rectified'], '恢复')
    const d = c.decision!
    ensure(!d.reversal, '处理决定已被撤销，措施已随之终止，不需要再恢复')
    ensureDate(input.date, '恢复日期')
    ensure(input.date >= d.date, `恢复日期${cn(input.date)}早于决定日期${cn(d.date)}`)
    const passed = c.rectification?.verifications.find((v) => v.passed)
    if (c.rectification) {
      ensure(passed, '整改尚未验收合格，不能恢复')
      ensure(input.date >= passed.date, `恢复日期${cn(input.date)}早于整改验收合格日期${cn(passed.date)}`)
    }
    ensure(openLastingMeasures(c, input.date).length > 0, `${cn(input.date)}没有仍在执行的持续性措施，不需要恢复，可直接结案`)
    const noticeDate = stepDate(input.noticeDate, '恢复通知书日期', today)
    const article = restorationArticle(c, input)
    return { ...c, state: 'restored', restoration: { date: input.date, article: { ...article }, noticeDate } }
  })
}

/** The restoration article in force on the restoration date, else the one in force on the act date. */
function restorationArticle(c: ViolationCase, input: ArticleChoice & { date: string }): ArticleRef {
  const onDate = articleForAct(input.articles, input.compactId, input.number, input.date, 'restoration')
  if (onDate.ok) return onDate.value
  const onAct = articleForAct(input.articles, input.compactId, input.number, c.report.actDate, 'restoration')
  if (onAct.ok) return onAct.value
  deny(onDate.reason, onDate.citation)
}

// ── 结案、不予处理 ──────────────────────────────────────────────────────────────

export function closeCase(c: ViolationCase, input: { date: string; reason?: string }, today: string): Outcome<ViolationCase> {
  return attempt(() => {
    ensureState(c, ['decided', 'published', 'rectified', 'restored'], '结案')
    const d = c.decision!
    const date = stepDate(input.date, '结案日期', today, [c.restoration?.date ?? d.date, c.restoration ? '恢复日期' : '决定日期'])
    const open = openLastingMeasures(c, date)
    ensure(open.length === 0, `还有持续性措施在执行（${open.map((m) => m.kind).join('、')}），请先办理恢复或等其期满后结案`)
    return {
      ...c,
      state: 'closed',
      closed: { date, outcome: '处理完毕', ...(input.reason?.trim() ? { reason: input.reason.trim() } : {}) },
    }
  })
}

/** 不予处理: before any decision (facts not established, no article applies, 不溯及既往…). */
export function dismissCase(c: ViolationCase, input: { date: string; reason: string }, today: string): Outcome<ViolationCase> {
  return attempt(() => {
    ensureState(c, ['reported', 'assessed', 'notified', 'heard'], '不予处理')
    const date = stepDate(input.date, '日期', today, [c.report.reportDate, '登记日期'])
    return { ...c, state: 'closed', closed: { date, outcome: '不予处理', reason: ensureText(input.reason, '不予处理的理由') } }
  })
}

// ── 异议 / 申诉 ────────────────────────────────────────────────────────────────

export function recordObjection(c: ViolationCase, objection: Omit<CaseObjection, 'outcome'>, today: string): Outcome<ViolationCase> {
  return attempt(() => {
    ensureText(objection.id, '异议编号')
    ensure(!c.objections.some((o) => o.id === objection.id), '该异议已登记')
    const date = stepDate(objection.date, '异议日期', today, [c.report.reportDate, '登记日期'])
    const o: CaseObjection = {
      id: objection.id,
      date,
      by: ensureText(objection.by, '异议人'),
      to: objection.to,
      content: ensureText(objection.content, '异议内容'),
    }
    return { ...c, objections: [...c.objections, o] }
  })
}

/**
 * The objection's outcome. 撤销 reverses the decision (kept, with the reason): every measure stops
 * from the outcome date (that day is the first day not suspended). Before a decision, 撤销 ends
 * the case as 不予处理.
 */
export function resolveObjection(
  c: ViolationCase,
  objectionId: string,
  outcome: NonNullable<CaseObjection['outcome']>,
  today: string,
): Outcome<ViolationCase> {
  return attempt(() => {
    const target = c.objections.find((o) => o.id === objectionId)
    ensure(target, '找不到该异议')
    ensure(!target.outcome, '该异议已有处理结果')
    const date = stepDate(outcome.date, '处理结果日期', today, [target.date, '异议日期'])
    const resolved = {
      date,
      result: outcome.result,
      reason: ensureText(outcome.reason, '处理结果的理由'),
      by: ensureText(outcome.by, '作出结果的单位'),
    }
    const objections = c.objections.map((o) => (o.id === objectionId ? { ...o, outcome: resolved } : o))
    if (resolved.result === '维持') return { ...c, objections }
    const d = c.decision
    if (d) {
      ensure(!d.reversal, '处理决定已被撤销')
      ensure(date >= d.date, `撤销日期${cn(date)}早于决定日期${cn(d.date)}`)
      const reversal = { date, reason: resolved.reason, by: resolved.by, objectionId }
      const closed = c.closed ?? { date, outcome: '决定被撤销' as const, reason: resolved.reason }
      return { ...c, objections, decision: { ...d, reversal }, state: 'closed', closed }
    }
    if (c.state === 'closed') return { ...c, objections }
    return { ...c, objections, state: 'closed', closed: { date, outcome: '不予处理', reason: `经异议撤销：${resolved.reason}` } }
  })
}

/** true when the article snapshot the case cites was in force on the act date (a data integrity check). */
export function citesArticleInForce(c: ViolationCase): boolean {
  return c.assessment ? isInForceOn(c.assessment.conductArticle, c.report.actDate) : true
}
