/**
 * THE audited unit of work: every write in the app goes through `audited` (design.md, after Actual
 * Budget's `mutator(undoable(fn))`). A use case never opens a transaction by hand.
 *
 *   audited(ctx, ['notices'], async (work) => {
 *     const current = await work.read('notices', id, seenUpdatedAt)   // refused if it changed since
 *     await work.put('notices', next, { action: 'status', summary: '…' })
 *   })
 *
 * Input: ctx { db, actor, clock }, the tables the unit changes, and the work. Output: what the work
 * returns. One Dexie 'rw' transaction over those tables + auditLog + settings (where the audit head
 * lives): every record written and every audit entry commit together, or nothing does.
 *
 * Optimistic concurrency (expectedUpdatedAt): a record can only be changed after `read` with the
 * updatedAt the caller saw; if it changed meanwhile (another window, a second click) the whole unit
 * is refused with StaleRecordError, in Chinese, and nothing is written. Each write moves updatedAt
 * strictly forward (by a millisecond if the clock has not), so a version is never seen twice.
 *
 * Audit entries are collected in order and appended at the end through the hash chain (audit/log.ts)
 * in one bulkAdd: a 10,000-row import stays one entry and one write.
 *
 * After the unit commits, the new head is written to the audit anchor outside IndexedDB
 * (`ctx.anchor`, by default the shell's: `<userData>/audit-anchor.json` on the desktop, nothing in
 * a browser), so a log rewritten together with its head inside IndexedDB no longer matches it
 * (audit/anchor.ts). It has to be after: an IPC round trip inside the transaction would let
 * IndexedDB commit early. A crash in between leaves the anchor one unit behind, which
 * verification reports as a warning. A failed anchor write does not undo the saved work: it is
 * reported on the console and the next unit writes the anchor again.
 */
import type { Table } from 'dexie'
import { getShell } from '@/shell'
import { nowIso, type Clock } from '@/domain/calendar/clock'
import { sha256Hex } from '@/domain/evidence/hash'
import type { AuditAction, AuditHead } from './audit/chain'
import { appendAuditBatch, type AuditInput } from './audit/log'
import type {
  CaseRow,
  CompactRow,
  GridRow,
  HouseholdRow,
  MatterRow,
  MeetingRow,
  NoticeFileRow,
  NoticeRow,
  SettingRow,
  VillagerRow,
} from './rows'
import type { XiangyueDb } from './schema'

/** The tables a unit of work may change (auditLog and the audit head in settings come with every unit). */
export type WritableTable =
  'settings' | 'households' | 'villagers' | 'grids' | 'notices' | 'noticeFiles' | 'matters' | 'meetings' | 'compacts' | 'cases'

interface Rows {
  settings: SettingRow
  households: HouseholdRow
  villagers: VillagerRow
  grids: GridRow
  notices: NoticeRow
  noticeFiles: NoticeFileRow
  matters: MatterRow
  meetings: MeetingRow
  compacts: CompactRow
  cases: CaseRow
}
export type RowOf<T extends WritableTable> = Rows[T]

/** Where the audit head is kept outside IndexedDB (the shell's AuditAnchorStore fits). */
export interface AuditAnchorWriter {
  readonly available: boolean
  write(head: AuditHead): Promise<unknown>
}

/** Who writes, where, and the clock the unit takes its instant from. */
export interface UnitContext {
  db: XiangyueDb
  actor: string
  clock: Clock
  /** the audit anchor; default: the shell's (getShell().auditAnchor) */
  anchor?: AuditAnchorWriter
}

/** How a change is described in the audit log. */
export interface AuditNote {
  action: AuditAction
  summary: string
}

/** The record changed since it was read: nothing was written. */
export class StaleRecordError extends Error {
  constructor(message = '这条记录刚被修改过（可能在另一个窗口），本次操作未保存，请刷新后重试') {
    super(message)
    this.name = 'StaleRecordError'
  }
}

export interface UnitOfWork {
  readonly db: XiangyueDb
  readonly actor: string
  /** The unit's instant, ISO-8601 UTC: the audit time, and createdAt/updatedAt of what it creates. */
  readonly now: string
  /**
   * Reads a record in order to change it. `expectedUpdatedAt` is the updatedAt the caller saw
   * (undefined: the caller saw no record, e.g. a first setup). Refused when the record is not that
   * version any more. Resolves to the record as stored, or undefined when there is none (and none
   * was expected).
   */
  read<T extends WritableTable>(table: T, key: string, expectedUpdatedAt: string | undefined): Promise<RowOf<T> | undefined>
  /** Like read, for a record that must exist. */
  require<T extends WritableTable>(table: T, key: string, expectedUpdatedAt: string | undefined): Promise<RowOf<T>>
  /**
   * Writes a record this unit has read (and so checked): audited with before and after. Returns the
   * row as stored, its updatedAt moved forward.
   */
  put<T extends WritableTable>(table: T, row: RowOf<T>, note: AuditNote): Promise<RowOf<T>>
  /**
   * Creates a record; refused if one with the same key exists. The entry hashes the record, or
   * `note.after` when given (a file: its metadata and SHA-256, not the bytes again).
   */
  add<T extends WritableTable>(table: T, row: RowOf<T>, note: AuditNote & { after?: unknown }): Promise<RowOf<T>>
  /**
   * Creates many records as one act (an import, the sample village): one audit entry that lists
   * every record with the hash of what was written.
   */
  addMany(additions: readonly Addition[], entry: AuditNote & { table: string; recordId: string; after?: unknown }): Promise<void>
  /**
   * Deletes many records as one act (clearing the sample village): one audit entry that lists every
   * record deleted, so the record check knows each must be gone.
   */
  removeMany(removals: readonly Removal[], entry: AuditNote & { table: string; recordId: string }): Promise<void>
  /** An audit entry that changes no record: showing a full number, an export. */
  record(entry: AuditNote & { table: string; recordId: string; after?: unknown }): void
}

export interface Removal {
  table: WritableTable
  keys: readonly string[]
}

export type Addition = { [T in WritableTable]: { table: T; rows: readonly RowOf<T>[] } }[WritableTable]

const ALWAYS: readonly string[] = ['auditLog', 'settings']

type AnyRow = { updatedAt?: string }
const asRow = (row: unknown) => row as AnyRow

/** A record's version: its updatedAt ('' for a row written before rows carried one); undefined = no record. */
function versionOf(row: AnyRow | undefined): string | undefined {
  return row === undefined ? undefined : (row.updatedAt ?? '')
}

/** The next updatedAt: the unit's instant, or one millisecond past the previous version if the clock has not moved. */
function nextVersion(now: string, previous: string | undefined): string {
  if (!previous || previous < now) return now
  const after = new Date(Date.parse(previous) + 1)
  return Number.isNaN(after.getTime()) ? now : after.toISOString()
}

/**
 * Per anchor, the write in flight: heads go out one after another, in the order the units
 * committed, so a slow write can never land after a newer one. (No "never backwards" guard: a
 * restore from an older backup legitimately moves the anchor back to a lower seq.)
 */
const anchorQueues = new WeakMap<AuditAnchorWriter, Promise<void>>()

function writeAnchor(anchor: AuditAnchorWriter, head: AuditHead): Promise<void> {
  if (!anchor.available) return Promise.resolve()
  const next = (anchorQueues.get(anchor) ?? Promise.resolve()).then(async () => {
    try {
      await anchor.write(head)
    } catch (error) {
      console.warn('操作日志的链头未能写入数据库以外的文件（下一次操作会再写）：', error)
    }
  })
  anchorQueues.set(anchor, next)
  return next
}

export async function audited<R>(ctx: UnitContext, tables: readonly WritableTable[], work: (unit: UnitOfWork) => Promise<R>): Promise<R> {
  let head: AuditHead | undefined
  // (Units are never nested in another transaction: db.transaction resolving means committed.)
  const result = await inTransaction(ctx, tables, work, (written) => (head = written))
  if (head) await writeAnchor(ctx.anchor ?? getShell().auditAnchor, head)
  return result
}

function inTransaction<R>(
  ctx: UnitContext,
  tables: readonly WritableTable[],
  work: (unit: UnitOfWork) => Promise<R>,
  committedHead: (head: AuditHead) => void,
): Promise<R> {
  const { db } = ctx
  const at = ctx.clock.now()
  const now = nowIso({ now: () => at })
  const scope = [...new Set([...tables, ...ALWAYS])]
  return db.transaction('rw', scope, async () => {
    const entries: AuditInput[] = []
    /** records read in this unit, by table and key: the before of their audit entry */
    const read = new Map<string, AnyRow | undefined>()
    const tableOf = (name: WritableTable) => db.table(name) as Table<AnyRow, string>
    const keyOf = (name: WritableTable, row: AnyRow) => String(Reflect.get(row, String(tableOf(name).schema.primKey.keyPath)))
    const slot = (name: string, key: string) => `${name}\u0000${key}`

    const unit: UnitOfWork = {
      db,
      actor: ctx.actor,
      now,
      async read(name, key, expectedUpdatedAt) {
        const current = await tableOf(name).get(key)
        const found = versionOf(current)
        if (found !== expectedUpdatedAt) {
          throw new StaleRecordError(
            current === undefined
              ? '要修改的记录已不存在（可能在另一个窗口被改动），本次操作未保存，请刷新后重试'
              : expectedUpdatedAt === undefined
                ? '这条记录刚在另一个窗口建立，本次操作未保存，请刷新后重试'
                : undefined,
          )
        }
        read.set(slot(name, key), current)
        return current as never
      },
      async require(name, key, expectedUpdatedAt) {
        if (expectedUpdatedAt === undefined) throw new Error(`程序错误：修改 ${name}/${key} 时未给出读取时的版本`)
        return (await unit.read(name, key, expectedUpdatedAt))!
      },
      async put(name, row, note) {
        const key = keyOf(name, row as AnyRow)
        const s = slot(name, key)
        // A write without a read would skip the concurrency check: a programming error, never allowed.
        if (!read.has(s)) throw new Error(`程序错误：${name}/${key} 未经核对版本就写入`)
        const before = read.get(s)
        const stored = { ...asRow(row), updatedAt: nextVersion(now, versionOf(before)) }
        await tableOf(name).put(stored)
        read.set(s, stored)
        entries.push({ actor: ctx.actor, ...note, table: name, recordId: key, before, after: stored })
        return stored as never
      },
      async add(name, row, note) {
        const key = keyOf(name, row as AnyRow)
        await tableOf(name).add(asRow(row))
        read.set(slot(name, key), row as AnyRow)
        const after = note.after === undefined ? row : note.after
        entries.push({ actor: ctx.actor, action: note.action, summary: note.summary, table: name, recordId: key, after })
        return row
      },
      async addMany(additions, entry) {
        // issued first, awaited last: while IndexedDB stores the rows, this thread hashes the very
        // same objects for the audit entry (the record check verifies those hashes afterwards)
        const writes = additions.map(({ table, rows }) => tableOf(table).bulkAdd(rows.map(asRow)))
        const items = additions.flatMap(({ table, rows }) =>
          rows.map(asRow).map((record) => ({ table, recordId: keyOf(table, record), record, afterHash: sha256Hex(record) })),
        )
        await Promise.all(writes)
        entries.push({ actor: ctx.actor, ...entry, items })
      },
      async removeMany(removals, entry) {
        for (const { table, keys } of removals) await tableOf(table).bulkDelete([...keys])
        entries.push({
          actor: ctx.actor,
          ...entry,
          items: removals.flatMap(({ table, keys }) => keys.map((recordId) => ({ table, recordId, record: null }))),
        })
      },
      record(entry) {
        entries.push({ actor: ctx.actor, ...entry })
      },
    }

    const result = await work(unit)
    const last = (await appendAuditBatch(db, entries, at)).at(-1)
    if (last) committedHead({ seq: last.seq, hash: last.hash })
    return result
  })
}
