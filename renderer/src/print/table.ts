/**
 * Plain official tables (名单 in a 公示, 台账 rows): thin black rules, header in 黑体 substitute,
 * header row repeated on every page, rows never split across pages.
 */
import { kinsokuText } from './linebreak'
import type { Alignment, ContentTable, TableCell } from './pdf-types'

export interface TableColumn {
  header: string
  key: string
  /** pt, '*' (share the rest) or 'auto' (fit content); default '*' */
  width?: number | '*' | 'auto'
  align?: 'left' | 'center' | 'right'
  /** keep each cell on one line (masked numbers, dates); the column widens instead */
  noWrap?: boolean
}

export type TableRow = Readonly<Record<string, string | number | null | undefined>>

export interface TableOptions {
  fontSize: number
  lineHeight?: number
}

export function cellText(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return ''
  return typeof value === 'number' ? String(value) : value
}

export function buildTable(columns: readonly TableColumn[], rows: readonly TableRow[], options: TableOptions): ContentTable {
  if (columns.length === 0) throw new Error('表格至少需要一列')
  const lineHeight = options.lineHeight ?? 1.15
  const header: TableCell[] = columns.map((c) => ({
    text: c.header,
    font: 'NotoSansSC',
    bold: true,
    alignment: 'center',
    fontSize: options.fontSize,
    lineHeight,
    noWrap: true,
  }))
  const body: TableCell[][] = rows.map((row) =>
    columns.map((c) => {
      const text = cellText(row[c.key])
      const alignment: Alignment = c.align ?? 'left'
      return c.noWrap
        ? { text, alignment, fontSize: options.fontSize, lineHeight, noWrap: true }
        : { text: kinsokuText(text), alignment, fontSize: options.fontSize, lineHeight }
    }),
  )
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: columns.map((c) => c.width ?? '*'),
      body: [header, ...body],
    },
    layout: 'gbTable',
  }
}
