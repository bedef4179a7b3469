/**
 * Every current record against its last audit entry: the unit of work (../unitOfWork.ts) hashes
 * each record it writes into the entry (afterHash; for one act over many records, items[] with a
 * hash per record; log.ts appendAuditBatch). A row edited or deleted in IndexedDB behind the app's
 * back then no longer matches, however intact the chain is.
 *
 * checkRecordsAgainstLog(db, entries) → { checked, findings }
 *   entries: the whole log in seq order. findings: AuditFinding (anchor.ts) with the table and
 *   record named in Chinese, e.g. “村民 王大山 的记录与操作日志不符（可能被直接改动）”.
 *
 * Which entries speak for a record's state: create/update/status/import/seed/setup with an
 * afterHash, and delete (the record must then be gone). 'reveal' and 'export' change nothing, and
 * an entry with items speaks only through its items (its own table/recordId names the act, e.g.
 * 'import:…', not a record). Entries on names that are no table (a restore's 'backup') are skipped.
 *
 * Records no entry speaks for (written before the log existed, or slipped in behind the app's
 * back) are reported per table as a warning, never a crash. Settings keys nobody audits (the audit
 * head itself) are left alone. A schema upgrade that rewrites rows must log that it did, or every
 * rewritten row shows here.
 */
import { sha256Hex, sha256OfBytes } from '@/domain/evidence/hash'
import type { XiangyueDb } from '../schema'
import type { AuditFinding } from './anchor'
import type { AuditAction, AuditEntry } from './chain'
import { tableLabel } from '../tableLabels'

const CHANGES_NOTHING: ReadonlySet<AuditAction> = new Set(['reveal', 'export'])

interface Expected {
  seq: number
  /** null: deleted by the app */
  afterHash: string | null
  summary: string
}

type Row = Record<string, unknown>

/**
 * Whether the row is what the unit of work hashed: the row itself, or, for a row that holds file
 * bytes, its metadata and SHA-256 without them (transition.ts: `after: { ...row, bytes: undefined }`;
 * the bytes are then checked against that SHA-256 instead).
 */
function matchesAudited(row: Row, afterHash: string): boolean {
  if (sha256Hex(row) === afterHash) return true
  return 'bytes' in row && sha256Hex({ ...row, bytes: undefined }) === afterHash
}

/** A person's name for a record: 村民 王大山, 户 0103, 公示“…”. */
function nameOf(table: string, id: string, row: Row | undefined): string {
  const text = (key: string) => (typeof row?.[key] === 'string' && row[key] ? String(row[key]) : undefined)
  const label = text('name') ?? text('householdNo') ?? (text('title') && `“${text('title')}”`) ?? text('caseNo')
  return label ? `${tableLabel(table)} ${label}` : `${tableLabel(table)}（编号 ${id}）`
}

const slot = (table: string, id: string) => `${table}\u0000${id}`

function expectedStates(entries: readonly AuditEntry[], tables: ReadonlySet<string>): Map<string, Expected> {
  const expected = new Map<string, Expected>()
  for (const e of entries) {
    if (CHANGES_NOTHING.has(e.action)) continue
    if (e.items) {
      for (const item of e.items) {
        if (tables.has(item.table))
          expected.set(slot(item.table, item.recordId), { seq: e.seq, afterHash: item.afterHash, summary: e.summary })
      }
      continue
    }
    if (!tables.has(e.table)) continue
    if (e.action === 'delete') expected.set(slot(e.table, e.recordId), { seq: e.seq, afterHash: null, summary: e.summary })
    else if (e.afterHash !== null) expected.set(slot(e.table, e.recordId), { seq: e.seq, afterHash: e.afterHash, summary: e.summary })
  }
  return expected
}

/** Up to this many records are named one by one; beyond it, a count (10,000 edited rows are one finding). */
const NAMED_LIMIT = 50

export async function checkRecordsAgainstLog(
  db: XiangyueDb,
  entries: readonly AuditEntry[],
): Promise<{ checked: number; findings: AuditFinding[] }> {
  const tables = db.tables.map((t) => t.name).filter((name) => name !== 'auditLog')
  const expected = expectedStates(entries, new Set(tables))
  const changed: string[] = []
  const reappeared: string[] = []
  const badBytes: string[] = []
  const neverAudited = new Map<string, string[]>()
  const seen = new Set<string>()
  let checked = 0

  for (const table of tables) {
    const keyPath = String(db.table(table).schema.primKey.keyPath)
    const rows = (await db.table(table).toArray()) as Row[]
    for (const row of rows) {
      const id = String(row[keyPath])
      const key = slot(table, id)
      const want = expected.get(key)
      if (!want) {
        // settings also hold bookkeeping nobody audits (the audit head): only audited keys count
        if (table === 'settings') continue
        const names = neverAudited.get(table) ?? []
        if (!names.length) neverAudited.set(table, names)
        names.push(nameOf(table, id, row))
        continue
      }
      seen.add(key)
      checked++
      if (want.afterHash === null)
        reappeared.push(`${nameOf(table, id, row)} 已在操作日志第 ${want.seq} 条中删除，数据库里却还有它（可能被直接写回）`)
      else if (!matchesAudited(row, want.afterHash)) changed.push(`${nameOf(table, id, row)} 的记录与操作日志不符（可能被直接改动）`)
      else if (row.bytes instanceof Uint8Array && typeof row.sha256 === 'string' && sha256OfBytes(row.bytes) !== row.sha256) {
        badBytes.push(`${nameOf(table, id, row)} 的文件内容与存档时的 SHA-256 不符（文件可能被替换）`)
      }
    }
  }

  const deleted: string[] = []
  for (const [key, want] of expected) {
    if (want.afterHash === null || seen.has(key)) continue
    const [table = '', id = ''] = key.split('\u0000')
    // the row is gone, and its name with it: the system id and the entry that last wrote it must do
    deleted.push(
      `${tableLabel(table)}的一条记录（系统编号 ${id}）已不在数据库中，操作日志却没有删除它（最后一次记录是第 ${want.seq} 条：${want.summary}；可能被直接删除）`,
    )
  }

  const findings: AuditFinding[] = []
  const push = (code: string, messages: string[], what: string) => {
    messages.slice(0, NAMED_LIMIT).forEach((message) => findings.push({ level: 'error', code, message }))
    if (messages.length > NAMED_LIMIT) {
      findings.push({ level: 'error', code, message: `另有 ${messages.length - NAMED_LIMIT} 条记录${what}（共 ${messages.length} 条）` })
    }
  }
  push('record-changed', changed, '与操作日志不符')
  push('record-deleted', deleted, '不在数据库中，操作日志却没有删除它们')
  push('record-reappeared', reappeared, '已删除却又出现')
  push('file-bytes-changed', badBytes, '的文件内容与 SHA-256 不符')
  for (const [table, names] of neverAudited) {
    const shown = names.slice(0, 5).join('、')
    findings.push({
      level: 'warning',
      code: 'record-never-audited',
      message: `${tableLabel(table)}中有 ${names.length} 条记录没有任何操作日志（${shown}${names.length > 5 ? ' 等' : ''}）：可能是在启用操作日志之前录入的，也可能是绕过本程序直接写入数据库的。`,
    })
  }
  return { checked, findings }
}
