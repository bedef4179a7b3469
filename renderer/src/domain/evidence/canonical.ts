/**
 * Canonical JSON: the one byte form a record is hashed in. Object keys are sorted (by UTF-16 code
 * units, as RFC 8785 does), no whitespace, `undefined` members dropped, non-finite numbers refused.
 * Two records that mean the same thing hash the same, whatever order their fields were set in.
 */
export function canonicalJson(value: unknown): string {
  if (value === null) return 'null'
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value)
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError('canonicalJson: 数值必须是有限数')
      return JSON.stringify(value)
    case 'object': {
      if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v === undefined ? null : v)).join(',')}]`
      if (value instanceof Date) return JSON.stringify(value.toISOString())
      if (value instanceof Uint8Array) return JSON.stringify(`bytes:${Array.from(value, (b) => b.toString(16).padStart(2, '0')).join('')}`)
      const record = value as Record<string, unknown>
      const members = Object.keys(record)
        .filter((k) => record[k] !== undefined)
        .sort()
        .map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`)
      return `{${members.join(',')}}`
    }
    default:
      throw new TypeError(`canonicalJson: 不支持的类型 ${typeof value}`)
  }
}
