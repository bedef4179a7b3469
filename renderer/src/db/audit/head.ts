/**
 * The audit chain's head as stored (settings row AUDIT_HEAD_KEY): the seq and hash of the last
 * entry, moved by every audited write (log.ts). Apart from log.ts so that what only reads it (the
 * home screen's cache tag, at every start) does not bring in the code that appends to the log.
 *
 * readAuditHead(db) → { seq, hash } | undefined (nothing written yet)
 */
import { AUDIT_HEAD_KEY } from '../names'
import type { XiangyueDb } from '../schema'
import type { AuditHead } from './chain'

export async function readAuditHead(db: XiangyueDb): Promise<AuditHead | undefined> {
  return (await db.settings.get(AUDIT_HEAD_KEY))?.value as AuditHead | undefined
}
