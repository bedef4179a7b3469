/**
 * “四议两公开”工作台账 (.xlsx): one row per matter, the six steps side by side — each step's date
 * and result under a two-row header (①村党组织提议 | 日期 | 结果 …), the shape of the circulated
 * “村级重大事务‘四议两公开’决策实施登记表” (domain-rules §2.2).
 *
 * Input:  buildMatterLedger({ matters: MatterLedgerRow[], period?: '2026年度' }, { villageName, exportedAt, reveal? })
 * Output: Promise<Uint8Array> — the .xlsx bytes, one sheet '四议两公开台账'.
 *
 * MatterLedgerRow is the minimal flat input, so this file does not depend on how decisions/ stores
 * a matter. Mapping from decisions/model.ts Matter (done by the caller):
 *   ①–④ proposedOn/consultedOn/reviewedOn/decidedOn = the date of the LAST MeetingStep with that
 *       step number; the result = its outcome.sentence, or '通过'/'未通过' with 应到/实到.
 *       一肩挑 (① merged with ②): both dates the same, consultationResult '与提议合并召开'.
 *   ④ decisionBody = BODY_LABELS[step.body].
 *   ⑤ resolutionPublished* = the Disclosure (start, end, and its outcome / unresolved objections).
 *   ⑥ resultPublished* = Implementation (start, end, progress/acceptance); cost = Implementation.cost.
 *   state = MATTER_STATE_LABELS[matter.state]; tags = matter.tags (codes are shown as their labels).
 * Dates are 'YYYY-MM-DD' and become real Excel dates; a missing step stays empty.
 * No person data is in this sheet; free text is still swept for stray numbers when masked.
 */
import { MATTER_TAG_LABELS, type MatterTag } from '@/domain/meetings/matters'
import type { LedgerColumn } from '@/exchange/spreadsheet/sheet'
import { listCell, oneSheetLedger, type LedgerOptions } from './common'

export interface MatterLedgerRow {
  /** 事项名称 */
  title: string
  /** MatterTag codes (shown as their Chinese labels) or labels as they are. */
  tags: readonly string[]
  /** 动议事由: 党员群众建议 / 村干部提议 / 上级党委政府安排 */
  motionSource?: string
  /** ① 村党组织提议 */
  proposedOn?: string
  proposalResult?: string
  /** ② 村“两委”会议商议 */
  consultedOn?: string
  consultationResult?: string
  /** ③ 党员大会审议 */
  reviewedOn?: string
  reviewResult?: string
  /** ④ 村民会议或村民代表会议决议 */
  decidedOn?: string
  /** 决议机构, e.g. 村民代表会议 */
  decisionBody?: string
  decisionResult?: string
  /** ⑤ 决议公开: 公示 start and last day, and how it ended (无异议 / 异议已答复 …) */
  resolutionPublishedOn?: string
  resolutionPublishedUntil?: string
  resolutionPublicationResult?: string
  /** ⑥ 实施结果公开 */
  resultPublishedOn?: string
  resultPublishedUntil?: string
  resultPublicationResult?: string
  /** 实际费用, 元 */
  cost?: number
  /** 办理状态, e.g. 已办结 / 决议公开中 / 未通过 */
  state: string
  note?: string
}

export interface MatterLedgerData {
  matters: readonly MatterLedgerRow[]
  /** Printed in the title, e.g. '2026年度'. */
  period?: string
}

export const MATTER_LEDGER_SHEET = '四议两公开台账'

const S1 = '①村党组织提议'
const S2 = '②村“两委”会议商议'
const S3 = '③党员大会审议'
const S4 = '④村民会议或村民代表会议决议'
const S5 = '⑤决议公开'
const S6 = '⑥实施结果公开'

type Key =
  | 'no'
  | 'title'
  | 'tags'
  | 'motionSource'
  | 'proposedOn'
  | 'proposalResult'
  | 'consultedOn'
  | 'consultationResult'
  | 'reviewedOn'
  | 'reviewResult'
  | 'decidedOn'
  | 'decisionBody'
  | 'decisionResult'
  | 'resolutionPublishedOn'
  | 'resolutionPublishedUntil'
  | 'resolutionPublicationResult'
  | 'resultPublishedOn'
  | 'resultPublishedUntil'
  | 'resultPublicationResult'
  | 'cost'
  | 'state'
  | 'note'

export const MATTER_LEDGER_COLUMNS: readonly LedgerColumn<Key>[] = [
  { header: '序号', key: 'no', width: 6, kind: 'number' },
  { header: '事项名称', key: 'title', width: 26, kind: 'text' },
  { header: '事项类别', key: 'tags', width: 18, kind: 'text' },
  { header: '动议事由', key: 'motionSource', width: 12, kind: 'text' },
  { header: '日期', key: 'proposedOn', width: 11, kind: 'date', group: S1 },
  { header: '结果', key: 'proposalResult', width: 14, kind: 'text', group: S1 },
  { header: '日期', key: 'consultedOn', width: 11, kind: 'date', group: S2 },
  { header: '结果', key: 'consultationResult', width: 14, kind: 'text', group: S2 },
  { header: '日期', key: 'reviewedOn', width: 11, kind: 'date', group: S3 },
  { header: '结果', key: 'reviewResult', width: 16, kind: 'text', group: S3 },
  { header: '日期', key: 'decidedOn', width: 11, kind: 'date', group: S4 },
  { header: '会议', key: 'decisionBody', width: 12, kind: 'text', group: S4 },
  { header: '表决结果', key: 'decisionResult', width: 18, kind: 'text', group: S4 },
  { header: '公开日期', key: 'resolutionPublishedOn', width: 11, kind: 'date', group: S5 },
  { header: '截止日期', key: 'resolutionPublishedUntil', width: 11, kind: 'date', group: S5 },
  { header: '公开情况', key: 'resolutionPublicationResult', width: 16, kind: 'text', group: S5 },
  { header: '公开日期', key: 'resultPublishedOn', width: 11, kind: 'date', group: S6 },
  { header: '截止日期', key: 'resultPublishedUntil', width: 11, kind: 'date', group: S6 },
  { header: '公开情况', key: 'resultPublicationResult', width: 16, kind: 'text', group: S6 },
  { header: '实际费用（元）', key: 'cost', width: 12, kind: 'number', numFmt: '#,##0.00' },
  { header: '办理状态', key: 'state', width: 12, kind: 'text' },
  { header: '备注', key: 'note', width: 16, kind: 'text' },
]

function tagLabel(tag: string): string {
  return Object.hasOwn(MATTER_TAG_LABELS, tag) ? MATTER_TAG_LABELS[tag as MatterTag] : tag
}

export async function buildMatterLedger(data: MatterLedgerData, options: LedgerOptions): Promise<Uint8Array> {
  const rows = data.matters.map((m, i) => ({ ...m, no: i + 1, tags: listCell(m.tags.map(tagLabel)) }))
  return oneSheetLedger(
    {
      title: `${options.villageName}${data.period ?? ''}“四议两公开”工作台账`,
      sheetName: MATTER_LEDGER_SHEET,
      columns: MATTER_LEDGER_COLUMNS,
      rows,
      unit: '项',
    },
    options,
  )
}
