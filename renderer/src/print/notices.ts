/**
 * 公示/公告 print builder: a Notice + the village profile → a GB/T 9704-style A4 document.
 *
 * Privacy (design.md principle 5, domain-rules §4.3): every person field of a 名单 goes through
 * the shared masking module — ID 前6+8个*+后4, phone 138****1234, bank account 尾号1234, address
 * cut to 村民小组 — and every free-text cell and body paragraph is swept for a full 18-digit ID
 * or 11-digit mobile that slipped in, which is masked too. The one number printed as typed is the
 * objection line's 监督电话: it is the village's public supervision phone from the village
 * profile (an office or duty phone that exists to be called), not a villager's personal data.
 */
import { maskPersonalField } from '@/domain/people/personalField'
import { scrubPersonalNumbers } from '@/domain/people/scrubPersonalNumbers'
import type { AttachedList, ListColumn, ListField, NoticeContent } from '@/domain/notices/model'
import { noticePeriodEnd, type NoticePeriod } from '@/domain/notices/period'
import type { VillageProfile } from '@/domain/village/profile'
import { formatChineseDate } from '@/domain/calendar/calendar'
import { officialDocument, type BodyBlock } from './document'
import type { PrintDocument } from './pdf-types'
import type { TableColumn, TableRow } from './table'

/** '公示期：2026年11月2日至2026年11月8日（共7天）' / '（7个工作日）'. */
export function periodLine(period: NoticePeriod): string {
  const end = noticePeriodEnd(period.start, period.days, period.unit)
  const span = period.unit === 'calendar' ? `（共${period.days}天）` : `（${period.days}个工作日）`
  return `公示期：${formatChineseDate(period.start)}至${formatChineseDate(end)}${span}。`
}

/** '如有异议，请在公示期内向村务监督委员会反映，监督电话：0371-12345678。' */
export function objectionLine(channel: NoticeContent['objectionChannel'], fallbackPhone: string): string {
  const phone = channel.phone.trim() || fallbackPhone.trim()
  const body = channel.supervisionBody.trim() || '村务监督委员会'
  let line = `如有异议，请在公示期内向${body}反映，监督电话：${phone}。`
  if (channel.townshipContact?.trim()) line += `也可向${channel.townshipContact.trim()}反映。`
  return line
}

/** Kept here for the builders that still import it from print/notices; it lives in domain/people. */
export { scrubPersonalNumbers }

function maskedCell(column: ListColumn, row: AttachedList['rows'][number], allowed: string): string {
  const raw = row[column.key]
  if (raw === null || raw === undefined) return ''
  const value = String(raw)
  const group = column.groupKey ? row[column.groupKey] : undefined
  // names are printed: a 名单公示 on the village's own board exists to name people
  const masked = maskPersonalField(column.field, value, {
    group: group === null || group === undefined ? undefined : String(group),
    names: 'shown',
  })
  return masked ?? scrubPersonalNumbers(value, allowed)
}

const UNBROKEN_FIELDS: ReadonlySet<ListField> = new Set(['idNumber', 'phone', 'bankAccount', 'amount', 'name', 'group'])

/** The printed (masked) list: a 序号 column first, then the notice's columns. */
export function maskedListTable(list: AttachedList, allowedPhoneDigits = ''): { columns: TableColumn[]; rows: TableRow[] } {
  const columns: TableColumn[] = [
    { header: '序号', key: '__seq', width: 'auto', align: 'center' },
    ...list.columns.map((c) => ({
      header: c.header,
      key: c.key,
      // numbers stay on one line and their column fits them; names of places/things share the rest
      width: c.width ?? (UNBROKEN_FIELDS.has(c.field) ? ('auto' as const) : ('*' as const)),
      noWrap: UNBROKEN_FIELDS.has(c.field),
      align:
        c.field === 'amount' ? ('right' as const) : c.field === 'name' || c.field === 'group' ? ('center' as const) : ('left' as const),
    })),
  ]
  const rows: TableRow[] = list.rows.map((row, i) => {
    const out: Record<string, string> = { __seq: String(i + 1) }
    for (const c of list.columns) out[c.key] = maskedCell(c, row, allowedPhoneDigits)
    return out
  })
  return { columns, rows }
}

export function buildNoticeDoc(notice: NoticeContent, village: VillageProfile): PrintDocument {
  const phone = notice.objectionChannel.phone.trim() || village.supervisionPhone
  const allowed = phone.replace(/[^0-9]/g, '')
  const scrub = (t: string) => scrubPersonalNumbers(t, allowed)
  const blocks: BodyBlock[] = notice.body.map((b) =>
    typeof b === 'string' ? scrub(b) : b.kind === 'heading' ? { ...b, text: scrub(b.text) } : { kind: 'paragraph', text: scrub(b.text) },
  )
  if (notice.attachedList && notice.attachedList.rows.length > 0) {
    const { columns, rows } = maskedListTable(notice.attachedList, allowed)
    blocks.push({ kind: 'table', columns, rows, fontSize: columns.length > 6 ? 10.5 : 12 })
  }
  blocks.push(periodLine(notice.period))
  blocks.push(objectionLine(notice.objectionChannel, village.supervisionPhone))
  return officialDocument({
    title: scrub(notice.title),
    bodyBlocks: blocks,
    ...(notice.attachments && notice.attachments.length > 0 ? { attachmentsNote: notice.attachments.map(scrub) } : {}),
    signature: { issuer: notice.issuer.trim() || village.committeeName, date: notice.dateSigned },
    sealMark: notice.sealed,
    subject: `${village.villageName} ${notice.kind}`,
  })
}
