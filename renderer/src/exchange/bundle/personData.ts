/**
 * 个人信息遮蔽 for a 报送包's data files (issue 15: "person data is masked by default").
 *
 *   maskPersonData(value, { allowedDigits? }) → a deep copy, masked. Pure; the input is not changed.
 *
 * The records are the app's own (matters, meetings with their frozen rosters, the compact, cases,
 * notices), so the rule goes by field name, the same names the domain uses everywhere:
 *   - idNumber → 110105********002X, phone → 138****1234, bankAccount → 尾号1234 (maskPersonalField, the
 *     same switch the printed 公示名单 uses);
 *   - a person's name (name, who, reporterName, by) → 王*山 (maskName): a masked bundle names no
 *     villager, official or not, since it leaves the village; the township asks by 案件编号 or id;
 *   - a notice's attached list (columns with `field` + rows) cell by cell by its column's field,
 *     the list's 姓名 column masked too (on the 公示栏 it is printed: a 名单公示 exists to name people,
 *     but the board is local and temporary, the bundle is neither);
 *   - then EVERY string is swept for a stray full 18-digit ID or 11-digit mobile (scrubPersonalNumbers),
 *     except `allowedDigits` (the village's public supervision phone).
 * Ids, dates, counts, hashes and the law are kept as they are: the township can count and cross-check.
 */
import { maskPersonalField, type PersonalField } from '@/domain/people/personalField'
import type { ListField } from '@/domain/notices/model'
import { scrubPersonalNumbers } from '@/domain/people/scrubPersonalNumbers'

export interface MaskOptions {
  /** digits of a public number left as is (the village's 监督电话) */
  allowedDigits?: string
}

/** A record's key → the personal field it holds (the domain's own names for them). */
const FIELD_OF_KEY: ReadonlyMap<string, PersonalField> = new Map([
  ['idNumber', 'idNumber'],
  ['phone', 'phone'],
  ['mobile', 'phone'],
  ['bankAccount', 'bankAccount'],
  ['name', 'name'],
  ['who', 'name'],
  ['reporterName', 'name'],
  ['by', 'name'],
  ['partyName', 'name'],
])

interface ListLike {
  columns: { key: string; field: ListField; groupKey?: string }[]
  rows: Record<string, unknown>[]
}

function isList(value: Record<string, unknown>): value is Record<string, unknown> & ListLike {
  return (
    Array.isArray(value.columns) &&
    Array.isArray(value.rows) &&
    value.columns.every((c) => typeof c === 'object' && c !== null && typeof (c as { field?: unknown }).field === 'string')
  )
}

export function maskPersonData<T>(value: T, options: MaskOptions = {}): T {
  const allowed = options.allowedDigits?.replace(/[^0-9]/g, '') || undefined
  const sweep = (s: string) => scrubPersonalNumbers(s, allowed)
  const walk = (v: unknown, key: string | null): unknown => {
    if (typeof v === 'string') {
      const field = key === null ? undefined : FIELD_OF_KEY.get(key)
      return sweep(field ? (maskPersonalField(field, v, { names: 'masked' }) ?? v) : v)
    }
    if (Array.isArray(v)) return v.map((item) => walk(item, null))
    if (v === null || typeof v !== 'object' || v instanceof Uint8Array) return v
    const record = v as Record<string, unknown>
    const out: Record<string, unknown> = {}
    for (const [k, item] of Object.entries(record)) out[k] = walk(item, k)
    if (isList(record)) {
      out.rows = record.rows.map((row) => {
        const masked: Record<string, unknown> = { ...row }
        for (const c of record.columns) {
          const cell = row[c.key]
          if (typeof cell !== 'string') continue
          const group = c.groupKey ? row[c.groupKey] : undefined
          masked[c.key] = sweep(
            maskPersonalField(c.field, cell, { group: typeof group === 'string' ? group : undefined, names: 'masked' }) ?? cell,
          )
        }
        for (const [k, cell] of Object.entries(masked)) if (typeof cell === 'string') masked[k] = sweep(cell)
        return masked
      })
    }
    return out
  }
  return walk(value, null) as T
}
