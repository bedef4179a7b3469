/**
 * 村规民约的制定/修订程序 (domain/compact/procedure.ts), one audited unit per step:
 *
 * startCompactProcedure(ctx, row, { kind, solicit }) → row   开始 (制定 adopt / 修订 amend / 废止 repeal)
 * recordCompactOpinion(ctx, row, { date, from, text }) → row  征集民意: one opinion received
 * closeCompactSolicitation(ctx, row, { date }) → row         征集民意结束 → 拟定草案
 * submitCompactForReview(ctx, row, { date }) → row          提请乡镇审核: the stored draft's text, frozen for the review
 * recordCompactReview(ctx, row, review) → row               乡镇审核意见 (returned → back to drafting)
 * reviseCompactDraft(ctx, row, articles) → row              根据意见修改草案 (the procedure's text and the row's draft)
 * recordCompactRiskReason(ctx, row, reason) → row           风险内容的保留理由
 * adoptCompact(ctx, row, meeting, { effectiveFrom, … }) → { compact, meeting, evaluation }
 *     审议表决: the 村民会议 is recorded like any meeting (roster frozen on its date, attendance, the
 *     vote evaluated under the village's profile, domain/meetings/buildMeeting.ts) and its outcome taken
 *     by the procedure; passed → the voted text becomes a new version in force from effectiveFrom.
 *     Meeting and compact are written in one unit.
 * publishCompact(ctx, row, { date, issuer? }) → { compact, notice }  公布: a 村规民约公布 notice draft
 *     (signed “××村村民会议”), recorded on the procedure, in one unit.
 * fileCompact(ctx, row, { date, receiptNumber, photoId? }) → row      报乡镇备案
 *
 * Refused, nothing written: CompactProcedureError (order, dates, a draft with 违法 content),
 * MeetingRecordError, StaleRecordError (the row changed since the screen read it).
 */
import { ulid } from 'ulid'
import { loadVillageProfile } from '@/db/repositories/village'
import type { CompactRow, MeetingRow, NoticeRow } from '@/db/rows'
import type { Article } from '@/domain/compact/model'
import {
  adoptedVersion,
  closeSolicitation,
  CompactProcedureError,
  recordOpinion,
  recordFiling,
  recordPublication,
  recordRiskReason,
  recordTownshipReview,
  recordVote,
  reviseDraft,
  startProcedure,
  submitForReview,
  type CompactProcedure,
  type ProcedureKind,
  type RiskReason,
  type TownshipReview,
  type VoteRecord,
} from '@/domain/compact/procedure'
import { readCompact } from '@/domain/compact/versions'
import type { MeetingEvaluation } from '@/domain/meetings/meeting'
import { createDraft } from '@/domain/notices/lifecycle'
import { readIdFacts } from '@/domain/people/idNumber'
import type { AppContext } from '../context'
import { buildMeeting, type MeetingInput } from '@/domain/meetings/buildMeeting'
import { villageRuleProfile } from '../meetings/profile'
import { recordsAudited, type RecordsUnit } from '../meetings/recordsUnit'
import { NoVillageProfileError } from '../notices/printing'
import { openProcedure, replaceProcedure, requireOpenProcedure } from './compactUnit'
import { publicationNoticeContent } from './publicationNotice'

const KIND_LABELS: Record<ProcedureKind, string> = { adopt: '制定', amend: '修订', repeal: '废止' }

/** One step on the open procedure of the row as stored. */
function onProcedure(
  ctx: AppContext,
  seen: CompactRow,
  decide: (p: CompactProcedure, row: CompactRow, now: string) => CompactProcedure,
  summary: (p: CompactProcedure) => string,
  patch: (row: CompactRow, next: CompactProcedure) => CompactRow = (row) => row,
): Promise<CompactRow> {
  return recordsAudited(ctx, ['compacts'], async (work) => {
    const current = await work.require('compacts', seen.id, seen.updatedAt)
    const next = decide(requireOpenProcedure(current), current, work.now)
    return work.put('compacts', patch(replaceProcedure(current, next), next), { action: 'status', summary: summary(next) })
  })
}

export function startCompactProcedure(
  ctx: AppContext,
  seen: CompactRow,
  input: { kind: ProcedureKind; solicit: boolean },
): Promise<CompactRow> {
  return recordsAudited(ctx, ['compacts'], async (work) => {
    const current = await work.require('compacts', seen.id, seen.updatedAt)
    const open = openProcedure(current)
    if (open) throw new CompactProcedureError(`已有一项${KIND_LABELS[open.kind]}程序正在进行，请先完成`)
    if (input.kind !== 'adopt' && current.compact.versions.length === 0)
      throw new CompactProcedureError('尚无已通过的村规民约，请选择“制定”')
    const p = startProcedure({ id: ulid(), kind: input.kind, solicit: input.solicit, now: work.now })
    return work.put(
      'compacts',
      { ...current, procedures: [...current.procedures, p] },
      { action: 'status', summary: `开始${KIND_LABELS[input.kind]}村规民约` },
    )
  })
}

export function recordCompactOpinion(
  ctx: AppContext,
  seen: CompactRow,
  input: { date: string; from: string; text: string },
): Promise<CompactRow> {
  return onProcedure(
    ctx,
    seen,
    (p, _row, now) => recordOpinion(p, { id: ulid(), ...input }, now),
    (p) => `村规民约征集民意：${p.history.at(-1)!.summary}`,
  )
}

export function closeCompactSolicitation(ctx: AppContext, seen: CompactRow, input: { date: string }): Promise<CompactRow> {
  return onProcedure(
    ctx,
    seen,
    (p, _row, now) => closeSolicitation(p, input.date, now),
    (p) => `村规民约${p.history.at(-1)!.summary}`,
  )
}

export function submitCompactForReview(ctx: AppContext, seen: CompactRow, input: { date: string }): Promise<CompactRow> {
  return onProcedure(
    ctx,
    seen,
    (p, row, now) => submitForReview(p, { date: input.date, articles: row.draft?.articles ?? [], now }),
    (p) => p.history.at(-1)!.summary,
  )
}

export function recordCompactReview(ctx: AppContext, seen: CompactRow, review: TownshipReview): Promise<CompactRow> {
  return onProcedure(
    ctx,
    seen,
    (p, _row, now) => recordTownshipReview(p, review, now),
    (p) => p.history.at(-1)!.summary,
  )
}

export function reviseCompactDraft(ctx: AppContext, seen: CompactRow, articles: Article[]): Promise<CompactRow> {
  return onProcedure(
    ctx,
    seen,
    (p, _row, now) => reviseDraft(p, articles, now),
    () => `根据意见修改村规民约草案（${articles.length}条）`,
    (row) => ({ ...row, draft: { ...row.draft, articles } }),
  )
}

export function recordCompactRiskReason(ctx: AppContext, seen: CompactRow, reason: RiskReason): Promise<CompactRow> {
  return onProcedure(
    ctx,
    seen,
    (p, _row, now) => recordRiskReason(p, reason, now),
    (p) => p.history.at(-1)!.summary,
  )
}

/** 到会妇女人数: members marked 到会 (or by proxy) whose ID number reads 女. */
function womenPresent(meeting: MeetingRow, idNumbers: ReadonlyMap<string, string>): number {
  return meeting.roster.members.filter((m) => {
    const status = meeting.attendance[m.villagerId]?.status
    return (status === '到会' || status === '委托') && readIdFacts(idNumbers.get(m.villagerId) ?? '')?.sex === '女'
  }).length
}

export async function adoptCompact(
  ctx: AppContext,
  seen: CompactRow,
  meetingInput: MeetingInput,
  opts: { effectiveFrom: string; representativesReason?: string; note?: string },
): Promise<{ compact: CompactRow; meeting: MeetingRow; evaluation: MeetingEvaluation }> {
  const profile = await villageRuleProfile(ctx)
  return recordsAudited(ctx, ['compacts', 'meetings', 'villagers', 'households'], async (work) => {
    const current = await work.require('compacts', seen.id, seen.updatedAt)
    const p = requireOpenProcedure(current)
    const body = meetingInput.body
    if (body !== 'villagers_meeting' && body !== 'representatives_meeting') {
      throw new CompactProcedureError('村规民约由村民会议表决（组织法第二十七条），不能由其他会议表决')
    }
    const [villagers, households] = await Promise.all([work.db.villagers.toArray(), work.db.households.toArray()])
    const id = ulid()
    const built = buildMeeting(
      meetingInput,
      { villagers, households },
      {
        id,
        who: work.actor,
        now: work.now,
        tags: ['village_compact'],
        role: 'decide',
        profile,
      },
    )
    const meeting: MeetingRow = { ...built.record, compactId: current.id, procedureId: p.id, createdAt: work.now, updatedAt: work.now }
    const evaluation = built.evaluation.votes[0]!
    const vote: VoteRecord = {
      meetingId: id,
      date: meeting.date,
      body,
      quorumMet: evaluation.quorum.met,
      passed: evaluation.passed,
      present: built.evaluation.attendance.present,
      womenPresent: womenPresent(meeting, new Map(villagers.map((v) => [v.id, v.idNumber]))),
      effectiveFrom: opts.effectiveFrom,
    }
    if (opts.representativesReason) vote.representativesReason = opts.representativesReason
    const next = recordVote(p, vote, work.now)
    let row = replaceProcedure(current, next)
    if (next.state === 'adopted') {
      const version = adoptedVersion(next, ulid(), opts.note)
      // the procedure holds the articles; the 章 come with the draft (or stay as they were)
      const chapters = current.draft?.chapters?.length ? current.draft.chapters : current.compact.versions.at(-1)?.chapters
      if (chapters?.length) version.chapters = chapters
      row = { ...row, compact: readCompact({ ...row.compact, versions: [...row.compact.versions, version] }) }
      delete row.draft
    }
    const storedMeeting = await work.add('meetings', meeting, {
      action: 'create',
      summary: `登记${meeting.roster.bodyLabel}（${meeting.date}，表决村规民约）：${evaluation.sentence}`,
    })
    const compact = await work.put('compacts', row, { action: 'status', summary: `村规民约${next.history.at(-1)!.summary}` })
    return { compact, meeting: storedMeeting, evaluation: built.evaluation }
  })
}

export async function publishCompact(
  ctx: AppContext,
  seen: CompactRow,
  input: { date: string; issuer?: string },
): Promise<{ compact: CompactRow; notice: NoticeRow }> {
  const village = await loadVillageProfile(ctx.db)
  if (!village) throw new NoVillageProfileError()
  const profile = await villageRuleProfile(ctx)
  return recordsAudited(ctx, ['compacts', 'notices'], async (work: RecordsUnit) => {
    const current = await work.require('compacts', seen.id, seen.updatedAt)
    const p = current.procedures.find((x) => x.state === 'adopted')
    if (!p) throw new CompactProcedureError('没有待公布的村规民约（须先表决通过）')
    const issuer = input.issuer ?? `${village.villageName}村民会议`
    const content = publicationNoticeContent(current.compact, p, { date: input.date, issuer, village, profile })
    const draft = createDraft(content, { id: ulid(), now: work.now })
    const next = recordPublication(p, { date: input.date, noticeId: draft.id, issuer }, work.now)
    const notice = await work.add('notices', draft, { action: 'create', summary: `起草村规民约公布“${draft.title}”` })
    const compact = await work.put('compacts', replaceProcedure(current, next), {
      action: 'status',
      summary: `村规民约${next.history.at(-1)!.summary}`,
    })
    return { compact, notice }
  })
}

export function fileCompact(
  ctx: AppContext,
  seen: CompactRow,
  input: { date: string; receiptNumber: string; photoId?: string },
): Promise<CompactRow> {
  return recordsAudited(ctx, ['compacts'], async (work) => {
    const current = await work.require('compacts', seen.id, seen.updatedAt)
    const p = current.procedures.find((x) => x.state === 'published')
    if (!p) throw new CompactProcedureError('没有待备案的村规民约（须先公布）')
    const next = recordFiling(p, input, work.now)
    return work.put('compacts', replaceProcedure(current, next), { action: 'status', summary: `村规民约${next.history.at(-1)!.summary}` })
  })
}
