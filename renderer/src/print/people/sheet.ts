/**
 * A people list on paper: the 台账 frame (print/ledger.ts: 20 mm margins, header row repeated on
 * every page, rows never split, '第 n 页 共 m 页') with the list cut into sections — one per
 * 村民小组 or 网格 — each under its own heading with its count, kept with its first rows and repeated
 * on every page the section runs onto. Pure: data in, PrintDocument out.
 */
import { lineHeightFor, ZIHAO } from '../layout'
import { buildLedgerDoc, ledgerFontSize, ledgerTableWidth } from '../ledger'
import { kinsokuText } from '../linebreak'
import type { Content, ContentTable, PrintDocument } from '../pdf-types'
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
    const table = buildTable(input.columns, s.rows, {
      fontSize,
      lineHeight: lineHeightFor('NotoSerifSC', fontSize, fontSize * 1.3),
      availableWidth: ledgerTableWidth(input.orientation),
    })
    content.push(withHeadingRow(table, s.heading ?? '', input.columns.length, i === 0))
  }
  content.push({ text: kinsokuText(input.footerNote), fontSize, margin: [0, 8, 0, 0] })
  return { ...base, content }
}

/** A heading is never left alone at the foot of a page: it goes over with at least this many of its rows. */
export const SECTION_KEEP_ROWS = 2

/**
 * The section's heading as the table's first header row, one cell across all columns. pdfmake then
 * keeps the header rows with the first rows (keepWithHeaderRows: the heading cannot stay behind
 * alone at a page foot, the trap of a heading printed as a paragraph before its table) and repeats
 * the heading with the column header on every page the section runs onto, so a continued page
 * still says which 村民小组 or 网格 it lists. Declarative, so it crosses into the PDF worker as is.
 */
function withHeadingRow(table: ContentTable, heading: string, columnCount: number, first: boolean): ContentTable {
  const headingCell = {
    text: kinsokuText(heading),
    font: 'NotoSerifSC',
    bold: true,
    fontSize: ZIHAO.四号,
    alignment: 'left' as const,
    colSpan: columnCount,
  }
  const rows = table.table.body.length - 1
  return {
    ...table,
    margin: [0, first ? 4 : 12, 0, 0],
    table: {
      ...table.table,
      headerRows: 2,
      keepWithHeaderRows: Math.min(SECTION_KEEP_ROWS, rows),
      body: [[headingCell, ...Array.from({ length: columnCount - 1 }, () => ({}))], ...table.table.body],
    },
  }
}
