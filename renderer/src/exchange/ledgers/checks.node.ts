/**
 * Test support for the ledgers: open the produced bytes with exceljs and check what every 台账
 * must have (issue 15 item 3) — title, headers, data rows, frozen header, A4 landscape print
 * setup with the header repeated, no formula anywhere, and (masked) no full ID or mobile number
 * in any cell.
 */
import type ExcelJS from 'exceljs'
import { expect } from 'vitest'
import { findUnmaskedPersonalNumbers } from '@/domain/people/masking'
import { dataRowCount, formulaCells, openLedger, rowTexts, type OpenedLedger } from '@/exchange/spreadsheet/readLedger.node'

export interface ExpectedLedger {
  sheetName: string
  title: string
  /** The columns' own headers (the last header row), left to right. */
  headers: string[]
  /** The group header row above, when the sheet has two header rows. */
  groupHeaders?: string[]
  rows: number
}

export interface CheckedLedger extends OpenedLedger {
  headerRow: number
  firstDataRow: number
  /** Text of data row i (0-based), every column. */
  row: (i: number) => string[]
  /** The cell of data row i under `header` (first match among the column headers). */
  cell: (i: number, header: string) => ExcelJS.Cell
}

export async function checkLedger(bytes: Uint8Array, expected: ExpectedLedger): Promise<CheckedLedger> {
  const opened = await openLedger(bytes)
  const { sheet } = opened
  const headerRow = expected.groupHeaders ? 4 : 3
  const n = expected.headers.length
  expect(sheet.name).toBe(expected.sheetName)
  expect(sheet.getCell(1, 1).value).toBe(expected.title)
  expect(sheet.getCell(1, n).isMerged).toBe(true)
  expect(String(sheet.getCell(2, 1).value)).toMatch(/^导出时间：/)
  if (expected.groupHeaders) expect(rowTexts(sheet, 3, n)).toEqual(expected.groupHeaders)
  expect(rowTexts(sheet, headerRow, n)).toEqual(expected.headers)
  expect(sheet.getCell(headerRow, n + 1).value).toBeNull()
  expect(dataRowCount(sheet, headerRow)).toBe(expected.rows)
  expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: headerRow })
  expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1 })
  expect(sheet.pageSetup.printTitlesRow).toBe(`3:${headerRow}`)
  for (let c = 1; c <= n; c++) expect(sheet.getColumn(c).width).toBeGreaterThan(0)
  expect(formulaCells(sheet)).toEqual([])
  for (const xml of opened.sheetXml) expect(xml).not.toMatch(/<f[ >]/)
  const firstDataRow = headerRow + 1
  const column = (header: string) => {
    const i = expected.headers.indexOf(header)
    if (i < 0) throw new Error(`no column ${header}`)
    return i + 1
  }
  return {
    ...opened,
    headerRow,
    firstDataRow,
    row: (i) => rowTexts(sheet, firstDataRow + i, n),
    cell: (i, header) => sheet.getCell(firstDataRow + i, column(header)),
  }
}

/** Every full ID / mobile number found in any cell of the sheet. */
export function unmaskedNumbers(ledger: OpenedLedger): string[] {
  return ledger.allText.flatMap((t) => findUnmaskedPersonalNumbers(t))
}

/** Text cells that begin with = + - @ without the apostrophe mark: must be none. */
export function unmarkedFormulaText(ledger: OpenedLedger): string[] {
  return ledger.allText.filter((t) => /^[=+\-@\t\r]/.test(t))
}
