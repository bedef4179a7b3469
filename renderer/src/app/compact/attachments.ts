/**
 * 附件: the township's written review opinion (a photo or a PDF) and the 备案回执 photo, kept as
 * evidence. The schema is not ours to change, so a file is a row of `settings` keyed
 * “compactFile:<ulid>” (never overwritten; the procedure records its key). The audit entry carries
 * the file's SHA-256 and size, not its bytes.
 *
 * keepCompactFile(ctx, { name, bytes }, what) → the key to record on the procedure (attachmentIds,
 *   photoId). Refused (CompactFileError, Chinese, nothing written): empty, too large, or not a JPEG,
 *   PNG or PDF by its first bytes (the file name is not trusted).
 * readCompactFile(ctx, key) → the stored file, or undefined.
 */
import { ulid } from 'ulid'
import { sha256OfBytes } from '@/domain/evidence/hash'
import type { AppContext } from '../context'
import { imageTypeOf, PHOTO_MAX_BYTES } from '../meetings/signInPhoto'
import { recordsAudited } from '../meetings/recordsUnit'

export class CompactFileError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'CompactFileError'
  }
}

export interface CompactFile {
  name: string
  mime: 'image/jpeg' | 'image/png' | 'application/pdf'
  bytes: Uint8Array
  sha256: string
  addedAt: string
  addedBy: string
}

export function fileTypeOf(bytes: Uint8Array): CompactFile['mime'] | undefined {
  const image = imageTypeOf(bytes)
  if (image) return image
  const pdf = [0x25, 0x50, 0x44, 0x46, 0x2d] // %PDF-
  return bytes.length >= 5 && pdf.every((b, i) => bytes[i] === b) ? 'application/pdf' : undefined
}

export async function keepCompactFile(ctx: AppContext, file: { name: string; bytes: Uint8Array }, what: string): Promise<string> {
  if (file.bytes.length === 0) throw new CompactFileError('文件是空的，请重新选择')
  if (file.bytes.length > PHOTO_MAX_BYTES)
    throw new CompactFileError(`文件太大（${(file.bytes.length / 1024 / 1024).toFixed(1)}MB），请不超过${PHOTO_MAX_BYTES / 1024 / 1024}MB`)
  const mime = fileTypeOf(file.bytes)
  if (!mime) throw new CompactFileError('只能上传JPG、PNG照片或PDF文件')
  const sha256 = sha256OfBytes(file.bytes)
  return recordsAudited(ctx, ['settings'], async (work) => {
    const key = `compactFile:${ulid()}`
    const value: CompactFile = { name: file.name, mime, bytes: file.bytes, sha256, addedAt: work.now, addedBy: work.actor }
    await work.add(
      'settings',
      { key, value, updatedAt: work.now },
      {
        action: 'create',
        summary: `存档村规民约${what}“${file.name}”，SHA-256 ${sha256.slice(0, 16)}…`,
        after: { name: file.name, mime, size: file.bytes.length, sha256 },
      },
    )
    return key
  })
}

export async function readCompactFile(ctx: AppContext, key: string): Promise<CompactFile | undefined> {
  const row = await ctx.db.settings.get(key)
  return row?.value as CompactFile | undefined
}
