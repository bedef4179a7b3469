/**
 * Notices store: the list (a village has hundreds, not thousands, in a year), and one action per
 * lifecycle step. Each step runs the pure transition (domain/notices/lifecycle.ts), then saves the
 * result with its audit entry; a refused step throws NoticeTransitionError with a Chinese message.
 */
import { defineStore } from 'pinia'
import { computed, shallowRef } from 'vue'
import { ulid } from 'ulid'
import { db } from '@/db'
import { getNotice, listNotices, noticeFiles, saveNotice } from '@/db/repositories/notices'
import type { NoticeRow } from '@/db/rows'
import { sha256OfBytes } from '@/domain/evidence/hash'
import {
  archiveNotice,
  createCorrection,
  createDraft,
  editDraft,
  endPublicizing,
  issueNotice,
  postNotice,
  recordObjection,
  replyObjection,
  startPublicizing,
} from '@/domain/notices/lifecycle'
import type { Notice, NoticeContent, Objection, Posting } from '@/domain/notices/model'
import { daysLeft, periodEnd } from '@/domain/notices/period'
import { todayIso } from '@/domain/calendar/clock'
import { buildNoticeDoc } from '@/print/notices'
import { renderPdf } from '@/print/render'
import { useVillageStore } from './village'

export const useNoticesStore = defineStore('notices', () => {
  const notices = shallowRef<NoticeRow[]>([])
  const loaded = shallowRef(false)
  const village = useVillageStore()
  const actor = () => village.actor()
  const now = () => new Date().toISOString()

  async function load(): Promise<void> {
    let list = await listNotices(db())
    // A posted notice whose 公示期 has begun is 公示中 without anyone having to click.
    const today = todayIso()
    for (const n of list.filter((x) => x.state === 'posted' && !x.supersededBy && x.period.start <= today)) {
      await saveNotice(db(), await startPublicizing(n, today, now()), {
        actor: actor(),
        action: 'status',
        summary: `“${n.title}”进入公示期`,
      })
    }
    if (list.some((x) => x.state === 'posted')) list = await listNotices(db())
    notices.value = list
    loaded.value = true
  }

  function replace(row: NoticeRow) {
    notices.value = [row, ...notices.value.filter((n) => n.id !== row.id)]
  }

  /** Renders exactly what would be printed (masked), for preview and for issue. */
  async function renderContent(content: NoticeContent, onProgress?: (p: number) => void): Promise<Uint8Array> {
    const profile = village.profile
    if (!profile) throw new Error('请先在设置中填写村情信息')
    return renderPdf(() => buildNoticeDoc(content, profile), onProgress ? { onProgress } : {})
  }

  async function saveDraft(content: NoticeContent, id?: string): Promise<NoticeRow> {
    const existing = id ? await getNotice(db(), id) : undefined
    const next = existing ? editDraft(existing, content, now()) : createDraft(content, { id: ulid(), now: now() })
    const row = await saveNotice(
      db(),
      next,
      { actor: actor(), summary: existing ? `修改公示草稿“${next.title}”` : `新建公示草稿“${next.title}”` },
      existing ? { expectedUpdatedAt: existing.updatedAt } : {},
    )
    replace(row)
    return row
  }

  async function issue(notice: Notice): Promise<NoticeRow> {
    const pdf = await renderContent(notice)
    const issued = await issueNotice(notice, { now: now(), pdfSha256: sha256OfBytes(pdf) })
    const row = await saveNotice(
      db(),
      issued,
      { actor: actor(), action: 'status', summary: `签发公示“${issued.title}”，打印件 SHA-256 ${issued.pdfSha256?.slice(0, 16)}…` },
      {
        expectedUpdatedAt: notice.updatedAt,
        files: [{ kind: 'issued-pdf', name: `${issued.title}.pdf`, mime: 'application/pdf', bytes: pdf }],
      },
    )
    replace(row)
    return row
  }

  async function issuedPdf(noticeId: string): Promise<Uint8Array | undefined> {
    return (await noticeFiles(db(), noticeId, 'issued-pdf')).at(-1)?.bytes
  }

  async function post(notice: Notice, posting: Posting, photo?: { name: string; mime: string; bytes: Uint8Array }): Promise<NoticeRow> {
    const photoId = photo ? ulid() : undefined
    let next = await postNotice(notice, photoId ? { ...posting, photoId } : posting, now())
    const today = todayIso()
    // posted on or after its start (also when entered late, 补录): the 公示期 is running or has run
    if (next.period.start <= today) next = await startPublicizing(next, today, now())
    const row = await saveNotice(
      db(),
      next,
      {
        actor: actor(),
        action: 'status',
        summary: `登记张贴“${notice.title}”：${posting.date} 于 ${posting.place}${photo ? '（附照片）' : ''}`,
      },
      { expectedUpdatedAt: notice.updatedAt, files: photo ? [{ kind: 'posting-photo', ...photo }] : [] },
    )
    replace(row)
    return row
  }

  async function addObjection(notice: Notice, input: Omit<Objection, 'id' | 'reply'>): Promise<NoticeRow> {
    const next = recordObjection(notice, { ...input, id: ulid() }, now())
    const row = await saveNotice(
      db(),
      next,
      { actor: actor(), summary: `“${notice.title}”登记异议（${input.date}）` },
      { expectedUpdatedAt: notice.updatedAt },
    )
    replace(row)
    return row
  }

  async function reply(notice: Notice, objectionId: string, text: string, date: string): Promise<NoticeRow> {
    const next = replyObjection(notice, objectionId, { date, text, by: actor() }, now())
    const row = await saveNotice(
      db(),
      next,
      { actor: actor(), summary: `“${notice.title}”答复异议（${date}）` },
      { expectedUpdatedAt: notice.updatedAt },
    )
    replace(row)
    return row
  }

  async function end(notice: Notice, result: string): Promise<NoticeRow> {
    const next = endPublicizing(notice, { today: todayIso(), result, now: now() })
    const row = await saveNotice(
      db(),
      next,
      { actor: actor(), action: 'status', summary: `“${notice.title}”公示期满：${result}` },
      { expectedUpdatedAt: notice.updatedAt },
    )
    replace(row)
    return row
  }

  async function archive(notice: Notice): Promise<NoticeRow> {
    const row = await saveNotice(
      db(),
      archiveNotice(notice, now()),
      { actor: actor(), action: 'status', summary: `“${notice.title}”归档` },
      { expectedUpdatedAt: notice.updatedAt },
    )
    replace(row)
    return row
  }

  async function correct(notice: Notice, reason: string): Promise<NoticeRow> {
    const { old, correction } = createCorrection(notice, { id: ulid(), now: now(), reason })
    const row = await saveNotice(
      db(),
      correction,
      { actor: actor(), summary: `为“${notice.title}”起草更正公示：${reason}` },
      { alsoSave: old },
    )
    replace(old)
    replace(row)
    return row
  }

  /** Notices on the board whose 公示期 ends within `days` days (today included). */
  const endingSoon = computed(() => {
    const today = todayIso()
    return notices.value
      .filter((n) => (n.state === 'posted' || n.state === 'publicizing') && !n.supersededBy)
      .map((n) => ({ notice: n, left: daysLeft(n.period, today), end: periodEnd(n.period) }))
      .filter((x) => x.end >= today && x.left <= 3)
      .sort((a, b) => (a.end < b.end ? -1 : 1))
  })

  return { notices, loaded, load, renderContent, saveDraft, issue, issuedPdf, post, addObjection, reply, end, archive, correct, endingSoon }
})
