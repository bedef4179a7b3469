/**
 * 台账 sheet writer: the one layout every Excel ledger (台账) we hand to the township uses.
 *
 * Input:  addLedgerSheet(workbook, {
 *           title, subtitle?, sheetName?,
 *           columns: [{ header, key, width, kind: 'text' | 'date' | 'number', group?, numFmt?, wrap? }],
 *           rows: [{ [key]: string | number | null | undefined }],
 *           autoFilter?: boolean (default true) })
 * Output: { sheet, firstHeaderRow, headerRow, firstDataRow } (1-based row numbers), the sheet added
 *         to `workbook`; `workbookBytes(workbook)` then gives the .xlsx bytes.
 *
 * The sheet, top to bottom: the title (merged across all columns, bold 16pt), an optional subtitle
 * line (merged: village, export time, masking notice), the header (one row; two when some columns
 * carry a `group`, e.g. “①村党组织提议” over 日期 | 结果, the way township forms are drawn), then one
 * row per record. Header frozen (冻结窗格), autofilter on the header, thin borders on every cell,
 * A4 landscape, fit to one page wide, the header row(s) repeated on every printed page
 * (打印标题行), page numbers in the footer.
 *
 * Cells by column kind:
 * - text: always a string (a number is written as its text), column and cell formatted '@' so an
 *   ID or 户号 typed later stays text, and passed through formulaSafe (防公式注入, issue 6).
 * - date: a 'YYYY-MM-DD' string becomes a REAL Excel date (serial number) shown as yyyy-mm-dd.
 *   Why not text: townships sort and filter these sheets by date. Excel and WPS group a date
 *   column's filter into 年/月/日 and offer 日期筛选 (之前/之后/介于/本月/上季度) only for real
 *   dates; text dates sort correctly only while every cell keeps exactly that form, and a date the
 *   township types into the sheet later would sort apart from them. The display is the same ten
 *   characters either way. The serial comes from calendar.dayNumber (integer days, no Date, no
 *   time zone), so 2026-03-01 is 2026-03-01 on every PC. Anything that is not a real calendar date
 *   (or lies before 1900-03-01, where Excel's 1900 leap-year bug shifts serials) is written as
 *   formula-safe text instead of being lost.
 * - number: a finite number as a number (optional numFmt, e.g. '0.0%'); a string is written as
 *   formula-safe text ('—', '未填'), never parsed.
 */
import type ExcelJS from 'exceljs'
import { dayNumber, parseIsoDate } from '@/domain/calendar/calendar'
import { formulaSafe } from './formulaSafe'

export { workbookBytes } from '@/exchange/roster/layout'

export type LedgerColumnKind = 'text' | 'date' | 'number'

export interface LedgerColumn<K extends string = string> {
  /** 表头, Chinese. */
  header: string
  key: K
  /** Excel column width (characters; a CJK character counts about 2). */
  width: number
  kind: LedgerColumnKind
  /** Upper header over consecutive columns with the same group (two-row header). */
  group?: string
  /** Number format for kind 'number' (default: General). */
  numFmt?: string
  /** Wrap long text (default true for text columns). */
  wrap?: boolean
}

export type LedgerCell = string | number | null | undefined

export interface LedgerSheetSpec<K extends string = string> {
  title: string
  subtitle?: string
  /** Sheet tab name; default: the title, cut to Excel's 31 characters. */
  sheetName?: string
  columns: readonly LedgerColumn<K>[]
  rows: readonly Partial<Record<K, LedgerCell>>[]
  /** 自动筛选 on the (last) header row; default true. */
  autoFilter?: boolean
}

export interface LedgerSheet {
  sheet: ExcelJS.Worksheet
  firstHeaderRow: number
  /** The last header row: the one that holds each column's own header. */
  headerRow: number
  firstDataRow: number
}

export const DATE_FORMAT = 'yyyy-mm-dd'
export const TEXT_FORMAT = '@'

export const THIN_BORDER: ExcelJS.Border = { style: 'thin', color: { argb: 'FF999999' } }
export const CELL_BOX: Partial<ExcelJS.Borders> = { top: THIN_BORDER, left: THIN_BORDER, bottom: THIN_BORDER, right: THIN_BORDER }
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFEFEF' } }

/** A4 (paperSize 9), landscape, one page wide and as many pages tall as needed. */
export const A4_LANDSCAPE_FIT_WIDTH: Partial<ExcelJS.PageSetup> = {
  paperSize: 9,
  orientation: 'landscape',
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
  horizontalCentered: true,
  margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
}

/** '第 1 页，共 3 页', centred at the foot of every printed page. */
export const PAGE_NUMBER_FOOTER = '&C第 &P 页，共 &N 页'

/** Excel serial of 1970-01-01 in the 1900 date system. */
const EXCEL_EPOCH_1970 = 25569
/** Serial 61 = 1900-03-01: below it Excel's phantom 1900-02-29 shifts every serial by a day. */
const FIRST_SAFE_SERIAL = 61

/** 'YYYY-MM-DD' → Excel serial day number, or null when it is not a real date Excel can show. */
export function excelDateSerial(iso: string): number | null {
  const ymd = parseIsoDate(iso)
  if (!ymd) return null
  const serial = dayNumber(ymd) + EXCEL_EPOCH_1970
  return serial >= FIRST_SAFE_SERIAL ? serial : null
}

const INVALID_SHEET_NAME_CHARS = /[\\/?*[\]:]/g

/** Excel refuses a tab name over 31 characters or with \ / ? * [ ] : in it. */
export function safeSheetName(name: string): string {
  const cleaned = name
    .replace(INVALID_SHEET_NAME_CHARS, '_')
    .replace(/^'+|'+$/g, '')
    .trim()
  return Array.from(cleaned).slice(0, 31).join('') || 'Sheet1'
}

/**
 * exceljs treats a width of exactly 9 (its DEFAULT_COLUMN_WIDTH) on an unstyled column as “no
 * width” and leaves the column out of <cols>, so Excel would draw it at its own default (8.43).
 * A hair more keeps the width we asked for.
 */
function writtenWidth(width: number): number {
  return width === 9 ? 9.01 : width
}

/** A merged full-width line (title or subtitle). */
function addBannerRow(sheet: ExcelJS.Worksheet, row: number, width: number, text: string, style: 'title' | 'subtitle'): void {
  if (width > 1) sheet.mergeCells(row, 1, row, width)
  const cell = sheet.getCell(row, 1)
  cell.value = formulaSafe(text)
  if (style === 'title') {
    cell.font = { bold: true, size: 16 }
    cell.alignment = { horizontal: 'center', vertical: 'middle' }
    sheet.getRow(row).height = 28
  } else {
    cell.font = { size: 10, color: { argb: 'FF666666' } }
    cell.alignment = { horizontal: 'left', vertical: 'middle', wrapText: true }
  }
}

function styleHeaderCell(cell: ExcelJS.Cell, text: string): void {
  cell.value = formulaSafe(text)
  cell.font = { bold: true }
  cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }
  cell.fill = HEADER_FILL
  cell.border = CELL_BOX
}

/** Writes the header; returns the last header row. Two rows when any column has a group. */
function addHeader(sheet: ExcelJS.Worksheet, first: number, columns: readonly LedgerColumn[]): number {
  const grouped = columns.some((c) => c.group !== undefined)
  if (!grouped) {
    columns.forEach((c, i) => styleHeaderCell(sheet.getCell(first, i + 1), c.header))
    sheet.getRow(first).height = 22
    return first
  }
  const second = first + 1
  let i = 0
  while (i < columns.length) {
    const group = columns[i]!.group
    if (group === undefined) {
      styleHeaderCell(sheet.getCell(first, i + 1), columns[i]!.header)
      styleHeaderCell(sheet.getCell(second, i + 1), columns[i]!.header)
      sheet.mergeCells(first, i + 1, second, i + 1)
      i++
      continue
    }
    let end = i
    while (end + 1 < columns.length && columns[end + 1]!.group === group) end++
    for (let j = i; j <= end; j++) {
      styleHeaderCell(sheet.getCell(first, j + 1), group)
      styleHeaderCell(sheet.getCell(second, j + 1), columns[j]!.header)
    }
    if (end > i) sheet.mergeCells(first, i + 1, first, end + 1)
    i = end + 1
  }
  sheet.getRow(first).height = 22
  sheet.getRow(second).height = 22
  return second
}

function writeCell(cell: ExcelJS.Cell, column: LedgerColumn, value: LedgerCell): void {
  cell.border = CELL_BOX
  const wrap = column.wrap ?? column.kind === 'text'
  cell.alignment = { vertical: 'middle', horizontal: column.kind === 'text' ? 'left' : 'center', wrapText: wrap }
  if (value === null || value === undefined || value === '') {
    if (column.kind === 'text') cell.numFmt = TEXT_FORMAT
    return
  }
  if (column.kind === 'date' && typeof value === 'string') {
    const serial = excelDateSerial(value)
    if (serial !== null) {
      cell.value = serial
      cell.numFmt = DATE_FORMAT
      return
    }
  }
  if (column.kind === 'number' && typeof value === 'number') {
    if (Number.isFinite(value)) {
      cell.value = value
      if (column.numFmt) cell.numFmt = column.numFmt
    }
    return
  }
  // Text, and whatever does not fit its column's kind: a formula-safe string, never a formula.
  cell.value = formulaSafe(String(value))
  cell.numFmt = TEXT_FORMAT
}

/** Adds one ledger sheet laid out as described at the top of this file. */
export function addLedgerSheet<K extends string>(workbook: ExcelJS.Workbook, spec: LedgerSheetSpec<K>): LedgerSheet {
  const columns = spec.columns as readonly LedgerColumn[]
  if (columns.length === 0) throw new RangeError('台账至少要有一列')
  const sheet = workbook.addWorksheet(safeSheetName(spec.sheetName ?? spec.title), { pageSetup: { ...A4_LANDSCAPE_FIT_WIDTH } })
  const width = columns.length
  sheet.columns = columns.map((c) => ({
    key: c.key,
    width: writtenWidth(c.width),
    style: c.kind === 'text' ? { numFmt: TEXT_FORMAT } : c.kind === 'date' ? { numFmt: DATE_FORMAT } : {},
  }))

  let r = 1
  addBannerRow(sheet, r++, width, spec.title, 'title')
  if (spec.subtitle !== undefined) addBannerRow(sheet, r++, width, spec.subtitle, 'subtitle')

  const firstHeaderRow = r
  const headerRow = addHeader(sheet, firstHeaderRow, columns)
  const firstDataRow = headerRow + 1

  spec.rows.forEach((data, index) => {
    const row = sheet.getRow(firstDataRow + index)
    columns.forEach((c, i) => writeCell(row.getCell(i + 1), c, (data as Record<string, LedgerCell>)[c.key]))
  })

  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: headerRow, topLeftCell: `A${firstDataRow}`, activeCell: `A${firstDataRow}` }]
  if (spec.autoFilter ?? true) {
    sheet.autoFilter = {
      from: { row: headerRow, column: 1 },
      to: { row: headerRow + Math.max(spec.rows.length, 1), column: width },
    }
  }
  sheet.pageSetup.printTitlesRow = `${firstHeaderRow}:${headerRow}`
  sheet.headerFooter = { oddFooter: PAGE_NUMBER_FOOTER, evenFooter: PAGE_NUMBER_FOOTER }
  return { sheet, firstHeaderRow, headerRow, firstDataRow }
}
