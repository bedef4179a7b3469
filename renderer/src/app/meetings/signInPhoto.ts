/**
 * 签到表照片: the photo of the signed sheet, attached to the meeting it belongs to (issue 12 §5).
 *
 *   attachSignInPhoto(ctx, meeting, { name, bytes }) → the meeting row, its signInPhotoId set.
 *   readSignInPhoto(ctx, meeting) → { name, mime, bytes, sha256 } | undefined.
 *   storePhoto(work, meetingId, what, file, of) → key: inside a unit of work (recordMeeting stores the
 *     计票单 photo of a paper count with the meeting it belongs to).
 *
 * The schema is not ours to change, so the photo is a row of `settings` keyed
 * “meetingPhoto:<meeting id>:<ulid>” (never overwritten: a new photo is a new row and the meeting
 * points at it; the old one stays, as evidence does). One unit of work writes the photo and the
 * meeting; the audit log seals the row by its hash (as every record), which holds the photo's SHA-256.
 *
 * Refused (SignInPhotoError, Chinese, nothing written): not a JPEG or PNG by its first bytes (the
 * file name is not trusted), empty, or over PHOTO_MAX_BYTES; StaleRecordError when the meeting
 * changed since the screen saw it.
 */
import { ulid } from 'ulid'
import type { MeetingRow } from '@/db/rows'
import { sha256OfBytes } from '@/domain/evidence/hash'
import type { AppContext } from '../context'
import { recordsAudited, type RecordsUnit } from './recordsUnit'

/** A phone photo of one A4 sheet is 1–4 MB; 8 MB leaves room and keeps backups small. */
export const PHOTO_MAX_BYTES = 8 * 1024 * 1024

export class SignInPhotoError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'SignInPhotoError'
  }
}

export interface StoredPhoto {
  name: string
  mime: 'image/jpeg' | 'image/png'
  bytes: Uint8Array
  sha256: string
  addedAt: string
  addedBy: string
}

/** The image type by its signature: JPEG FF D8 FF, PNG 89 50 4E 47 0D 0A 1A 0A. */
export function imageTypeOf(bytes: Uint8Array): StoredPhoto['mime'] | undefined {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg'
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
  if (bytes.length >= 8 && png.every((b, i) => bytes[i] === b)) return 'image/png'
  return undefined
}

export function checkPhoto(bytes: Uint8Array): StoredPhoto['mime'] {
  if (bytes.length === 0) throw new SignInPhotoError('照片文件是空的，请重新选择')
  if (bytes.length > PHOTO_MAX_BYTES)
    throw new SignInPhotoError(`照片太大（${(bytes.length / 1024 / 1024).toFixed(1)}MB），请不超过${PHOTO_MAX_BYTES / 1024 / 1024}MB`)
  const mime = imageTypeOf(bytes)
  if (!mime) throw new SignInPhotoError('只能上传JPG或PNG格式的照片')
  return mime
}

/**
 * Inside a unit of work: checks and stores one photo of a meeting, returns its key. `of` names it
 * in the audit summary.
 */
export async function storePhoto(
  work: RecordsUnit,
  meetingId: string,
  what: '签到表' | '计票单',
  file: { name: string; bytes: Uint8Array },
  of: string,
): Promise<string> {
  const mime = checkPhoto(file.bytes)
  const sha256 = sha256OfBytes(file.bytes)
  const key = `meetingPhoto:${meetingId}:${ulid()}`
  const photo: StoredPhoto = { name: file.name, mime, bytes: file.bytes, sha256, addedAt: work.now, addedBy: work.actor }
  await work.add(
    'settings',
    { key, value: photo, updatedAt: work.now },
    { action: 'create', summary: `存档${of}“${file.name}”（${what}照片），已记下防篡改校验码` },
  )
  return key
}

export async function attachSignInPhoto(
  ctx: AppContext,
  meeting: MeetingRow,
  file: { name: string; bytes: Uint8Array },
): Promise<MeetingRow> {
  checkPhoto(file.bytes)
  return recordsAudited(ctx, ['meetings', 'settings'], async (work) => {
    const current = await work.require('meetings', meeting.id, meeting.updatedAt)
    const key = await storePhoto(work, current.id, '签到表', file, `${current.roster.bodyLabel}（${current.date}）已签字的签到表`)
    return work.put(
      'meetings',
      { ...current, signInPhotoId: key },
      { action: 'update', summary: `${current.roster.bodyLabel}（${current.date}）附上已签字的签到表照片` },
    )
  })
}

export async function readSignInPhoto(ctx: AppContext, meeting: Pick<MeetingRow, 'signInPhotoId'>): Promise<StoredPhoto | undefined> {
  return meeting.signInPhotoId ? readMeetingPhoto(ctx, meeting.signInPhotoId) : undefined
}

/** Any stored photo of a meeting by its key (a vote's tallySheetPhoto, a signInPhotoId). */
export async function readMeetingPhoto(ctx: AppContext, key: string): Promise<StoredPhoto | undefined> {
  if (!key.startsWith('meetingPhoto:')) return undefined
  const row = await ctx.db.settings.get(key)
  return row?.value as StoredPhoto | undefined
}
