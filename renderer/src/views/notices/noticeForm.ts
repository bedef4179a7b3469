/**
 * The editor's form ↔ notice content. Body text is typed as lines: "一、…" lines become level-1
 * headings, "（一）…" level-2, anything else a paragraph — the numbering GB/T 9704 uses.
 */
import type { AttachedList, ListColumn, NoticeBlock, NoticeContent, NoticeKind } from '@/domain/notices/model'
import type { PeriodUnit } from '@/domain/notices/period'
import type { VillageProfile } from '@/domain/village/profile'
import { disclosureRuleFor, periodUnitOf } from '@/domain/notices/disclosure'
import type { RuleProfile } from '@/domain/rules/profile'

export interface NoticeForm {
  kind: NoticeKind
  title: string
  bodyText: string
  withList: boolean
  listRows: Record<string, string>[]
  start: string
  days: number
  unit: PeriodUnit
  supervisionBody: string
  phone: string
  /** not edited here: carried from a drafted notice (a 违约处理公示 names the township) to the print */
  townshipContact?: string
  /** not edited here: carried from a drafted notice (附件说明) */
  attachments?: string[]
  issuer: string
  dateSigned: string
  sealed: boolean
}

/** The 名单 columns: each person field is masked when printed (domain/notices/model.ts ListField). */
export const LIST_COLUMNS: ListColumn[] = [
  { key: 'name', header: '姓名', field: 'name', width: 60 },
  { key: 'idNumber', header: '身份证号', field: 'idNumber', width: 150 },
  { key: 'group', header: '村民小组', field: 'group', width: 90 },
  { key: 'note', header: '事由/金额', field: 'text' },
]

export function emptyRow(): Record<string, string> {
  return { name: '', idNumber: '', group: '', note: '' }
}

export function bodyBlocks(text: string): NoticeBlock[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line): NoticeBlock => {
      if (/^[一二三四五六七八九十]+、/.test(line)) return { kind: 'heading', level: 1, text: line }
      if (/^（[一二三四五六七八九十]+）/.test(line)) return { kind: 'heading', level: 2, text: line }
      return line
    })
}

export function bodyTextOf(blocks: readonly NoticeBlock[]): string {
  return blocks.map((b) => (typeof b === 'string' ? b : b.text)).join('\n')
}

export function toContent(form: NoticeForm): NoticeContent {
  // plain copies: the form is reactive, and IndexedDB cannot store Vue proxies
  const rows = form.listRows.filter((r) => Object.values(r).some((v) => v.trim())).map((r) => ({ ...r }))
  const attachedList: AttachedList | undefined = form.withList && rows.length ? { columns: LIST_COLUMNS, rows } : undefined
  return {
    kind: form.kind,
    title: form.title.trim(),
    body: bodyBlocks(form.bodyText),
    ...(attachedList ? { attachedList } : {}),
    ...(form.attachments?.length ? { attachments: [...form.attachments] } : {}),
    period: { start: form.start, days: form.days, unit: form.unit },
    objectionChannel: {
      phone: form.phone.trim(),
      supervisionBody: form.supervisionBody.trim(),
      ...(form.townshipContact?.trim() ? { townshipContact: form.townshipContact.trim() } : {}),
    },
    issuer: form.issuer.trim(),
    dateSigned: form.dateSigned,
    sealed: form.sealed,
  }
}

export function fromContent(content: NoticeContent): NoticeForm {
  return {
    kind: content.kind,
    title: content.title,
    bodyText: bodyTextOf(content.body),
    withList: !!content.attachedList,
    listRows: content.attachedList
      ? content.attachedList.rows.map((r) => Object.fromEntries(LIST_COLUMNS.map((c) => [c.key, String(r[c.key] ?? '')])))
      : [],
    start: content.period.start,
    days: content.period.days,
    unit: content.period.unit,
    supervisionBody: content.objectionChannel.supervisionBody,
    phone: content.objectionChannel.phone,
    ...(content.objectionChannel.townshipContact ? { townshipContact: content.objectionChannel.townshipContact } : {}),
    ...(content.attachments?.length ? { attachments: [...content.attachments] } : {}),
    issuer: content.issuer,
    dateSigned: content.dateSigned,
    sealed: content.sealed,
  }
}

/** A new notice: from today, for the 公示 days the rule profile sets for its kind, signed by the committee. */
export function newForm(village: VillageProfile, today: string, profile?: RuleProfile): NoticeForm {
  const kind: NoticeKind = '名单公示'
  const rule = disclosureRuleFor(kind, profile)
  return {
    kind,
    title: '',
    bodyText: '',
    withList: true,
    listRows: [],
    start: today,
    days: rule.days,
    unit: periodUnitOf(rule),
    supervisionBody: '村务监督委员会',
    phone: village.supervisionPhone,
    issuer: village.committeeName,
    dateSigned: today,
    sealed: true,
  }
}
