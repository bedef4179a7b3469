/**
 * 公示台账 (.xlsx): one row per notice that went public — title, kind, 成文/签发 dates, the 公示期
 * (start, last day, length), where it was posted, its state, the objections (how many, how many
 * answered) and the result.
 *
 * Input:  buildNoticeLedger({ notices: Notice[], year?: 2026 }, { villageName, exportedAt, reveal? })
 * Output: Promise<Uint8Array> — the .xlsx bytes, one sheet '公示台账'.
 *
 * Which notices: every notice except drafts (a 草稿 was never public); with `year`, those whose
 * 公示期 starts in that year. Order: by 公示 start, then 成文日期, then title.
 * Objectors' names (Objection.who) are never written: only counts. Free text (title, result,
 * correction reason) is swept for stray ID/mobile numbers in masked mode (common.ts).
 * A 公示期 counted in 工作日 in a year without holiday data has no computable last day: the cell
 * stays empty and 备注 says why, rather than guessing.
 */
import { beijingDate } from '@/domain/calendar/clock'
import { NOTICE_STATE_LABELS, type Notice } from '@/domain/notices/model'
import { periodEnd } from '@/domain/notices/period'
import type { LedgerColumn } from '@/exchange/spreadsheet/sheet'
import { oneSheetLedger, type LedgerOptions } from './common'

export interface NoticeLedgerData {
  notices: readonly Notice[]
  /** Only notices whose 公示期 starts in this year; all when absent. */
  year?: number
}

export const NOTICE_LEDGER_SHEET = '公示台账'

type Key =
  | 'no'
  | 'title'
  | 'kind'
  | 'issuer'
  | 'dateSigned'
  | 'issuedOn'
  | 'start'
  | 'end'
  | 'length'
  | 'place'
  | 'state'
  | 'objections'
  | 'answered'
  | 'result'
  | 'note'

export const NOTICE_LEDGER_COLUMNS: readonly LedgerColumn<Key>[] = [
  { header: '序号', key: 'no', width: 6, kind: 'number' },
  { header: '公示标题', key: 'title', width: 36, kind: 'text' },
  { header: '公示类别', key: 'kind', width: 12, kind: 'text' },
  { header: '发布单位', key: 'issuer', width: 16, kind: 'text' },
  { header: '成文日期', key: 'dateSigned', width: 12, kind: 'date' },
  { header: '签发日期', key: 'issuedOn', width: 12, kind: 'date' },
  { header: '公示开始', key: 'start', width: 12, kind: 'date', group: '公示期' },
  { header: '公示截止', key: 'end', width: 12, kind: 'date', group: '公示期' },
  { header: '期限', key: 'length', width: 10, kind: 'text', group: '公示期' },
  { header: '张贴地点', key: 'place', width: 14, kind: 'text' },
  { header: '状态', key: 'state', width: 10, kind: 'text' },
  { header: '件数', key: 'objections', width: 7, kind: 'number', group: '异议' },
  { header: '已答复', key: 'answered', width: 7, kind: 'number', group: '异议' },
  { header: '公示结果', key: 'result', width: 24, kind: 'text' },
  { header: '备注', key: 'note', width: 24, kind: 'text' },
]

/** The Beijing calendar day of an ISO instant, or '' when there is none. */
function dayOf(instant: string | undefined): string {
  if (!instant) return ''
  const at = new Date(instant)
  return Number.isNaN(at.getTime()) ? '' : beijingDate(at)
}

function lastDay(notice: Notice): { end: string; problem?: string } {
  try {
    return { end: periodEnd(notice.period) }
  } catch (e) {
    return { end: '', problem: e instanceof Error ? `公示截止日未能计算：${e.message}` : '公示截止日未能计算' }
  }
}

function noteOf(notice: Notice, problem: string | undefined): string {
  const notes: string[] = []
  if (notice.correctionOf) notes.push(`更正公示，原因：${notice.correctionOf.reason}`)
  if (notice.supersededBy) notes.push('已被更正，以更正后的公示为准')
  if (problem) notes.push(problem)
  return notes.join('；')
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** The notices the ledger lists, in its order. */
export function noticesInLedger(notices: readonly Notice[], year?: number): Notice[] {
  const y = year === undefined ? undefined : String(year)
  return notices
    .filter((n) => n.state !== 'draft' && (y === undefined || n.period.start.startsWith(y)))
    .sort((a, b) => cmp(a.period.start, b.period.start) || cmp(a.dateSigned, b.dateSigned) || cmp(a.title, b.title))
}

export async function buildNoticeLedger(data: NoticeLedgerData, options: LedgerOptions): Promise<Uint8Array> {
  const rows = noticesInLedger(data.notices, data.year).map((n, i) => {
    const { end, problem } = lastDay(n)
    return {
      no: i + 1,
      title: n.title,
      kind: n.kind,
      issuer: n.issuer,
      dateSigned: n.dateSigned,
      issuedOn: dayOf(n.issuedAt),
      start: n.period.start,
      end,
      length: n.period.unit === 'calendar' ? `${n.period.days}天` : `${n.period.days}个工作日`,
      place: n.posting?.place ?? '',
      state: NOTICE_STATE_LABELS[n.state],
      objections: n.objections.length,
      answered: n.objections.filter((o) => o.reply !== undefined).length,
      result: n.result ?? '',
      note: noteOf(n, problem),
    }
  })
  const period = data.year === undefined ? '' : `${data.year}年度`
  return oneSheetLedger(
    { title: `${options.villageName}${period}公示台账`, sheetName: NOTICE_LEDGER_SHEET, columns: NOTICE_LEDGER_COLUMNS, rows, unit: '条' },
    options,
  )
}
