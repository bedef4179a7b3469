/**
 * ⑤ 决议公开 and ⑥ 实施结果公开: the two 公开 of a matter, each a notice (公示公告).
 *
 * publishResolution(ctx, matter, options) → { matter, notice }: the 决议公开 notice draft is made
 *   from the frozen decision (domain/decisions/notices.ts), stored as a notice draft (the notices
 *   lifecycle's createDraft, as app/notices/saveNoticeDraft does) and the disclosure started on the
 *   matter — in ONE unit of work, so a matter never points at a notice that was not written. The
 *   secretary then issues and posts it in 公示公告 like any other notice.
 * finishDisclosure(ctx, matter, { unresolved?, outcome? }) → matter: ⑤ ends after its last day, every
 *   objection on the stored notice answered (endDisclosure).
 * recordImplementation(ctx, matter, { cost?, progress, acceptance? }) → matter.
 * publishResult(ctx, matter, options) → { matter, notice }: the 实施结果公开 notice, like ⑤.
 * closeMatter(ctx, matter) → matter: 办结 once the 实施结果公开 has run.
 * dropMatter(ctx, matter, reason) → matter: 撤销 before ④.
 *
 * `options`: { start, dateSigned?, issuer?, objectionChannel? } — issuer and channel default to the
 * 村情 (committee name, supervision phone). Refused, nothing written: DecisionTransitionError (state,
 * dates, missing data), NoVillageProfileError, StaleRecordError.
 */
import { ulid } from 'ulid'
import { loadVillageProfile } from '@/db/repositories/village'
import type { MatterRow, NoticeRow } from '@/db/rows'
import { todayIso } from '@/domain/calendar/clock'
import {
  closeMatter as decideClose,
  dropMatter as decideDrop,
  endDisclosure,
  recordImplementation as decideImplementation,
  startDisclosure,
  startResultsDisclosure,
} from '@/domain/decisions/lifecycle'
import type { Implementation, Matter } from '@/domain/decisions/model'
import { resolutionNoticeContent, resultsNoticeContent, type NoticeDraftOptions } from '@/domain/decisions/notices'
import { createDraft } from '@/domain/notices/lifecycle'
import type { ObjectionChannel } from '@/domain/notices/model'
import type { AppContext } from '../context'
import { villageRuleProfile } from '../meetings/profile'
import { recordsAudited } from '../meetings/recordsUnit'
import { NoVillageProfileError } from '../notices/printing'

export interface DisclosureOptions {
  /** First day of the 公示 (the posting day). */
  start: string
  /** 成文日期; default: the start. */
  dateSigned?: string
  issuer?: string
  objectionChannel?: ObjectionChannel
}

async function draftOptions(ctx: AppContext, o: DisclosureOptions): Promise<NoticeDraftOptions> {
  const village = await loadVillageProfile(ctx.db)
  const issuer = o.issuer ?? village?.committeeName
  const objectionChannel =
    o.objectionChannel ?? (village ? { phone: village.supervisionPhone, supervisionBody: '村务监督委员会' } : undefined)
  if (!issuer || !objectionChannel) throw new NoVillageProfileError()
  return { issuer, objectionChannel, start: o.start, dateSigned: o.dateSigned ?? o.start, profile: await villageRuleProfile(ctx) }
}

/**
 * The two 公开 are one procedure: a notice draft from the matter, and the matter's period started
 * on it, in one unit of work. They differ only in what the notice says and which period starts.
 */
const PUBLICATIONS = {
  resolution: {
    name: '决议公开',
    content: resolutionNoticeContent,
    start: startDisclosure,
    period: (m: Matter) => m.disclosures.at(-1)!,
  },
  result: {
    name: '实施结果公开',
    content: resultsNoticeContent,
    start: startResultsDisclosure,
    period: (m: Matter) => m.implementation!,
  },
} as const

async function publish(
  ctx: AppContext,
  matter: Matter,
  options: DisclosureOptions,
  kind: keyof typeof PUBLICATIONS,
): Promise<{ matter: MatterRow; notice: NoticeRow }> {
  const which = PUBLICATIONS[kind]
  const opts = await draftOptions(ctx, options)
  return recordsAudited(ctx, ['matters', 'notices'], async (work) => {
    const current = await work.require('matters', matter.id, matter.updatedAt)
    const draft = createDraft(which.content(current, opts), { id: ulid(), now: work.now })
    const next = which.start(current, { noticeId: draft.id, start: opts.start }, { now: work.now, profile: opts.profile })
    const notice = await work.add('notices', draft, { action: 'create', summary: `为“${current.title}”起草${which.name}“${draft.title}”` })
    const { start, end } = which.period(next)
    const stored = await work.put('matters', next, { action: 'status', summary: `“${current.title}”${which.name}：${start}至${end}` })
    return { matter: stored, notice }
  })
}

export const publishResolution = (ctx: AppContext, matter: Matter, options: DisclosureOptions) =>
  publish(ctx, matter, options, 'resolution')

export async function finishDisclosure(
  ctx: AppContext,
  matter: Matter,
  input: { unresolved?: readonly string[]; outcome?: 'proceed' | 'return_to_review' } = {},
): Promise<MatterRow> {
  return recordsAudited(ctx, ['matters', 'notices'], async (work) => {
    const current = await work.require('matters', matter.id, matter.updatedAt)
    const noticeId = current.disclosures.at(-1)?.noticeId
    const notice = (noticeId && (await work.db.notices.get(noticeId))) || { id: noticeId ?? '', objections: [] }
    const next = endDisclosure(current, { notice, today: todayIso({ now: () => new Date(work.now) }), ...input }, { now: work.now })
    return work.put('matters', next, {
      action: 'status',
      summary: `“${current.title}”决议公开期满：${next.state === 'reviewing' ? '异议未能解决，退回党员大会重新审议' : '进入实施'}`,
    })
  })
}

export async function recordImplementation(
  ctx: AppContext,
  matter: Matter,
  input: { cost?: number; progress: string; acceptance?: Implementation['acceptance'] },
): Promise<MatterRow> {
  return recordsAudited(ctx, ['matters'], async (work) => {
    const current = await work.require('matters', matter.id, matter.updatedAt)
    const next = decideImplementation(current, input, { now: work.now })
    return work.put('matters', next, { action: 'update', summary: `“${current.title}”登记实施情况：${next.implementation!.progress}` })
  })
}

export const publishResult = (ctx: AppContext, matter: Matter, options: DisclosureOptions) => publish(ctx, matter, options, 'result')

export async function closeMatter(ctx: AppContext, matter: Matter): Promise<MatterRow> {
  return recordsAudited(ctx, ['matters'], async (work) => {
    const current = await work.require('matters', matter.id, matter.updatedAt)
    const next = decideClose(current, { today: todayIso({ now: () => new Date(work.now) }) }, { now: work.now })
    return work.put('matters', next, { action: 'status', summary: `“${current.title}”办结` })
  })
}

export async function dropMatter(ctx: AppContext, matter: Matter, reason: string): Promise<MatterRow> {
  return recordsAudited(ctx, ['matters'], async (work) => {
    const current = await work.require('matters', matter.id, matter.updatedAt)
    const next = decideDrop(current, reason, { now: work.now })
    return work.put('matters', next, { action: 'status', summary: `撤销“${current.title}”：${next.droppedReason}` })
  })
}
