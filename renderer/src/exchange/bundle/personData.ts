/**
 * 个人信息遮蔽 for a 报送包's data files (issue 15: "person data is masked by default").
 *
 *   maskPersonData(value, { allowedDigits? }) → a deep copy, masked. Pure; the input is not changed.
 *
 * The records are the app's own (matters, meetings with their frozen rosters, the compact, cases,
 * notices), so the rule goes by field name, the same names the domain uses everywhere:
 *   - idNumber → 110105********002X (maskIdNumber), phone → 138****1234, bankAccount → 尾号1234;
 *   - a person's name (name, who, reporterName, by) → 王*山 (maskName): a masked bundle names no
 *     villager, official or not, since it leaves the village; the township asks by 案件编号 or id;
 *   - a notice's attached list (columns with `field` + rows) cell by cell by its column's field,
 *     the list's 姓名 column masked too (on the 公示栏 it is printed: a 名单公示 exists to name people,
 *     but the board is local and temporary, the bundle is neither);
 *   - then EVERY string is swept for a stray full 18-digit ID or 11-digit mobile (scrubPersonalNumbers),
 *     except `allowedDigits` (the village's public supervision phone).
 * Ids, dates, counts, hashes and the law are kept as they are: the township can count and cross-check.
 */
import { maskAddressToGroup, maskBankAccount, maskIdNumber, maskName, maskPhone } from '@/domain/people/masking'
import type { ListField } from '@/domain/notices/model'
import { scrubPersonalNumbers } from '@/print/notices'

export interface MaskOptions {
  /** digits of a public number left as is (the village's 监督电话) */
  allowedDigits?: string
}

const NAME_KEYS: ReadonlySet<string> = new Set(['name', 'who', 'reporterName', 'by', 'partyName'])

function maskField(key: string, value: string): string | undefined {
  if (key === 'idNumber') return maskIdNumber(value)
  if (key === 'phone' || key === 'mobile') return maskPhone(value)
  if (key === 'bankAccount') return maskBankAccount(value)
  if (NAME_KEYS.has(key)) return maskName(value)
  return undefined
}

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

function maskListCell(field: ListField, value: string, row: Record<string, unknown>, groupKey: string | undefined): string {
  switch (field) {
    case 'idNumber':
      return maskIdNumber(value)
    case 'phone':
      return maskPhone(value)
    case 'bankAccount':
      return maskBankAccount(value)
    case 'name':
      return maskName(value)
    case 'address': {
      const group = groupKey ? row[groupKey] : undefined
      return maskAddressToGroup(value, typeof group === 'string' ? group : undefined)
    }
    default:
      return value
  }
}

export function maskPersonData<T>(value: T, options: MaskOptions = {}): T {
  const allowed = options.allowedDigits?.replace(/[^0-9]/g, '') || undefined
  const sweep = (s: string) => scrubPersonalNumbers(s, allowed)
  const walk = (v: unknown, key: string | null): unknown => {
    if (typeof v === 'string') return sweep(key === null ? v : (maskField(key, v) ?? v))
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
          if (typeof cell === 'string') masked[c.key] = sweep(maskListCell(c.field, cell, row, c.groupKey))
        }
        for (const [k, cell] of Object.entries(masked)) if (typeof cell === 'string') masked[k] = sweep(cell)
        return masked
      })
    }
    return out
  }
  return walk(value, null) as T
}
