/**
 * The steps of a notice after issue: 登记张贴 (postNotice), 登记异议 (recordObjection), 答复异议
 * (replyObjection), 公示期满 (endNotice), 归档 (archiveNotice).
 *
 * 归档 also keeps the printed 公示结果记录 with the notice (noticeFiles kind 'result-record').
 * Each: ask domain/notices/lifecycle.ts for the next state (a refusal throws NoticeTransitionError
 * in Chinese), then write it with its audit entry in one unit of work, refused (StaleRecordError) if
 * the notice changed since the secretary saw it. Input: ctx, the notice as seen, the step's data.
 * Output: the stored notice.
 */
import { ulid } from 'ulid'
import type { NoticeRow } from '@/db/rows'
import { nowIso, todayIso } from '@/domain/calendar/clock'
import {
  archiveNotice as decideArchive,
  endPublicizing,
  postNotice as decidePost,
  recordObjection as decideObjection,
  replyObjection as decideReply,
  startPublicizing,
} from '@/domain/notices/lifecycle'
import type { Notice, Objection, Posting } from '@/domain/notices/model'
import type { VillageProfile } from '@/domain/village/profile'
import type { AppContext } from '../context'
import { renderResultRecordPdf } from './printing'
import { saveTransition } from './transition'

export interface Photo {
  name: string
  mime: string
  bytes: Uint8Array
}

/** Posted on or after its start (also when entered late, 补录): the 公示期 is running or has run. */
export async function postNotice(ctx: AppContext, notice: Notice, posting: Posting, photo?: Photo): Promise<NoticeRow> {
  const now = nowIso(ctx.clock)
  const today = todayIso(ctx.clock)
  const photoId = photo ? ulid() : undefined
  let next = await decidePost(notice, photoId ? { ...posting, photoId } : posting, now)
  if (next.period.start <= today) next = await startPublicizing(next, today, now)
  return saveTransition(
    ctx,
    notice,
    next,
    { action: 'status', summary: `登记张贴“${notice.title}”：${posting.date} 于 ${posting.place}${photo ? '（附照片）' : ''}` },
    photo && photoId ? [{ kind: 'posting-photo', id: photoId, ...photo }] : [],
  )
}

export async function recordObjection(ctx: AppContext, notice: Notice, input: Omit<Objection, 'id' | 'reply'>): Promise<NoticeRow> {
  const next = decideObjection(notice, { ...input, id: ulid() }, nowIso(ctx.clock))
  return saveTransition(ctx, notice, next, { action: 'update', summary: `“${notice.title}”登记异议（${input.date}）` })
}

export async function replyObjection(
  ctx: AppContext,
  notice: Notice,
  objectionId: string,
  reply: { text: string; date: string },
): Promise<NoticeRow> {
  const next = decideReply(notice, objectionId, { ...reply, by: ctx.actor }, nowIso(ctx.clock))
  return saveTransition(ctx, notice, next, { action: 'update', summary: `“${notice.title}”答复异议（${reply.date}）` })
}

export async function endNotice(ctx: AppContext, notice: Notice, result: string): Promise<NoticeRow> {
  const next = endPublicizing(notice, { today: todayIso(ctx.clock), result, now: nowIso(ctx.clock) })
  return saveTransition(ctx, notice, next, { action: 'status', summary: `“${notice.title}”公示期满：${result}` })
}

/**
 * 归档: the 公示结果记录 (the objections, the replies and the result) is printed from the notice as it
 * ended and kept with it, so the archive holds the paper a township checks. The record is made
 * before the unit of work (rendering takes a moment); the unit still refuses a notice changed
 * meanwhile, so the record always matches what is archived.
 */
export async function archiveNotice(ctx: AppContext, notice: Notice, village: VillageProfile | undefined): Promise<NoticeRow> {
  const next = decideArchive(notice, nowIso(ctx.clock))
  const record = await renderResultRecordPdf(notice, village)
  return saveTransition(ctx, notice, next, { action: 'status', summary: `“${notice.title}”归档，附公示结果记录` }, [
    { kind: 'result-record', name: `${notice.title}-公示结果记录.pdf`, mime: 'application/pdf', bytes: record },
  ])
}
