/**
 * 会议台账 (.xlsx): one row per meeting — date, kind of meeting, form and place, who chaired and
 * who took the minutes, the topics, attendance (应到/实到/到会比例, 是否达到法定人数), the
 * results of its votes and the township's attendees.
 *
 * Input:  buildMeetingLedger({ meetings: MeetingLedgerRow[], period?: '2026年度' }, { villageName, exportedAt, reveal? })
 * Output: Promise<Uint8Array> — the .xlsx bytes, one sheet '会议台账'.
 *
 * MeetingLedgerRow is the minimal flat input, so this file does not depend on how meetings/
 * stores a record. Mapping from meetings/meeting.ts MeetingRecord + evaluateMeeting (the caller):
 *   body = BODY_LABELS[record.body]; form/place/time/noticeDate as recorded;
 *   host = `${host.name}（${host.post}）`; recorder; topics = record.topics;
 *   entitled/present = evaluation.attendance (the figures the quorum was judged on);
 *   quorumMet = the attendance finding (never typed by hand);
 *   results = one line per motion, e.g. “修建村道：通过（赞成40，反对2，弃权3）”;
 *   township = 乡镇参会人员 with posts.
 * Rows are written in the order given (the caller sorts, normally by date).
 * 到会比例 is computed here as present ÷ entitled and written as a real percentage (0.0%).
 * The names here are officials' (主持人, 记录人, 乡镇参会人员), printed as given; free text is still
 * swept for stray ID/mobile numbers when masked.
 */
import type { LedgerColumn } from '@/exchange/spreadsheet/sheet'
import { listCell, oneSheetLedger, yesNo, type LedgerOptions } from './common'

export interface MeetingLedgerRow {
  /** 'YYYY-MM-DD' */
  date: string
  /** 'HH:MM' */
  time?: string
  /** 会议类型, e.g. 村民代表会议 / 党员大会 / 两委联席会议 */
  body: string
  /** 会议形式: 现场会议 / 线上会议 … */
  form?: string
  place?: string
  /** 主持人 (with 职务) */
  host?: string
  /** 记录人 */
  recorder?: string
  /** 会议通知日期 */
  noticeDate?: string
  /** 议题 */
  topics: readonly string[]
  /** 应到人数 */
  entitled?: number
  /** 实到人数 */
  present?: number
  /** 是否达到法定到会人数, from the evaluation */
  quorumMet?: boolean
  /** 表决结果, one line per motion */
  results?: readonly string[]
  /** 乡镇参会人员, e.g. '李明（镇党委委员）' */
  township?: readonly string[]
  note?: string
}

export interface MeetingLedgerData {
  meetings: readonly MeetingLedgerRow[]
  period?: string
}

export const MEETING_LEDGER_SHEET = '会议台账'

type Key =
  | 'no'
  | 'date'
  | 'time'
  | 'body'
  | 'form'
  | 'place'
  | 'host'
  | 'recorder'
  | 'noticeDate'
  | 'topics'
  | 'entitled'
  | 'present'
  | 'ratio'
  | 'quorumMet'
  | 'results'
  | 'township'
  | 'note'

export const MEETING_LEDGER_COLUMNS: readonly LedgerColumn<Key>[] = [
  { header: '序号', key: 'no', width: 6, kind: 'number' },
  { header: '会议日期', key: 'date', width: 12, kind: 'date' },
  { header: '时间', key: 'time', width: 7, kind: 'text' },
  { header: '会议类型', key: 'body', width: 14, kind: 'text' },
  { header: '会议形式', key: 'form', width: 10, kind: 'text' },
  { header: '地点', key: 'place', width: 14, kind: 'text' },
  { header: '主持人', key: 'host', width: 16, kind: 'text' },
  { header: '记录人', key: 'recorder', width: 8, kind: 'text' },
  { header: '通知日期', key: 'noticeDate', width: 12, kind: 'date' },
  { header: '议题', key: 'topics', width: 30, kind: 'text' },
  { header: '应到', key: 'entitled', width: 6, kind: 'number', group: '到会情况' },
  { header: '实到', key: 'present', width: 6, kind: 'number', group: '到会情况' },
  { header: '到会比例', key: 'ratio', width: 9, kind: 'number', numFmt: '0.0%', group: '到会情况' },
  { header: '达到法定人数', key: 'quorumMet', width: 8, kind: 'text', group: '到会情况' },
  { header: '表决结果', key: 'results', width: 30, kind: 'text' },
  { header: '乡镇参会人员', key: 'township', width: 18, kind: 'text' },
  { header: '备注', key: 'note', width: 14, kind: 'text' },
]

/** Lines of a multi-line cell: numbered when there are several, so each motion stays apart. */
function linesCell(items: readonly string[] | undefined): string {
  const list = (items ?? []).filter((s) => s.trim() !== '')
  return list.length <= 1 ? (list[0] ?? '') : list.map((s, i) => `${i + 1}. ${s}`).join('\n')
}

export async function buildMeetingLedger(data: MeetingLedgerData, options: LedgerOptions): Promise<Uint8Array> {
  const rows = data.meetings.map((m, i) => ({
    no: i + 1,
    date: m.date,
    time: m.time,
    body: m.body,
    form: m.form,
    place: m.place,
    host: m.host,
    recorder: m.recorder,
    noticeDate: m.noticeDate,
    topics: linesCell(m.topics),
    entitled: m.entitled,
    present: m.present,
    ratio: m.entitled !== undefined && m.entitled > 0 && m.present !== undefined ? m.present / m.entitled : undefined,
    quorumMet: yesNo(m.quorumMet),
    results: linesCell(m.results),
    township: listCell(m.township),
    note: m.note,
  }))
  return oneSheetLedger(
    {
      title: `${options.villageName}${data.period ?? ''}会议台账`,
      sheetName: MEETING_LEDGER_SHEET,
      columns: MEETING_LEDGER_COLUMNS,
      rows,
      unit: '次',
    },
    options,
  )
}
