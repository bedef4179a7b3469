/**
 * A people list on paper: the 台账 frame (print/ledger.ts: 20 mm margins, header row repeated on
 * every page, rows never split, '第 n 页 共 m 页') with the list cut into sections — one per
 * 村民小组 or 网格 — each under its own heading with its count. Pure: data in, PrintDocument out.
 */
import { lineHeightFor, ZIHAO } from '../layout'
import { buildLedgerDoc, ledgerFontSize, ledgerTableWidth } from '../ledger'
import { kinsokuText } from '../linebreak'
import type { Content, PrintDocument } from '../pdf-types'
import { buildTable, type TableColumn, type TableRow } from '../table'

export interface ListSection {
  /** '第一村民小组（32人）'; absent for a list in one piece */
  heading?: string
  rows: readonly TableRow[]
}

export interface PeopleSheetInput {
  title: string
  subtitle: string
  columns: readonly TableColumn[]
  sections: readonly ListSection[]
  orientation: 'portrait' | 'landscape'
  footerNote: string
}

export function buildPeopleSheet(input: PeopleSheetInput): PrintDocument {
  const first = input.sections[0]
  const base = buildLedgerDoc({
    title: input.title,
    subtitle: input.subtitle,
    columns: input.columns,
    rows: input.sections.length === 1 && first && !first.heading ? first.rows : [],
    orientation: input.orientation,
    footerNote: input.footerNote,
  })
  if (input.sections.length === 1 && !first?.heading) return base
  const fontSize = ledgerFontSize(input)
  const [title, subtitle] = base.content as Content[]
  const content: Content[] = [title!, subtitle!]
  for (const [i, s] of input.sections.entries()) {
    content.push({
      text: kinsokuText(s.heading ?? ''),
      font: 'NotoSerifSC',
      bold: true,
      fontSize: ZIHAO.四号,
      margin: [0, i === 0 ? 4 : 12, 0, 4],
    })
    content.push(
      buildTable(input.columns, s.rows, {
        fontSize,
        lineHeight: lineHeightFor('NotoSerifSC', fontSize, fontSize * 1.3),
        availableWidth: ledgerTableWidth(input.orientation),
      }),
    )
  }
  content.push({ text: kinsokuText(input.footerNote), fontSize, margin: [0, 8, 0, 0] })
  return { ...base, content }
}
