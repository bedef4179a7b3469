/**
 * Content checks shared by the lifecycle and the print builder: canonical form and hash (what is
 * frozen at issue) and the privacy scan (no full ID / mobile number in free text).
 */
import { findUnmaskedPersonalNumbers } from '@/domain/people/masking'
import { contentOf, type NoticeBlock, type NoticeContent } from './model'

/** JSON with object keys sorted at every level and undefined dropped: equal content ⇒ equal text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new TypeError('内容中含有无效数字')
    return JSON.stringify(value) ?? 'null'
  }
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`
}

export async function sha256Hex(data: string | Uint8Array): Promise<string> {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes as BufferSource)
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('')
}

/** SHA-256 of the canonical content (the fields listed in CONTENT_KEYS). */
export function contentHash(notice: NoticeContent): Promise<string> {
  return sha256Hex(canonicalJson(contentOf(notice)))
}

export function blockText(block: NoticeBlock): string {
  return typeof block === 'string' ? block : block.text
}

function digitsOf(phone: string): string {
  return phone.replace(/[^0-9]/g, '')
}

export interface PrivacyIssue {
  where: string
  /** the offending number, already masked for display */
  found: string
}

/**
 * Full 18-digit ID numbers or 11-digit mobile numbers typed into free text (title, body,
 * attachment names, unmasked list columns). The village's own supervision phone is allowed.
 * Returned numbers are masked for display: an error message must not leak them either.
 */
export function findPrivacyIssues(content: NoticeContent, mask: (n: string) => string): PrivacyIssue[] {
  const allowed = digitsOf(content.objectionChannel.phone)
  const issues: PrivacyIssue[] = []
  const scan = (where: string, text: string) => {
    for (const n of findUnmaskedPersonalNumbers(text)) if (n !== allowed) issues.push({ where, found: mask(n) })
  }
  scan('标题', content.title)
  content.body.forEach((b, i) => scan(`正文第${i + 1}段`, blockText(b)))
  content.attachments?.forEach((a, i) => scan(`附件${i + 1}`, a))
  const list = content.attachedList
  if (list) {
    const free = list.columns.filter((c) => c.field === 'name' || c.field === 'text' || c.field === 'amount' || c.field === 'group')
    list.rows.forEach((row, r) => {
      for (const c of free) {
        const v = row[c.key]
        if (v !== undefined && v !== null) scan(`名单第${r + 1}行“${c.header}”`, String(v))
      }
    })
  }
  return issues
}
