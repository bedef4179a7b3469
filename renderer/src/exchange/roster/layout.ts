/**
 * The 花名册 sheet as we write it — shared by the template and the export so that whatever we
 * write, the import reads back: a merged title row, optional merged note row, the header row,
 * then data. Text columns are formatted '@' for the whole column, so a number typed or pasted
 * later stays text (an 18-digit ID typed into a General cell loses its last three digits).
 */
import type ExcelJS from 'exceljs'
import { formulaSafe } from '@/exchange/spreadsheet/formulaSafe'
import { ROSTER_COLUMNS, type RosterColumnKey } from './columns'

export type RosterCells = Record<RosterColumnKey, string>

export interface RosterSheetSpec {
  title: string
  /** A line under the title (e.g. the masking notice); omitted when undefined. */
  note?: string
  rows: RosterCells[]
  /** Rows drawn in grey italics (the template's example row), by index into `rows`. */
  exampleRows?: ReadonlySet<number>
  /** Data validation drop-downs for 与户主关系 and 状态 on this many blank rows (template only). */
  dropDownRows?: number
  freezeHeader?: boolean
  autoFilter?: boolean
}

export const ROSTER_SHEET_NAME = '花名册'

const THIN: ExcelJS.Border = { style: 'thin', color: { argb: 'FF999999' } }
const BOX: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN }

/** Adds the sheet; returns the 1-based header row number. */
export function addRosterSheet(workbook: ExcelJS.Workbook, spec: RosterSheetSpec): number {
  const sheet = workbook.addWorksheet(ROSTER_SHEET_NAME, {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  })
  const width = ROSTER_COLUMNS.length
  sheet.columns = ROSTER_COLUMNS.map((c) => ({
    key: c.key,
    width: c.width,
    style: c.text ? { numFmt: '@' } : {},
  }))

  let r = 1
  sheet.mergeCells(r, 1, r, width)
  const title = sheet.getCell(r, 1)
  title.value = spec.title
  title.font = { bold: true, size: 16 }
  title.alignment = { horizontal: 'center', vertical: 'middle' }
  sheet.getRow(r).height = 28
  r++

  if (spec.note !== undefined) {
    sheet.mergeCells(r, 1, r, width)
    const note = sheet.getCell(r, 1)
    note.value = spec.note
    note.font = { size: 10, color: { argb: 'FF666666' } }
    note.alignment = { horizontal: 'left', vertical: 'middle', wrapText: true }
    r++
  }

  const headerRow = r
  const header = sheet.getRow(headerRow)
  ROSTER_COLUMNS.forEach((c, i) => {
    const cell = header.getCell(i + 1)
    cell.value = c.header
    cell.font = { bold: true }
    cell.alignment = { horizontal: 'center', vertical: 'middle' }
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFEFEF' } }
    cell.border = BOX
  })
  header.height = 20

  spec.rows.forEach((data, index) => {
    const row = sheet.getRow(headerRow + 1 + index)
    ROSTER_COLUMNS.forEach((c, i) => {
      const cell = row.getCell(i + 1)
      // Always a string: never let an ID or 户号 become a number on the way out, nor a formula.
      cell.value = formulaSafe(data[c.key])
      if (c.text) cell.numFmt = '@'
      cell.border = BOX
      if (spec.exampleRows?.has(index)) cell.font = { italic: true, color: { argb: 'FF808080' } }
    })
  })

  if (spec.dropDownRows) {
    const first = headerRow + 1
    const last = headerRow + spec.dropDownRows
    const list = (key: RosterColumnKey, values: string) => {
      const col = ROSTER_COLUMNS.findIndex((c) => c.key === key) + 1
      for (let rr = first; rr <= last; rr++) {
        // Drop-down as a help only: the import also reads 儿子/妻子/…, so typing stays allowed.
        sheet.getCell(rr, col).dataValidation = { type: 'list', allowBlank: true, formulae: [`"${values}"`], showErrorMessage: false }
      }
    }
    list('relation', '户主,配偶,子,女,父母,祖父母,孙子女,外孙子女,兄弟姐妹,儿媳,女婿,其他')
    list('status', '在册,迁出,死亡')
  }

  if (spec.freezeHeader) sheet.views = [{ state: 'frozen', ySplit: headerRow, xSplit: 0 }]
  if (spec.autoFilter) {
    sheet.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow + Math.max(spec.rows.length, 1), column: width } }
  }
  sheet.pageSetup.printTitlesRow = `${headerRow}:${headerRow}`
  return headerRow
}

export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  const out: unknown = await workbook.xlsx.writeBuffer()
  // node gives a Buffer (a Uint8Array); the browser build an ArrayBuffer.
  return out instanceof Uint8Array ? new Uint8Array(out.buffer, out.byteOffset, out.byteLength) : new Uint8Array(out as ArrayBuffer)
}
