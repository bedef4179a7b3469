/**
 * Writing one step of a notice's lifecycle: the notice as the lifecycle returned it, checked against
 * the version the secretary saw (expectedUpdatedAt), with the files of that step (the PDF as issued,
 * a photo of the posted sheet), in one unit of work. Shared by the notice use cases.
 */
import { ulid } from 'ulid'
import type { NoticeFileRow, NoticeRow } from '@/db/rows'
import { audited, type AuditNote } from '@/db/unitOfWork'
import { sha256OfBytes } from '@/domain/evidence/hash'
import type { Notice } from '@/domain/notices/model'
import type { AppContext } from '../context'

export type NoticeFile = Pick<NoticeFileRow, 'kind' | 'name' | 'mime' | 'bytes'> & { id?: string }

const FILE_LABELS: Record<NoticeFile['kind'], string> = {
  'issued-pdf': '签发的打印件',
  'posting-photo': '张贴照片',
  'result-record': '公示结果记录',
}

export function saveTransition(
  ctx: AppContext,
  seen: Notice,
  next: Notice,
  note: AuditNote,
  files: readonly NoticeFile[] = [],
): Promise<NoticeRow> {
  return audited(ctx, files.length ? ['notices', 'noticeFiles'] : ['notices'], async (work) => {
    await work.require('notices', seen.id, seen.updatedAt)
    for (const { id, ...file } of files) {
      const row: NoticeFileRow = { ...file, id: id ?? ulid(), noticeId: next.id, sha256: sha256OfBytes(file.bytes), createdAt: work.now }
      await work.add('noticeFiles', row, {
        action: 'create',
        summary: `“${next.title}”存档${FILE_LABELS[file.kind]}“${file.name}”，已记下防篡改校验码`,
        after: { ...row, bytes: undefined },
      })
    }
    return work.put('notices', next, note)
  })
}
