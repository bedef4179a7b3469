/**
 * 发布更正公示 (correcting an issued notice): an issued notice never changes, so the correction is a
 * new draft that references it, and the old notice is marked superseded (domain/notices/lifecycle.ts
 * createCorrection). Both are written in one unit of work.
 *
 * correctNotice(ctx, notice, reason) → the correction (a draft). The old notice is re-read inside the
 * unit: refused (StaleRecordError) if it changed since the secretary saw it, and refused
 * (NoticeTransitionError) if another correction superseded it meanwhile — so two corrections can
 * never supersede the same notice. Nothing is written on refusal.
 */
import { ulid } from 'ulid'
import type { NoticeRow } from '@/db/rows'
import { audited } from '@/db/unitOfWork'
import { createCorrection } from '@/domain/notices/lifecycle'
import type { Notice } from '@/domain/notices/model'
import type { AppContext } from '../context'

export async function correctNotice(ctx: AppContext, notice: Notice, reason: string): Promise<{ old: NoticeRow; correction: NoticeRow }> {
  return audited(ctx, ['notices'], async (work) => {
    const current = await work.require('notices', notice.id, notice.updatedAt)
    // decided on the record as stored now, not as the screen last showed it
    const { old, correction } = createCorrection(current, { id: ulid(), now: work.now, reason })
    const created = await work.add('notices', correction, {
      action: 'create',
      summary: `为“${current.title}”起草更正公示：${reason.trim()}`,
    })
    const superseded = await work.put('notices', old, { action: 'update', summary: `“${current.title}”已被更正公示取代` })
    return { old: superseded, correction: created }
  })
}
