/**
 * 保存公示草稿 (saving a draft): a new draft, or the content of a draft the secretary is editing.
 *
 * saveNoticeDraft(ctx, content, seen?) → the stored draft. `seen` is the draft as the editor
 * loaded it; the write is refused (StaleRecordError) if it changed since, and an issued notice
 * cannot be edited (NoticeTransitionError: 请发布更正公示). Nothing is written on refusal.
 */
import { ulid } from 'ulid'
import type { NoticeRow } from '@/db/rows'
import { audited } from '@/db/unitOfWork'
import { nowIso } from '@/domain/calendar/clock'
import { createDraft, editDraft } from '@/domain/notices/lifecycle'
import type { Notice, NoticeContent } from '@/domain/notices/model'
import type { AppContext } from '../context'
import { saveTransition } from './transition'

export async function saveNoticeDraft(ctx: AppContext, content: NoticeContent, seen?: Notice): Promise<NoticeRow> {
  const now = nowIso(ctx.clock)
  if (seen) return saveTransition(ctx, seen, editDraft(seen, content, now), { action: 'update', summary: `修改公示草稿“${content.title}”` })
  const draft = createDraft(content, { id: ulid(), now })
  return audited(ctx, ['notices'], (work) => work.add('notices', draft, { action: 'create', summary: `新建公示草稿“${draft.title}”` }))
}
