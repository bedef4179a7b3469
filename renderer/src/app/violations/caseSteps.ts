/**
 * 违约处理 use cases: each step of a case (domain/violations/lifecycle.ts) in one audited unit, on
 * the case AS STORED, checked against the version the screen saw (StaleRecordError). A refusal of
 * the domain is thrown as ViolationRefusedError (plain Chinese, with its legal basis); nothing is
 * written. `today` is the unit's day in Beijing time.
 *
 * reportCase(ctx, { report, caseNo? }) → case            登记; 案件编号 “宅子违约〔2026〕1号” by default
 * assessCase(ctx, c, { date, finding, article }) → case   认定: the conduct article in force on the ACT
 *     date, snapshotted from the stored compact (app/violations/articleRefs.ts)
 * notifyCase(ctx, c, { date, serviceDate, serviceMethod, article, intendedMeasures, … }, benefits) → case
 *     告知: the handling article (in force on the act date) and the 陈述申辩 period of the village's profile
 * recordStatement / respondToStatement / recordNoStatement / recordWaiver(ctx, c, …) → case
 * decideCase(ctx, c, { date, body, measures, publish?, assembly? | meetingId? }, benefits) → case
 *     决定. A 村民代表会议 decides through its meeting, in ONE unit with its consequence:
 *     `assembly` (MeetingInput) records the meeting now (app/meetings buildMeeting: roster frozen
 *     from the registry on its date, attendance, the vote counted under the village's profile) and
 *     the decision's date is the meeting's; `meetingId` names a meeting recorded before. Either way
 *     (domain/violations/assemblyDecision.ts): quorum met and the motion passed → the case is
 *     decided; otherwise the meeting is kept (a lawful record) and listed against the case, which
 *     stays 已陈述申辩 — the returned case says why (undecidedBecause) and nothing is thrown.
 *     Refused, nothing written (the meeting neither): anything else that makes the decision unlawful.
 * requireRectification / verifyRectification(ctx, c, …) → case
 * restoreCase(ctx, c, { date, noticeDate, article }) → case   恢复, under the restoration article
 * closeCase(ctx, c, { date, reason? }) / dismissCase(ctx, c, { date, reason }) → case
 * recordCaseObjection / resolveCaseObjection(ctx, c, …) → case
 * publishCase is in publishCase.ts (it writes a notice too).
 */
import { ulid } from 'ulid'
import { loadCompactRow } from '@/db/repositories/compacts'
import { loadVillageProfile } from '@/db/repositories/village'
import type { CaseRow } from '@/db/rows'
import { todayIso } from '@/domain/calendar/clock'
import type { Benefit, SuspendContext } from '@/domain/violations/benefits'
import type { MeetingEvaluation } from '@/domain/meetings/meeting'
import type { RuleProfile } from '@/domain/rules/profile'
import { decideByAssembly } from '@/domain/violations/assemblyDecision'
import type {
  AssemblyMeeting,
  CaseObjection,
  DecidingBody,
  Measure,
  MeasurePlan,
  Report,
  ServiceMethod,
  ViolationCase,
} from '@/domain/violations/case'
import type { HearingPeriodOptions } from '@/domain/violations/hearing'
import * as life from '@/domain/violations/lifecycle'
import { ViolationRefusedError, unwrap, type Outcome } from '@/domain/violations/outcome'
import type { AppContext } from '../context'
import { buildMeeting, evaluateStored, type MeetingInput } from '@/domain/meetings/buildMeeting'
import { villageRuleProfile } from '../meetings/profile'
import { recordsAudited, type RecordsUnit } from '../meetings/recordsUnit'
import { compactArticleRefs } from './articleRefs'

const dayOf = (work: RecordsUnit) => todayIso({ now: () => new Date(work.now) })

/** One step on the stored case. */
export function caseStep(
  ctx: AppContext,
  seen: ViolationCase & { updatedAt: string },
  decide: (current: CaseRow, today: string, work: RecordsUnit) => Promise<Outcome<ViolationCase>> | Outcome<ViolationCase>,
  summary: (next: ViolationCase) => string,
  extraTables: readonly ('meetings' | 'compacts' | 'villagers' | 'households')[] = [],
): Promise<CaseRow> {
  return recordsAudited(ctx, ['cases', ...extraTables], async (work) => {
    const current = await work.require('cases', seen.id, seen.updatedAt)
    const next = unwrap(await decide(current, dayOf(work), work))
    return work.put('cases', { ...current, ...next }, { action: 'status', summary: `${current.caseNo}：${summary(next)}` })
  })
}

/** The stored compact's articles as case snapshots; refused when no compact is stored. */
async function articleChoice(work: RecordsUnit, number: string): Promise<life.ArticleChoice> {
  const row = await loadCompactRow(work.db)
  if (!row || row.compact.versions.length === 0) throw new ViolationRefusedError('尚未录入村规民约，不能依据条款处理')
  return { articles: compactArticleRefs(row), compactId: row.id, number }
}

/** “宅子违约〔2026〕3号”: the village name without 村, the year of the report, the next number that year. */
async function nextCaseNo(work: RecordsUnit, reportDate: string): Promise<string> {
  const village = await loadVillageProfile(work.db)
  const prefix = (village?.villageName ?? '').replace(/村$/, '') || '本村'
  const year = reportDate.slice(0, 4)
  const head = `${prefix}违约〔${year}〕`
  const used = (await work.db.cases.toArray()).map((c) => c.caseNo).filter((no) => no.startsWith(head))
  const max = used.reduce((m, no) => Math.max(m, Number(no.slice(head.length).replace(/号$/, '')) || 0), 0)
  return `${head}${max + 1}号`
}

export function reportCase(ctx: AppContext, input: { report: Report; caseNo?: string }): Promise<CaseRow> {
  return recordsAudited(ctx, ['cases'], async (work) => {
    const caseNo = input.caseNo?.trim() || (await nextCaseNo(work, input.report.reportDate))
    if (await work.db.cases.where('caseNo').equals(caseNo).count()) throw new ViolationRefusedError(`案件编号“${caseNo}”已被使用`)
    const c = unwrap(life.reportCase({ id: ulid(), caseNo, report: input.report }, dayOf(work)))
    return work.add('cases', { ...c, createdAt: work.now, updatedAt: work.now }, { action: 'create', summary: `登记违约案件${caseNo}` })
  })
}

export function assessCase(ctx: AppContext, c: CaseRow, input: { date: string; finding: string; article: string }): Promise<CaseRow> {
  return caseStep(
    ctx,
    c,
    async (current, today, work) =>
      life.assessCase(current, { ...(await articleChoice(work, input.article)), date: input.date, finding: input.finding }, today),
    (next) => `认定违反${next.assessment!.conductArticle.number}（${next.assessment!.conductArticle.compactTitle ?? ''}）`,
    ['compacts'],
  )
}

export interface NotifyCaseInput {
  date: string
  serviceDate: string
  serviceMethod: ServiceMethod
  serviceProof?: string
  facts?: string
  /** The handling article's number, e.g. '第三条'. */
  article: string
  intendedMeasures: MeasurePlan[]
  periodOptions?: HearingPeriodOptions
}

export async function notifyCase(
  ctx: AppContext,
  c: CaseRow,
  input: NotifyCaseInput,
  benefits: readonly Benefit[],
  context: SuspendContext = {},
): Promise<CaseRow> {
  const profile = await villageRuleProfile(ctx)
  return caseStep(
    ctx,
    c,
    async (current, today, work) => {
      const { article, ...rest } = input
      const choice = await articleChoice(work, article)
      return life.notifyCase(current, { ...rest, ...choice, replyRule: profile.hearingReplyDays }, today, benefits, context)
    },
    (next) =>
      `${next.notification!.serviceDate}${next.notification!.serviceMethod}告知书，陈述申辩期至${next.notification!.period.lastDay}`,
    ['compacts'],
  )
}

export function recordStatement(ctx: AppContext, c: CaseRow, input: { date: string; text: string }): Promise<CaseRow> {
  return caseStep(
    ctx,
    c,
    (current, today) => life.recordStatement(current, input, today),
    () => `登记当事人陈述申辩（${input.date}）`,
  )
}

export function respondToStatement(ctx: AppContext, c: CaseRow, input: { date: string; text: string }): Promise<CaseRow> {
  return caseStep(
    ctx,
    c,
    (current, today) => life.respondToStatement(current, input, today),
    () => `答复陈述申辩（${input.date}）`,
  )
}

export function recordNoStatement(ctx: AppContext, c: CaseRow): Promise<CaseRow> {
  return caseStep(
    ctx,
    c,
    (current, today) => life.recordNoStatement(current, today),
    () => '期满未提出陈述申辩',
  )
}

export function recordWaiver(ctx: AppContext, c: CaseRow, input: { date: string; writtenRef: string; text?: string }): Promise<CaseRow> {
  return caseStep(
    ctx,
    c,
    (current, today) => life.recordWaiver(current, input, today),
    () => `当事人书面放弃陈述申辩（${input.date}）`,
  )
}

export interface DecideCaseInput {
  date: string
  body: DecidingBody
  measures: Measure[]
  publish?: boolean
  /** 村民代表会议 held now: recorded in the same unit as the decision (or as the reason there is none). */
  assembly?: MeetingInput
  /** 村民代表会议 recorded before (its quorum and result are read from the record). */
  meetingId?: string
}

/** The meetings module's count of a meeting, as the case keeps it. */
function assemblyCount(meetingId: string, date: string, evaluation: MeetingEvaluation): Omit<AssemblyMeeting, 'result'> {
  const vote = evaluation.votes[0]
  return {
    meetingId,
    date,
    quorumReached: vote?.quorum.met ?? false,
    passed: vote?.passed ?? false,
    sentence: vote?.sentence ?? '没有表决记录',
  }
}

/** The 村民代表会议 entered on the case's screen, written in the unit: its id and count. */
async function recordAssembly(work: RecordsUnit, input: MeetingInput, profile: RuleProfile): Promise<Omit<AssemblyMeeting, 'result'>> {
  if (input.body !== 'representatives_meeting') throw new ViolationRefusedError('决定案件的会议应为村民代表会议')
  const [villagers, households] = await Promise.all([work.db.villagers.toArray(), work.db.households.toArray()])
  const { record, evaluation } = buildMeeting(
    input,
    { villagers, households },
    { id: ulid(), who: work.actor, now: work.now, tags: [], role: 'decide', profile },
  )
  const count = assemblyCount(record.id, record.date, evaluation)
  await work.add(
    'meetings',
    { ...record, createdAt: work.now, updatedAt: work.now },
    { action: 'create', summary: `登记${record.roster.bodyLabel}（${record.date}，“${input.vote.motion}”）：${count.sentence}` },
  )
  return count
}

export async function decideCase(
  ctx: AppContext,
  c: CaseRow,
  input: DecideCaseInput,
  benefits: readonly Benefit[],
  context: SuspendContext = {},
): Promise<CaseRow> {
  const profile = await villageRuleProfile(ctx)
  return caseStep(
    ctx,
    c,
    async (current, today, work) => {
      const { meetingId, assembly, ...rest } = input
      if (assembly) {
        const count = await recordAssembly(work, assembly, profile)
        return decideByAssembly(current, { ...rest, date: assembly.date, meeting: count }, today, benefits, context)
      }
      if (meetingId) {
        const meeting = await work.db.meetings.get(meetingId)
        if (!meeting) throw new ViolationRefusedError('找不到所选的会议记录')
        const count = assemblyCount(meetingId, meeting.date, evaluateStored(meeting, profile))
        return decideByAssembly(current, { ...rest, meeting: count }, today, benefits, context)
      }
      return life.decideCase(current, { ...rest }, today, benefits, context)
    },
    (next) =>
      next.decision
        ? `${next.decision.body}作出处理决定：${next.decision.measures.map((m) => m.kind).join('、')}`
        : `村民代表会议未作出处理决定（${next.assemblyMeetings?.at(-1)?.result === 'no_quorum' ? '到会人数不足' : '表决未通过'}）`,
    ['meetings', 'villagers', 'households'],
  )
}

export function requireRectification(
  ctx: AppContext,
  c: CaseRow,
  input: { date: string; requirement: string; deadline: string },
): Promise<CaseRow> {
  return caseStep(
    ctx,
    c,
    (current, today) => life.requireRectification(current, input, today),
    () => `责令整改，期限至${input.deadline}`,
  )
}

export function verifyRectification(
  ctx: AppContext,
  c: CaseRow,
  input: { date: string; checkedBy: string; photoRef?: string; passed: boolean; note?: string },
): Promise<CaseRow> {
  return caseStep(
    ctx,
    c,
    (current, today) => life.verifyRectification(current, input, today),
    () => `整改验收${input.passed ? '合格' : '不合格'}（${input.checkedBy}，${input.date}）`,
  )
}

export function restoreCase(ctx: AppContext, c: CaseRow, input: { date: string; noticeDate: string; article: string }): Promise<CaseRow> {
  return caseStep(
    ctx,
    c,
    async (current, today, work) =>
      life.restoreCase(current, { ...(await articleChoice(work, input.article)), date: input.date, noticeDate: input.noticeDate }, today),
    (next) => `依据${next.restoration!.article.number}自${next.restoration!.date}起恢复`,
    ['compacts'],
  )
}

export function closeCase(ctx: AppContext, c: CaseRow, input: { date: string; reason?: string }): Promise<CaseRow> {
  return caseStep(
    ctx,
    c,
    (current, today) => life.closeCase(current, input, today),
    () => `结案（${input.date}）`,
  )
}

export function dismissCase(ctx: AppContext, c: CaseRow, input: { date: string; reason: string }): Promise<CaseRow> {
  return caseStep(
    ctx,
    c,
    (current, today) => life.dismissCase(current, input, today),
    () => `不予处理：${input.reason.trim()}`,
  )
}

export function recordCaseObjection(ctx: AppContext, c: CaseRow, objection: Omit<CaseObjection, 'outcome' | 'id'>): Promise<CaseRow> {
  return caseStep(
    ctx,
    c,
    (current, today) => life.recordObjection(current, { ...objection, id: ulid() }, today),
    () => `登记异议（${objection.by}，${objection.date}）`,
  )
}

export function resolveCaseObjection(
  ctx: AppContext,
  c: CaseRow,
  objectionId: string,
  outcome: NonNullable<CaseObjection['outcome']>,
): Promise<CaseRow> {
  return caseStep(
    ctx,
    c,
    (current, today) => life.resolveObjection(current, objectionId, outcome, today),
    () => `异议处理结果：${outcome.result}`,
  )
}
