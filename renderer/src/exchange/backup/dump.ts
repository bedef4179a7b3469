/**
 * The database as rows: read every table in one read transaction (a consistent snapshot), and turn
 * rows into the backup's lines and back.
 *
 * encodeRow: the row's canonical JSON (sorted keys, as domain/evidence/canonical.ts hashes records),
 * except that each Uint8Array becomes {"$bytes": <part path>} and its bytes go to a part of their own.
 * Anything JSON cannot carry faithfully (a Blob, a Date, a Map, NaN) is refused rather than lost.
 * decodeRow: the inverse, with the bytes looked up by path.
 */
import { canonicalJson } from '@/domain/evidence/canonical'
import { schemaVersions, type XiangyueDb } from '@/db/schema'
import { filePartPath, type BytesRef } from './format'

/** The tables a database of `version` has, with their Dexie stores strings (from db/schema.ts). */
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

/**
 * One row as a canonical JSON line. `emit(path, bytes)` receives each binary field; `where` names
 * the row in errors.
 */
export function encodeRow(table: string, key: string, row: unknown, emit: (path: string, bytes: Uint8Array) => void): string {
  const walk = (value: unknown, field: string): string => {
    if (value === null) return 'null'
    switch (typeof value) {
      case 'string':
      case 'boolean':
        return JSON.stringify(value)
      case 'number':
        if (!Number.isFinite(value)) throw new UnsupportedValueError(`无法备份：${table} 表记录 ${key} 的字段 ${field} 不是有限数`)
        return JSON.stringify(value)
      case 'object': {
        if (value instanceof Uint8Array) {
          const path = filePartPath(table, key, field)
          emit(path, value)
          return JSON.stringify({ $bytes: path } satisfies BytesRef)
        }
        if (Array.isArray(value)) return `[${value.map((v, i) => (v === undefined ? 'null' : walk(v, `${field}.${i}`))).join(',')}]`
        const proto = Object.getPrototypeOf(value) as unknown
        if (proto !== Object.prototype && proto !== null) {
          throw new UnsupportedValueError(`无法备份：${table} 表记录 ${key} 的字段 ${field} 是不支持的类型`)
        }
        const record = value as Record<string, unknown>
        const members = Object.keys(record)
          .filter((k) => record[k] !== undefined)
          .sort()
          .map((k) => `${JSON.stringify(k)}:${walk(record[k], field ? `${field}.${k}` : k)}`)
        return `{${members.join(',')}}`
      }
      default:
        throw new UnsupportedValueError(`无法备份：${table} 表记录 ${key} 的字段 ${field} 是不支持的类型 ${typeof value}`)
    }
  }
  return walk(row, '')
}

function isBytesRef(value: unknown): value is BytesRef {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const keys = Object.keys(value)
  return keys.length === 1 && keys[0] === '$bytes' && typeof (value as BytesRef).$bytes === 'string'
}

/**
 * Puts the bytes back into a parsed row. `lookup(path)` returns the part's bytes or throws; every
 * reference found is reported to `used` so the caller can check that each file part belongs to a row.
 */
export function restoreBytes(value: unknown, lookup: (path: string) => Uint8Array): unknown {
  if (isBytesRef(value)) return lookup(value.$bytes)
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = restoreBytes(value[i], lookup)
    return value
  }
  if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>
    for (const k of Object.keys(record)) record[k] = restoreBytes(record[k], lookup)
  }
  return value
}

/** The key of a row as a string, for part paths and messages (numbers as digits). */
export function keyText(key: unknown): string {
  return typeof key === 'string' ? key : typeof key === 'number' ? String(key) : JSON.stringify(key)
}
