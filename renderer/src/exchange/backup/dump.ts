/**
 * The database as rows: read every table in one read transaction (a consistent snapshot), and turn
 * rows into the backup's lines and back.
 *
 * RowEncoder / encodeRow: the row's canonical JSON (sorted keys, as domain/evidence/canonical.ts
 * hashes records), except that each Uint8Array becomes {"$bytes": <part path>} and its bytes go to a
 * part of their own, and (format version 2) array elements that are objects are shared (format.ts).
 * Anything JSON cannot carry faithfully (a Blob, a Date, a Map, NaN) is refused rather than lost.
 * reviveRow: the inverse, with the bytes looked up by path and the shared elements by line.
 */
import { canonicalJson } from '@/domain/evidence/canonical'
import { schemaVersions, type XiangyueDb } from '@/db/schema'
import { filePartPath, tableLabel, type BytesRef, type SharedRef } from './format'

/** The tables a database of `version` has, with their Dexie stores strings (from db/schemaVersions.ts). */
export function tablesAt(version: number): Record<string, string> {
  const tables: Record<string, string> = {}
  for (const v of schemaVersions) {
    if (v.version > version) break
    for (const [name, stores] of Object.entries(v.stores)) {
      if (stores === null) delete tables[name]
      else tables[name] = stores
    }
  }
  return tables
}

/** The primary key's field, from a stores string ('&id, noticeId' → 'id'; '++seq' → 'seq'). */
export function primaryKeyPath(stores: string): string {
  return (stores.split(',')[0] ?? '').trim().replace(/^(\+\+|&)/, '')
}

export interface TableRows {
  name: string
  rows: unknown[]
}

/** Every table's rows in primary-key order, read in one transaction. */
export async function readAllTables(db: XiangyueDb): Promise<TableRows[]> {
  const tables = [...db.tables].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  return db.transaction('r', tables, () => Promise.all(tables.map(async (t) => ({ name: t.name, rows: await t.toArray() }))))
}

/** table name → every row's canonical JSON, in primary-key order: equal dumps ⇔ equal contents. */
export async function canonicalDump(db: XiangyueDb): Promise<Record<string, string[]>> {
  const dump: Record<string, string[]> = {}
  for (const { name, rows } of await readAllTables(db)) dump[name] = rows.map((row) => canonicalJson(row))
  return dump
}

export class UnsupportedValueError extends Error {}

/** An object JSON would read back as one of our own references: refused, or it would come back as something else. */
function looksLikeReference(record: Record<string, unknown>, keys: string[]): boolean {
  return keys.length === 1 && (keys[0] === '$bytes' || keys[0] === '$s')
}

/**
 * Rows of one table as JSON lines. `emit(path, bytes)` receives each binary field.
 *
 * Without `share` (format version 1) a line is the row's canonical JSON (sorted keys).
 * With `share` (format version 2), every array element that is an object is written once into
 * `shared` (the lines of shared/<table>.jsonl) and reads {"$s":<line>} wherever it occurs: the same
 * roster entry in two thousand meetings is one line. An element's line is written with its own
 * elements already shared, so a line only ever refers to earlier lines. Version 2 lines keep the
 * members in the order the row has them, so the browser's native JSON.stringify writes them: on a
 * large village the hand-built canonical string was most of the backup's time, and a restore needs
 * equal values, not equal bytes (canonicalDump compares restored data canonically).
 *
 * Both check every value first and refuse what JSON cannot carry. The walk keeps the field path on a
 * stack and joins it only for a message or a file path.
 */
export class RowEncoder {
  /** format version 2's shared elements, in the order first met */
  readonly shared: string[] = []
  private readonly lineOf = new Map<string, number>()
  private readonly path: (string | number)[] = []
  private key = ''

  constructor(
    private readonly table: string,
    private readonly emit: (path: string, bytes: Uint8Array) => void,
    private readonly share: boolean,
  ) {}

  encode(key: string, row: unknown): string {
    this.key = key
    this.path.length = 0
    return this.share ? JSON.stringify(this.prepare(row)) : this.walk(row)
  }

  /**
   * Version 2: the value as JSON.stringify should write it: checked, bytes replaced by their
   * reference, array elements that are objects by their shared line. Objects and arrays are copied
   * only where something inside them is replaced; nothing of the row itself is changed.
   */
  private prepare(value: unknown): unknown {
    switch (typeof value) {
      case 'string':
      case 'boolean':
        return value
      case 'number':
        if (!Number.isFinite(value)) this.unsupported('不是有限数')
        return value
      case 'object': {
        if (value === null) return null
        if (value instanceof Uint8Array) {
          const path = filePartPath(this.table, this.key, this.field())
          this.emit(path, value)
          return { $bytes: path } satisfies BytesRef
        }
        if (Array.isArray(value)) return this.prepareArray(value as unknown[])
        return this.prepareObject(value)
      }
      case 'undefined':
        return undefined
      default:
        return this.unsupported(`是不支持的类型 ${typeof value}`)
    }
  }

  private prepareArray(items: unknown[]): unknown[] {
    let out: unknown[] | undefined
    for (let i = 0; i < items.length; i++) {
      const item = items[i]
      // strings and booleans are written as they are (most of a roster's memberIds)
      if (typeof item === 'string' || typeof item === 'boolean') {
        if (out !== undefined) out.push(item)
        continue
      }
      this.path.push(i)
      let next: unknown
      if (item !== null && typeof item === 'object' && !Array.isArray(item) && !(item instanceof Uint8Array)) {
        const line = JSON.stringify(this.prepareObject(item))
        let at = this.lineOf.get(line)
        if (at === undefined) {
          at = this.shared.length
          this.shared.push(line)
          this.lineOf.set(line, at)
        }
        next = { $s: at } satisfies SharedRef
      } else next = item === undefined ? null : this.prepare(item)
      this.path.pop()
      if (next !== item && out === undefined) out = items.slice(0, i)
      if (out !== undefined) out.push(next)
    }
    return out ?? items
  }

  private prepareObject(value: object): object {
    const proto = Object.getPrototypeOf(value) as unknown
    if (proto !== Object.prototype && proto !== null) this.unsupported('是不支持的类型')
    const record = value as Record<string, unknown>
    const keys = Object.keys(record)
    if (looksLikeReference(record, keys)) this.unsupported(`只有一个成员“${keys[0]}”，与备份文件自己的引用写法相同，无法区分`)
    let out: Record<string, unknown> | undefined
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i]!
      const member = record[k]
      // strings, booleans and absent members are written as they are: no need to look closer
      if (typeof member === 'string' || typeof member === 'boolean' || member === undefined) {
        if (out !== undefined && member !== undefined) defineMember(out, k, member)
        continue
      }
      this.path.push(k)
      const next = this.prepare(member)
      this.path.pop()
      if (next !== member && out === undefined) {
        out = {}
        for (let j = 0; j < i; j++) if (record[keys[j]!] !== undefined) defineMember(out, keys[j]!, record[keys[j]!])
      }
      if (out !== undefined) defineMember(out, k, next)
    }
    return out ?? value
  }

  private field(): string {
    return this.path.join('.')
  }

  private unsupported(what: string): never {
    throw new UnsupportedValueError(`无法备份：“${tableLabel(this.table)}”表记录 ${this.key} 的字段 ${this.field()} ${what}`)
  }

  private walk(value: unknown): string {
    if (value === null) return 'null'
    switch (typeof value) {
      case 'string':
      case 'boolean':
        return JSON.stringify(value)
      case 'number':
        if (!Number.isFinite(value)) this.unsupported('不是有限数')
        return JSON.stringify(value)
      case 'object':
        if (value instanceof Uint8Array) {
          const path = filePartPath(this.table, this.key, this.field())
          this.emit(path, value)
          return JSON.stringify({ $bytes: path } satisfies BytesRef)
        }
        return Array.isArray(value) ? this.walkArray(value as unknown[]) : this.walkObject(value)
      default:
        return this.unsupported(`是不支持的类型 ${typeof value}`)
    }
  }

  private walkArray(items: unknown[]): string {
    let out = '['
    for (let i = 0; i < items.length; i++) {
      const item = items[i]
      if (i > 0) out += ','
      this.path.push(i)
      out += item === undefined ? 'null' : this.walk(item)
      this.path.pop()
    }
    return `${out}]`
  }

  private walkObject(value: object): string {
    const proto = Object.getPrototypeOf(value) as unknown
    if (proto !== Object.prototype && proto !== null) this.unsupported('是不支持的类型')
    const record = value as Record<string, unknown>
    const keys = Object.keys(record).sort()
    if (looksLikeReference(record, keys)) this.unsupported(`只有一个成员“${keys[0]}”，与备份文件自己的引用写法相同，无法区分`)
    let out = '{'
    let first = true
    for (const k of keys) {
      const member = record[k]
      if (member === undefined) continue
      this.path.push(k)
      out += `${first ? '' : ','}${JSON.stringify(k)}:${this.walk(member)}`
      this.path.pop()
      first = false
    }
    return `${out}}`
  }
}

/** JSON.parse makes "__proto__" an own member; a plain assignment would set the prototype instead. */
function defineMember(record: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true })
  else record[key] = value
}

/** One row as a canonical JSON line, nothing shared (format version 1's rows). */
export function encodeRow(table: string, key: string, row: unknown, emit: (path: string, bytes: Uint8Array) => void): string {
  return new RowEncoder(table, emit, false).encode(key, row)
}

function referenceIn(value: object): { bytes: string } | { shared: unknown } | null {
  const keys = Object.keys(value)
  if (keys.length !== 1) return null
  const record = value as Record<string, unknown>
  if (keys[0] === '$bytes' && typeof record['$bytes'] === 'string') return { bytes: record['$bytes'] }
  if (keys[0] === '$s') return { shared: record['$s'] }
  return null
}

export interface Revival {
  /** the bytes of a file part, or throws (missing, or already used) */
  lookup: (path: string) => Uint8Array
  /** version 2: the table's shared elements decoded so far, and what to do with a reference outside them */
  shared?: readonly unknown[]
  badShared?: (ref: unknown) => never
}

/**
 * Puts the bytes and (version 2) the shared elements back into a parsed row, in place. A shared
 * element is the same object in every row that refers to it: rows are written to IndexedDB, which
 * copies each, and nothing mutates them in between.
 */
export function reviveRow(value: unknown, revival: Revival): unknown {
  if (typeof value !== 'object' || value === null) return value
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i]
      if (typeof item === 'object' && item !== null) value[i] = reviveRow(item, revival)
    }
    return value
  }
  const ref = referenceIn(value)
  if (ref) {
    if ('bytes' in ref) return revival.lookup(ref.bytes)
    const shared = revival.shared
    if (shared && Number.isInteger(ref.shared) && (ref.shared as number) >= 0 && (ref.shared as number) < shared.length) {
      return shared[ref.shared as number]
    }
    if (revival.badShared) return revival.badShared(ref.shared)
  }
  const record = value as Record<string, unknown>
  for (const k in record) {
    const member = record[k]
    if (typeof member !== 'object' || member === null) continue
    const revived = reviveRow(member, revival)
    if (revived === member) continue
    // JSON.parse makes "__proto__" an own member; a plain assignment would set the prototype instead
    if (k === '__proto__') Object.defineProperty(record, k, { value: revived, enumerable: true, writable: true, configurable: true })
    else record[k] = revived
  }
  return value
}

/** Format version 1's name for reviveRow without shared elements. */
export function restoreBytes(value: unknown, lookup: (path: string) => Uint8Array): unknown {
  return reviveRow(value, { lookup })
}

/** The key of a row as a string, for part paths and messages (numbers as digits). */
export function keyText(key: unknown): string {
  return typeof key === 'string' ? key : typeof key === 'number' ? String(key) : JSON.stringify(key)
}
