/**
 * Notices store: a cache of the list (a village has hundreds, not thousands, in a year). Each
 * lifecycle step is a use case in app/notices (domain decides, one audited unit of work writes);
 * the store replaces the rows it returns. A refused step throws with a Chinese message.
 */
import { defineStore } from 'pinia'
import { shallowRef } from 'vue'
import { correctNotice } from '@/app/notices/correctNotice'
import { issueNotice } from '@/app/notices/issueNotice'
import { issuedPdf as readIssuedPdf, loadNotices, type NoticeRow } from '@/app/notices/loadNotices'
import { renderNoticePdf } from '@/app/notices/printing'
import { saveNoticeDraft } from '@/app/notices/saveNoticeDraft'
import { archiveNotice, endNotice, postNotice, recordObjection, replyObjection, type Photo } from '@/app/notices/steps'
import type { Notice, NoticeContent, Objection, Posting } from '@/domain/notices/model'
import { useVillageStore } from './village'

export const useNoticesStore = defineStore('notices', () => {
  const notices = shallowRef<NoticeRow[]>([])
  const loaded = shallowRef(false)
  const village = useVillageStore()
  const context = () => village.context()

  async function load(): Promise<void> {
    notices.value = await loadNotices(context())
    loaded.value = true
  }

  function cache(row: NoticeRow): NoticeRow {
    notices.value = [row, ...notices.value.filter((n) => n.id !== row.id)]
    return row
  }

  /** Renders exactly what would be printed (masked), for the preview. */
  function renderContent(content: NoticeContent, onProgress?: (p: number) => void): Promise<Uint8Array> {
    return renderNoticePdf(content, village.profile, onProgress)
  }

  /** A new draft (no `seen`), or the draft as the editor loaded it, with its new content. */
  async function saveDraft(content: NoticeContent, seen?: Notice): Promise<NoticeRow> {
    return cache(await saveNoticeDraft(context(), content, seen))
  }

  const issue = async (notice: Notice) => cache(await issueNotice(context(), notice, village.profile))
  const issuedPdf = (noticeId: string) => readIssuedPdf(context(), noticeId)
  const post = async (notice: Notice, posting: Posting, photo?: Photo) => cache(await postNotice(context(), notice, posting, photo))
  const addObjection = async (notice: Notice, input: Omit<Objection, 'id' | 'reply'>) =>
    cache(await recordObjection(context(), notice, input))
  const reply = async (notice: Notice, objectionId: string, text: string, date: string) =>
    cache(await replyObjection(context(), notice, objectionId, { text, date }))
  const end = async (notice: Notice, result: string) => cache(await endNotice(context(), notice, result))
  const archive = async (notice: Notice) => cache(await archiveNotice(context(), notice, village.profile))

  async function correct(notice: Notice, reason: string): Promise<NoticeRow> {
    const { old, correction } = await correctNotice(context(), notice, reason)
    cache(old)
    return cache(correction)
  }

  return { notices, loaded, load, renderContent, saveDraft, issue, issuedPdf, post, addObjection, reply, end, archive, correct }
})
