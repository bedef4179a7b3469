/**
 * 村规民约版本台账 (.xlsx): one row per version of the village compact — how it came about
 * (制定/修订/废止), 征求意见, 乡镇审核, the adopting vote, 公布, 备案 (filing with the township), the
 * days it was in force, how many articles, and what changed.
 *
 * Input:  buildCompactVersionLedger({ versions: CompactVersionLedgerRow[] }, { villageName, exportedAt, reveal? })
 * Output: Promise<Uint8Array> — the .xlsx bytes, one sheet '村规民约版本台账'.
 *
 * CompactVersionLedgerRow is the minimal flat input, so this file does not depend on how compact/
 * stores versions and procedures. Mapping (the caller), from compact/model.ts CompactVersion and
 * compact/procedure.ts CompactProcedure of the same version:
 *   version = a label (e.g. '2024年修订' or CompactVersion.note); procedure = 制定/修订/废止 (kind
 *   adopt/amend/repeal); solicitedUntil = solicitation.closedOn; reviewedOn/reviewResult = the last
 *   TownshipReview (approved → 审核通过, approved_with_changes → 修改后通过, returned → 退回修改);
 *   adoptedOn = adoptedAt, adoptingBody/voteResult from the passed VoteRecord; publishedOn =
 *   publication.date; filedOn/filingReceipt = filing; effectiveFrom = CompactVersion.effectiveFrom,
 *   effectiveTo = versions.ts effectiveUntil(); articleCount = articles.length; changes =
 *   changesOf() summarised, e.g. '修改第八条、新增第三十九条'.
 * Rows are ordered by 施行日期 (effectiveFrom), oldest first, so the sheet reads as the compact's
 * history. 施行状态 is judged on the export's day in Beijing (effectiveTo is the last day in force,
 * inclusive). A version adopted but not yet filed shows an empty 备案日期 — the township looks for that.
 */
import { beijingDate } from '@/domain/calendar/clock'
import type { LedgerColumn } from '@/exchange/spreadsheet/sheet'
import { oneSheetLedger, type LedgerOptions } from './common'

export interface CompactVersionLedgerRow {
  /** 村规民约名称, e.g. '张庄村村规民约' */
  compactTitle: string
  /** 版本, e.g. '2024年修订' */
  version: string
  /** 制定 / 修订 / 废止 */
  procedure: string
  /** 征求意见截止 */
  solicitedUntil?: string
  /** 乡镇审核 date and result */
  reviewedOn?: string
  reviewResult?: string
  /** 表决通过 */
  adoptedOn?: string
  /** 村民会议 / 村民代表会议 */
  adoptingBody?: string
  /** e.g. '应到320户，实到251户，赞成239户' */
  voteResult?: string
  /** 公布日期 */
  publishedOn?: string
  /** 备案日期 and 备案回执号 */
  filedOn?: string
  filingReceipt?: string
  /** 施行日期 (inclusive) */
  effectiveFrom: string
  /** 失效日期: last day in force (inclusive); absent while in force */
  effectiveTo?: string
  articleCount?: number
  /** 主要修改内容 */
  changes?: string
  note?: string
}

export interface CompactVersionLedgerData {
  versions: readonly CompactVersionLedgerRow[]
}

export const COMPACT_VERSION_LEDGER_SHEET = '村规民约版本台账'

/** 施行状态 on the export's day (Beijing): not yet in force, in force, or ended. */
export const NOT_YET_IN_FORCE = '尚未施行'
export const IN_FORCE = '现行有效'
export const NO_LONGER_IN_FORCE = '已失效'

export function statusOn(v: Pick<CompactVersionLedgerRow, 'effectiveFrom' | 'effectiveTo'>, today: string): string {
  if (today < v.effectiveFrom) return NOT_YET_IN_FORCE
  return v.effectiveTo !== undefined && v.effectiveTo < today ? NO_LONGER_IN_FORCE : IN_FORCE
}

type Key =
  | 'no'
  | 'compactTitle'
  | 'version'
  | 'procedure'
  | 'solicitedUntil'
  | 'reviewedOn'
  | 'reviewResult'
  | 'adoptedOn'
  | 'adoptingBody'
  | 'voteResult'
  | 'publishedOn'
  | 'filedOn'
  | 'filingReceipt'
  | 'effectiveFrom'
  | 'effectiveTo'
  | 'status'
  | 'articleCount'
  | 'changes'
  | 'note'

export const COMPACT_VERSION_LEDGER_COLUMNS: readonly LedgerColumn<Key>[] = [
  { header: '序号', key: 'no', width: 6, kind: 'number' },
  { header: '村规民约名称', key: 'compactTitle', width: 20, kind: 'text' },
  { header: '版本', key: 'version', width: 14, kind: 'text' },
  { header: '类型', key: 'procedure', width: 7, kind: 'text' },
  { header: '征求意见截止', key: 'solicitedUntil', width: 12, kind: 'date' },
  { header: '日期', key: 'reviewedOn', width: 11, kind: 'date', group: '乡镇审核' },
  { header: '意见', key: 'reviewResult', width: 14, kind: 'text', group: '乡镇审核' },
  { header: '日期', key: 'adoptedOn', width: 11, kind: 'date', group: '表决通过' },
  { header: '会议', key: 'adoptingBody', width: 12, kind: 'text', group: '表决通过' },
  { header: '表决结果', key: 'voteResult', width: 20, kind: 'text', group: '表决通过' },
  { header: '公布日期', key: 'publishedOn', width: 11, kind: 'date' },
  { header: '日期', key: 'filedOn', width: 11, kind: 'date', group: '乡镇备案' },
  { header: '回执号', key: 'filingReceipt', width: 14, kind: 'text', group: '乡镇备案' },
  { header: '施行日期', key: 'effectiveFrom', width: 11, kind: 'date' },
  { header: '失效日期', key: 'effectiveTo', width: 11, kind: 'date' },
  { header: '施行状态', key: 'status', width: 9, kind: 'text' },
  { header: '条文数', key: 'articleCount', width: 7, kind: 'number' },
  { header: '主要修改内容', key: 'changes', width: 28, kind: 'text' },
  { header: '备注', key: 'note', width: 14, kind: 'text' },
]

export async function buildCompactVersionLedger(data: CompactVersionLedgerData, options: LedgerOptions): Promise<Uint8Array> {
  const ordered = [...data.versions].sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : a.effectiveFrom > b.effectiveFrom ? 1 : 0))
  const today = beijingDate(new Date(options.exportedAt))
  const rows = ordered.map((v, i) => ({ ...v, no: i + 1, status: statusOn(v, today) }))
  return oneSheetLedger(
    {
      title: `${options.villageName}村规民约版本台账`,
      sheetName: COMPACT_VERSION_LEDGER_SHEET,
      columns: COMPACT_VERSION_LEDGER_COLUMNS,
      rows,
      unit: '个版本',
    },
    options,
  )
}
