/**
 * Content checks shared by the lifecycle and the print builder: canonical form and hash (what is
 * frozen at issue) and the privacy scan (no full ID / mobile number in free text).
 */
import { findUnmaskedPersonalNumbers } from '@/domain/people/masking'
import { sha256Hex } from '@/domain/evidence/hash'
import { contentOf, type NoticeBlock, type NoticeContent } from './model'

/** SHA-256 of the canonical content (the fields listed in CONTENT_KEYS), by the one evidence hash. */
export function contentHash(notice: NoticeContent): string {
  return sha256Hex(contentOf(notice))
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
