/**
 * 公示/公告 (public notice) model. A notice is drafted, issued (content frozen), posted on the
 * 公示栏, runs its 公示期 (objections recorded with replies), ends with a result and is archived
 * (村民委员会组织法 Art. 30–31, 34; domain-rules §4). See lifecycle.ts for the transitions.
 */
import type { NoticePeriod } from './period'

export const NOTICE_KINDS = ['通用公示', '公告', '名单公示', '决议公开', '实施结果公开', '村规民约公布', '违约处理公示'] as const
export type NoticeKind = (typeof NOTICE_KINDS)[number]

export const NOTICE_STATES = ['draft', 'issued', 'posted', 'publicizing', 'ended', 'archived'] as const
export type NoticeState = (typeof NOTICE_STATES)[number]

export const NOTICE_STATE_LABELS: Readonly<Record<NoticeState, string>> = {
  draft: '草稿',
  issued: '已签发',
  posted: '已张贴',
  publicizing: '公示中',
  ended: '公示期满',
  archived: '已归档',
}

export type NoticeBlock = string | { kind: 'paragraph'; text: string } | { kind: 'heading'; level: 1 | 2 | 3 | 4; text: string }

/**
 * How a list column is printed. Person fields are always masked on paper (design.md principle 5):
 * idNumber 前6+8*+后4, phone 138****1234, bankAccount 尾号1234, address cut to 村民小组,
 * name printed (a 名单公示 exists to name people), text/amount printed but still scanned for
 * stray ID/mobile numbers.
 */
export type ListField = 'name' | 'idNumber' | 'phone' | 'bankAccount' | 'address' | 'group' | 'text' | 'amount'

export interface ListColumn {
  key: string
  header: string
  field: ListField
  /** for field 'address': key of the row's 村民小组 (the address is cut after it) */
  groupKey?: string
  /** pt or '*'; default '*' */
  width?: number | '*'
}

export interface AttachedList {
  columns: ListColumn[]
  rows: Record<string, string | number | null | undefined>[]
}

export interface ObjectionChannel {
  /**
   * The village's public supervision phone (村务监督委员会 / 村委会 office), from the village
   * profile. It is an official contact, not personal data, and is printed unmasked.
   */
  phone: string
  /** who receives objections, e.g. '村务监督委员会' */
  supervisionBody: string
  /** optional township contact, e.g. '××镇民政办 0371-1234567' */
  townshipContact?: string
}

export interface Posting {
  date: string
  place: string
  /** id of a stored photo of the posted notice (archive evidence, Art. 34) */
  photoId?: string
}

export interface Objection {
  id: string
  date: string
  /** who raised it — kept in the archive, never printed on a notice */
  who: string
  content: string
  reply?: { date: string; text: string; by: string }
}

export interface NoticeContent {
  kind: NoticeKind
  title: string
  body: NoticeBlock[]
  attachedList?: AttachedList
  /** names of attachments listed under 附件说明 */
  attachments?: string[]
  period: NoticePeriod
  objectionChannel: ObjectionChannel
  /** 落款, e.g. '东风村村民委员会' (村规民约: '东风村村民会议') */
  issuer: string
  /** 成文日期 'YYYY-MM-DD' */
  dateSigned: string
  /** a seal goes on the printed notice */
  sealed: boolean
}

export interface Notice extends NoticeContent {
  id: string
  state: NoticeState
  createdAt: string
  updatedAt: string
  /** set at issue: SHA-256 (hex) of the canonical content and of the printed PDF */
  contentHash?: string
  pdfSha256?: string
  issuedAt?: string
  posting?: Posting
  objections: Objection[]
  /** set when the period ends: what came of the notice (无异议 / 异议处理结果…) */
  result?: string
  endedAt?: string
  archivedAt?: string
  /** a correction (更正) replaces an issued notice: the new one points to the old one */
  correctionOf?: { noticeId: string; reason: string }
  /** on the old notice: the id of the correction that superseded it */
  supersededBy?: string
}

/** The content fields, in a fixed order: what is frozen and hashed at issue. */
export const CONTENT_KEYS = [
  'kind',
  'title',
  'body',
  'attachedList',
  'attachments',
  'period',
  'objectionChannel',
  'issuer',
  'dateSigned',
  'sealed',
] as const satisfies readonly (keyof NoticeContent)[]

export function contentOf(notice: NoticeContent): NoticeContent {
  const out: Record<string, unknown> = {}
  for (const key of CONTENT_KEYS) if (notice[key] !== undefined) out[key] = notice[key]
  return out as unknown as NoticeContent
}
