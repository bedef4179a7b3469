/**
 * The steps of a notice after issue: 登记张贴 (postNotice), 登记异议 (recordObjection), 答复异议
 * (replyObjection), 公示期满 (endNotice), 归档 (archiveNotice).
 *
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
import type { AppContext } from '../context'
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

export async function archiveNotice(ctx: AppContext, notice: Notice): Promise<NoticeRow> {
  return saveTransition(ctx, notice, decideArchive(notice, nowIso(ctx.clock)), { action: 'status', summary: `“${notice.title}”归档` })
}
