/**
 * Notices (公示公告): reads. Every transition is written by app/notices through the audited unit of
 * work. The PDF as issued is stored beside the notice with its SHA-256, so what was posted can
 * always be shown again byte for byte.
 */
import type { NoticeFileRow, NoticeRow } from '../rows'
import type { XiangyueDb } from '../schema'

export async function listNotices(db: XiangyueDb): Promise<NoticeRow[]> {
  return db.notices.orderBy('updatedAt').reverse().toArray()
}

export async function getNotice(db: XiangyueDb, id: string): Promise<NoticeRow | undefined> {
  return db.notices.get(id)
}

export async function noticeFiles(db: XiangyueDb, noticeId: string, kind?: NoticeFileRow['kind']): Promise<NoticeFileRow[]> {
  const files = await db.noticeFiles.where('noticeId').equals(noticeId).sortBy('createdAt')
  return kind ? files.filter((f) => f.kind === kind) : files
}
