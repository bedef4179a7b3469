/**
 * Notices (公示公告): every transition of the lifecycle is one transaction with its audit entry.
 * The PDF as issued is stored beside the notice with its SHA-256, so what was posted can always be
 * shown again byte for byte.
 */
import { ulid } from 'ulid'
import { sha256OfBytes } from '@/domain/evidence/hash'
import type { Notice } from '@/domain/notices/model'
import { appendAudit } from '../audit/log'
import type { NoticeFileRow, NoticeRow } from '../rows'
import type { XiangyueDb } from '../schema'

export async function listNotices(db: XiangyueDb): Promise<NoticeRow[]> {
  return db.notices.orderBy('updatedAt').reverse().toArray()
}

export async function getNotice(db: XiangyueDb, id: string): Promise<NoticeRow | undefined> {
  return db.notices.get(id)
}

/**
 * Saves the notice as a lifecycle function returned it. `expectedUpdatedAt` guards against two
 * windows changing the same notice: the write is refused if it changed since it was read.
 */
export async function saveNotice(
  db: XiangyueDb,
  next: Notice,
  audit: { actor: string; summary: string; action?: 'create' | 'update' | 'status' },
  options: {
    expectedUpdatedAt?: string
    files?: Omit<NoticeFileRow, 'id' | 'noticeId' | 'sha256' | 'createdAt'>[]
    alsoSave?: Notice
  } = {},
): Promise<NoticeRow> {
  return db.transaction('rw', [db.notices, db.noticeFiles, db.auditLog, db.settings], async () => {
    const before = await db.notices.get(next.id)
    if (options.expectedUpdatedAt !== undefined && before && before.updatedAt !== options.expectedUpdatedAt) {
      throw new Error('这份公示刚被修改过，请关闭后重新打开再操作')
    }
    await db.notices.put(next)
    for (const file of options.files ?? []) {
      await db.noticeFiles.add({ ...file, id: ulid(), noticeId: next.id, sha256: sha256OfBytes(file.bytes), createdAt: next.updatedAt })
    }
    await appendAudit(db, {
      actor: audit.actor,
      action: audit.action ?? (before ? 'update' : 'create'),
      table: 'notices',
      recordId: next.id,
      summary: audit.summary,
      before,
      after: next,
    })
    if (options.alsoSave) {
      const otherBefore = await db.notices.get(options.alsoSave.id)
      await db.notices.put(options.alsoSave)
      await appendAudit(db, {
        actor: audit.actor,
        action: 'update',
        table: 'notices',
        recordId: options.alsoSave.id,
        summary: `“${options.alsoSave.title}”已被更正公示取代`,
        before: otherBefore,
        after: options.alsoSave,
      })
    }
    return next
  })
}

export async function noticeFiles(db: XiangyueDb, noticeId: string, kind?: NoticeFileRow['kind']): Promise<NoticeFileRow[]> {
  const files = await db.noticeFiles.where('noticeId').equals(noticeId).sortBy('createdAt')
  return kind ? files.filter((f) => f.kind === kind) : files
}
