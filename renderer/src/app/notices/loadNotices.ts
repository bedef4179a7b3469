/**
 * The village's notices, newest change first. A posted notice whose 公示期 has begun is 公示中
 * without anyone having to click: loadNotices starts it (audited) before it lists.
 *
 * loadNotices(ctx) → NoticeRow[]. issuedPdf(ctx, noticeId) → the PDF bytes as issued, if any.
 */
import { listNotices, noticeFiles } from '@/db/repositories/notices'
import type { NoticeRow } from '@/db/rows'
import { StaleRecordError } from '@/db/unitOfWork'
import { nowIso, todayIso } from '@/domain/calendar/clock'
import { startPublicizing } from '@/domain/notices/lifecycle'
import type { AppContext } from '../context'
import { saveTransition } from './transition'

export type { NoticeRow }

export async function loadNotices(ctx: AppContext): Promise<NoticeRow[]> {
  const list = await listNotices(ctx.db)
  const today = todayIso(ctx.clock)
  const due = list.filter((n) => n.state === 'posted' && !n.supersededBy && n.period.start <= today)
  if (due.length === 0) return list
  for (const n of due) {
    try {
      await saveTransition(ctx, n, await startPublicizing(n, today, nowIso(ctx.clock)), {
        action: 'status',
        summary: `“${n.title}”进入公示期`,
      })
    } catch (error) {
      // changed in another window since it was listed: that window's change stands
      if (!(error instanceof StaleRecordError)) throw error
    }
  }
  return listNotices(ctx.db)
}

export async function issuedPdf(ctx: AppContext, noticeId: string): Promise<Uint8Array | undefined> {
  return (await noticeFiles(ctx.db, noticeId, 'issued-pdf')).at(-1)?.bytes
}
