/**
 * Test support: opens a produced .xlsx the way the township would (exceljs reading the bytes back,
 * plus the raw sheet XML), so ledger tests check the file, not the objects that made it.
 */
import ExcelJS from 'exceljs'
import { strFromU8, unzipSync } from 'fflate'

export interface OpenedLedger {
  workbook: ExcelJS.Workbook
  sheet: ExcelJS.Worksheet
  /** Every cell's text (dates as written, numbers as digits), row by row, for scanning. */
  allText: string[]
  /** The XML of every worksheet part, to prove no <f> (formula) element was written. */
  sheetXml: string[]
}

export async function openLedger(bytes: Uint8Array): Promise<OpenedLedger> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer)
  const sheet = workbook.worksheets[0]
  if (!sheet) throw new Error('no worksheet')
  const allText: string[] = []
  sheet.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      allText.push(cellText(cell))
    }),
  )
  const files = unzipSync(bytes)
  const sheetXml = Object.entries(files)
    .filter(([name]) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name))
    .map(([, data]) => strFromU8(data))
  return { workbook, sheet, allText, sheetXml }
}

export function cellText(cell: ExcelJS.Cell): string {
  const v = cell.value
  if (v === null || v === undefined) return ''
  if (v instanceof Date) return v.toISOString().slice(0, 10)
  if (typeof v === 'object') return JSON.stringify(v)
  return String(v)
}

/** Values of one row as text, columns 1…n. */
export function rowTexts(sheet: ExcelJS.Worksheet, row: number, n = sheet.columnCount): string[] {
  return Array.from({ length: n }, (_, i) => cellText(sheet.getCell(row, i + 1)))
}

/** Cells exceljs reads back as formulas (type Formula or a { formula } value). */
export function formulaCells(sheet: ExcelJS.Worksheet): string[] {
  const found: string[] = []
  sheet.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      const v = cell.value as unknown
      if (cell.type === ExcelJS.ValueType.Formula || (typeof v === 'object' && v !== null && ('formula' in v || 'sharedFormula' in v)))
        found.push(cell.address)
    }),
  )
  return found
}

/** Number of rows below the header that hold anything. */
export function dataRowCount(sheet: ExcelJS.Worksheet, headerRow: number): number {
  let n = 0
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    if (number > headerRow) n++
  })
  return n
}
