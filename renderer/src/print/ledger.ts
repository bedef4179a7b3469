/**
 * 台账 (registers): a generic multi-page table — title, optional subtitle, the header row repeated
 * on every page, rows never split, page numbers on every page. Plain official look: black rules,
 * no zebra striping, no colour; 10.5–12 pt text (五号–小四).
 */
import { A4, lineHeightFor, mm, ZIHAO } from './layout'
import { kinsokuText } from './linebreak'
import type { Content, PrintDocument } from './pdf-types'
import { buildTable, type TableColumn, type TableRow } from './table'

export interface LedgerInput {
  title: string
  subtitle?: string
  columns: readonly TableColumn[]
  rows: readonly TableRow[]
  orientation: 'portrait' | 'landscape'
  /** printed once under the table (e.g. '制表人：×× 审核人：××') */
  footerNote?: string
  /** '第 n 页 共 m 页' (default) or the GB/T 9704 '— n —' */
  pageNumbers?: 'chinese' | 'dashes'
  /** 10.5–12 pt; default 10.5 landscape, 12 portrait */
  fontSize?: number
}

/** Ledger margins: 20 mm all round, 15 mm below the table for the page number. */
export const LEDGER_MARGIN = mm(20)
export const LEDGER_MARGIN_BOTTOM = mm(20)
export const LEDGER_PAGE_NUMBER_OFFSET = mm(6)
export const LEDGER_MIN_FONT = ZIHAO.五号
export const LEDGER_MAX_FONT = ZIHAO.小四

export function ledgerFontSize(input: Pick<LedgerInput, 'fontSize' | 'orientation'>): number {
  const size = input.fontSize ?? (input.orientation === 'landscape' ? LEDGER_MIN_FONT : LEDGER_MAX_FONT)
  return Math.min(LEDGER_MAX_FONT, Math.max(LEDGER_MIN_FONT, size))
}

export function buildLedgerDoc(input: LedgerInput): PrintDocument {
  if (!input.title.trim()) throw new Error('台账标题不能为空')
  const fontSize = ledgerFontSize(input)
  const content: Content[] = [
    {
      text: kinsokuText(input.title.trim()),
      font: 'NotoSerifSC',
      bold: true,
      fontSize: ZIHAO.二号 - 4, // 小二 (18 pt): a register title, smaller than a notice title
      lineHeight: 1.2,
      alignment: 'center',
      margin: [0, 0, 0, input.subtitle ? 4 : 10],
    },
  ]
  if (input.subtitle?.trim()) {
    content.push({ text: kinsokuText(input.subtitle.trim()), fontSize, alignment: 'center', margin: [0, 0, 0, 8] })
  }
  content.push(
    buildTable(input.columns, input.rows, {
      fontSize,
      lineHeight: lineHeightFor('NotoSerifSC', fontSize, fontSize * 1.3),
      availableWidth: ledgerTableWidth(input.orientation),
    }),
  )
  if (input.footerNote?.trim()) {
    content.push({ text: kinsokuText(input.footerNote.trim()), fontSize, margin: [0, 8, 0, 0] })
  }
  return {
    pageSize: 'A4',
    pageOrientation: input.orientation,
    pageMargins: [LEDGER_MARGIN, LEDGER_MARGIN, LEDGER_MARGIN, LEDGER_MARGIN_BOTTOM],
    content,
    defaultStyle: { font: 'NotoSerifSC', bold: false, fontSize, lineHeight: 1.2, color: '#000000' },
    info: { title: input.title.trim(), creator: '乡约', producer: '乡约' },
    language: 'zh-CN',
    frame: {
      kind: 'ledger',
      style: input.pageNumbers ?? 'chinese',
      fontSize,
      marginLeft: LEDGER_MARGIN,
      marginRight: LEDGER_MARGIN,
      offsetTop: LEDGER_PAGE_NUMBER_OFFSET,
    },
  }
}

/** Usable table width of a ledger page, for callers that size columns in pt. */
export function ledgerTableWidth(orientation: 'portrait' | 'landscape'): number {
  return (orientation === 'landscape' ? A4.height : A4.width) - 2 * LEDGER_MARGIN
}
