/**
 * Appending to the audit log. Writes go through the audited unit of work (../unitOfWork.ts), which
 * calls appendAuditBatch inside its transaction (with `auditLog` and `settings`), so a record and
 * its audit entry commit together or not at all.
 */
import { monotonicFactory } from 'ulid'
import { AUDIT_HEAD_KEY } from '../names'
import type { XiangyueDb } from '../schema'
import { sealEntry, verifyAuditChain, type AuditAction, type AuditEntry, type ChainReport } from './chain'
import { sha256Hex } from '@/domain/evidence/hash'
import type { AuditFinding } from './anchor'
import { readAuditHead } from './head'
import { checkRecordsAgainstLog } from './records'

const newEntryId = monotonicFactory()

export interface AuditInput {
  actor: string
  action: AuditAction
  table: string
  recordId: string
  summary: string
  before?: unknown
  after?: unknown
  /**
   * records created (or, with record null, deleted) by this one act, hashed one by one (see
   * AuditEntry.items). `afterHash`: sha256Hex(record) already computed by the caller from the very
   * object it wrote (the unit of work hashes a large import while IndexedDB stores it), so it is
   * not computed twice.
   */
  items?: { table: string; recordId: string; record: unknown; afterHash?: string }[]
}

/**
 * Appends entries in order: chained in memory, written with one bulkAdd, the head updated once
 * (an import of 10,000 rows is one write, not 10,000).
 */
export async function appendAuditBatch(db: XiangyueDb, inputs: readonly AuditInput[], now: Date = new Date()): Promise<AuditEntry[]> {
  let head = await readAuditHead(db)
  const at = now.toISOString()
  const entries = inputs.map((input) => {
    const entry = sealEntry(
      {
        id: newEntryId(now.getTime()),
        at,
        actor: input.actor || '未署名',
        action: input.action,
        table: input.table,
        recordId: input.recordId,
        summary: input.summary,
        beforeHash: input.before === undefined ? null : sha256Hex(input.before),
        afterHash: input.after === undefined ? null : sha256Hex(input.after),
        ...(input.items
          ? {
              items: input.items.map((i) => ({
                table: i.table,
                recordId: i.recordId,
                afterHash: i.record === null ? null : (i.afterHash ?? sha256Hex(i.record)),
              })),
            }
          : {}),
      },
      head,
    )
    head = { seq: entry.seq, hash: entry.hash }
    return entry
  })
  if (!entries.length) return entries
  await db.auditLog.bulkAdd(entries)
  await db.settings.put({ key: AUDIT_HEAD_KEY, value: head })
  return entries
}

/** Reads the whole log in seq order and checks it against the stored head. */
export async function verifyStoredAuditChain(db: XiangyueDb): Promise<ChainReport> {
  return db.transaction('r', db.auditLog, db.settings, async () => {
    const entries = await db.auditLog.orderBy('seq').toArray()
    return verifyAuditChain(entries, await readAuditHead(db))
  })
}

/**
 * The whole audit check inside IndexedDB, in one read transaction over every table (so a unit
 * committing meanwhile cannot make the records and the log disagree): the chain against its
 * stored head (a missing head counts), then every record against its last entry (records.ts).
 * Resolves the entries too, for the comparison with heads kept elsewhere (anchor.ts).
 */
export async function verifyStoredAuditLog(
  db: XiangyueDb,
): Promise<{ chain: ChainReport; records: { checked: number; findings: AuditFinding[] }; entries: AuditEntry[] }> {
  return db.transaction('r', db.tables, async () => {
    const entries = await db.auditLog.orderBy('seq').toArray()
    const chain = verifyAuditChain(entries, await readAuditHead(db))
    const records = await checkRecordsAgainstLog(db, entries)
    return { chain, records, entries }
  })
}

export async function recentAuditEntries(db: XiangyueDb, limit: number, offset = 0): Promise<AuditEntry[]> {
  return db.auditLog.orderBy('seq').reverse().offset(offset).limit(limit).toArray()
}

export async function auditEntriesFor(db: XiangyueDb, table: string, recordId: string): Promise<AuditEntry[]> {
  return db.auditLog.where('[table+recordId]').equals([table, recordId]).sortBy('seq')
}
