/**
 * 读取花名册 .xlsx：找表头、按表头取列、逐行读出文字。只读不判：对错由 validate.ts 决定。
 *
 * Secretaries' files rarely start at A1: there is a title (often merged), a blank row, sometimes
 * a “填表单位” line, then the header. So the first 15 rows of each sheet are scanned for a row that
 * names at least 姓名 and the ID column; the first sheet that has one is read. Unknown columns
 * (序号、性别、民族…) are ignored and listed. Cells merged down a household (户号、村民小组) read
 * as the merged value on every row, as Excel shows them.
 *
 * The cells are read by spreadsheet/readXlsx.ts from the parts the preflight has already inflated
 * and bounded (one inflation, no cell objects): exceljs took most of a 10,000-row import's wait.
 * cellText still turns an exceljs value into the same CellText, for tests that read files back.
 */
import type ExcelJS from 'exceljs'
import { compactHalfWidth, toHalfWidth } from '@/domain/text/normalize'
import { matchHeader, normaliseName, ROSTER_COLUMNS, type RosterColumnKey } from './columns'
import { readFormulaSafe } from '@/exchange/spreadsheet/formulaSafe'
import {
  openXlsx,
  XlsxReadError,
  type CellKind,
  type CellText,
  type XlsxBook,
  type XlsxRow,
  type XlsxSheet,
} from '@/exchange/spreadsheet/readXlsx'
import { IMPORT_LIMITS, isWorksheetPart, preflightXlsx } from './preflight'
import { RosterFileError } from './fileError'

export type { CellKind, CellText }

/** One data row as read, every field a (normalised) string, '' when empty. */
export interface RosterSheetRow {
  /** 1-based Excel row number, as the secretary sees it at the left of the sheet. */
  row: number
  householdNo: string
  relation: string
  name: string
  idNumber: string
  /** Half-width and trimmed but not compacted: a cell may hold several numbers (see phone.ts). */
  phone: string
  groupName: string
  status: string
  note: string
  /** Problems found while reading the cells (e.g. an ID stored as a number), in Chinese. */
  cellProblems: CellProblem[]
}

/** A cell that cannot be trusted for what it holds (its type, or a formula), named by its column. */
export interface CellProblem {
  key: RosterColumnKey
  message: string
}

export interface RosterColumnFound {
  key: RosterColumnKey
  header: string
  /** 1-based column number */
  column: number
}

export interface IgnoredColumn {
  header: string
  column: number
}

export interface ParsedRoster {
  sheetName: string
  /** 1-based row number of the header row */
  headerRow: number
  columns: RosterColumnFound[]
  /** 已忽略的列: header cells that name none of our columns (or repeat one already taken). */
  ignoredColumns: IgnoredColumn[]
  rows: RosterSheetRow[]
}

export type ProgressFn = (done: number, total: number) => void

const HEADER_SCAN_ROWS = 15
const PROGRESS_EVERY = 500
/**
 * Excel keeps 15 significant digits of a number, so an 18-digit ID typed into a General cell
 * comes back as 4.11381199001011E+17 with the last digits gone. 15-digit legacy numbers still fit.
 */
const NUMBER_LOST_DIGITS = 1e15

type CellValue = ExcelJS.CellValue

function pad2(n: number): string {
  return String(n).padStart(2, '0')
}

function numberText(n: number): string {
  // Integers print without exponent up to 1e21; a fraction keeps its natural form.
  return Number.isInteger(n) ? n.toFixed(0) : String(n)
}

const EMPTY: CellText = { text: '', kind: 'empty' }

export function cellText(value: CellValue): CellText {
  if (value === null || value === undefined) return EMPTY
  if (typeof value === 'string') return { text: readFormulaSafe(value), kind: 'text' }
  if (typeof value === 'number') return { text: numberText(value), kind: 'number', number: value }
  if (typeof value === 'boolean') return { text: value ? 'TRUE' : 'FALSE', kind: 'boolean' }
  if (value instanceof Date) {
    // exceljs reads Excel serial dates as UTC midnight; an invalid one (serial out of range) is still a date.
    const text = Number.isNaN(value.getTime())
      ? ''
      : `${value.getUTCFullYear()}-${pad2(value.getUTCMonth() + 1)}-${pad2(value.getUTCDate())}`
    return { text, kind: 'date' }
  }
  if ('richText' in value) return { text: value.richText.map((r) => r.text).join(''), kind: 'text' }
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as ExcelJS.CellFormulaValue).result
    return { ...(result === undefined ? EMPTY : cellText(result as CellValue)), formula: true }
  }
  if ('error' in value) return { text: String(value.error), kind: 'error' }
  if ('hyperlink' in value) return cellText((value as ExcelJS.CellHyperlinkValue).text as CellValue)
  return EMPTY
}

/** Columns whose value is words: a logical value, an error or a date there is never what was meant. */
const TEXT_KEYS: ReadonlySet<RosterColumnKey> = new Set(['name', 'householdNo', 'relation', 'groupName', 'idNumber'])
/** Columns where a number is wrong too: 0012 typed in a General cell comes back as 12. */
const NO_NUMBER_KEYS: ReadonlySet<RosterColumnKey> = new Set(['name', 'householdNo'])
/** A stale cached result must not become a person or an ID (the secretary never sees it recomputed). */
const NO_FORMULA_KEYS: ReadonlySet<RosterColumnKey> = new Set(['name', 'idNumber'])

export const FORMULA_CELL = '该单元格是公式，已按其上次计算结果读取，请改为直接填写'

/** Why this cell's value cannot be taken as the column's text, or null. */
export function cellTypeProblem(key: RosterColumnKey, cell: CellText): string | null {
  if (cell.formula && NO_FORMULA_KEYS.has(key)) return FORMULA_CELL
  if (TEXT_KEYS.has(key)) {
    if (cell.kind === 'boolean') return `该单元格是Excel的逻辑值（${cell.text}），不是文字，请改为直接填写`
    if (cell.kind === 'error') return `该单元格是Excel的错误值（${cell.text}），请改为直接填写`
    if (cell.kind === 'date') return '该单元格是日期格式，不是文字，请把该列设为文本后重新填写'
  }
  if (cell.kind === 'number' && NO_NUMBER_KEYS.has(key)) {
    return key === 'householdNo'
      ? `户号被Excel存成了数字（${cell.text}，前导0会丢失），请把该列设为文本后重新填写`
      : '该单元格是数字，不是姓名，请核对'
  }
  return null
}

function isXlsBinary(bytes: Uint8Array): boolean {
  // OLE2 compound document: the pre-2007 .xls (also WPS .et)
  return bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0
}

const NOT_READABLE = '无法读取这个文件：请选择 Excel 的 .xlsx 文件（文件可能已损坏，或不是 Excel 文件）。'

/** The workbook's sheets, after the preflight (preflight.ts) has bounded the file. */
export function loadWorkbook(bytes: Uint8Array): XlsxBook {
  if (isXlsBinary(bytes)) {
    throw new RosterFileError('这是旧版 .xls 文件。请在 Excel 或 WPS 中打开，“另存为” .xlsx 格式后再导入。')
  }
  // Bounded before any cell is read: size when inflated, rows, merges (preflight.ts).
  const parts = preflightXlsx(bytes)
  try {
    return openXlsx(parts, { maxRows: IMPORT_LIMITS.maxRows, maxMergedCells: IMPORT_LIMITS.maxMergedCells, sheetPart: isWorksheetPart })
  } catch (err) {
    // only what the reader refuses is the file's fault; anything else is a bug and must show (fuzz.test.ts)
    if (err instanceof XlsxReadError) throw new RosterFileError(NOT_READABLE)
    throw err
  }
}

/** One sheet's cells; a sheet that cannot be read is refused in Chinese. */
function readSheet(sheet: { read(): XlsxSheet }): XlsxSheet {
  try {
    return sheet.read()
  } catch (err) {
    if (err instanceof XlsxReadError && err.tooManyRows) {
      throw new RosterFileError(
        `工作表的行数超过一个村花名册可能的${IMPORT_LIMITS.maxRows.toLocaleString('zh-CN')}行，未导入。请检查是否选错了文件。`,
      )
    }
    if (err instanceof XlsxReadError) throw new RosterFileError(NOT_READABLE)
    throw err
  }
}

/** Text as we exported it: our own '=… mark (formulaSafe.ts) taken off again. */
function unmarked(cell: CellText): CellText {
  return cell.kind === 'text' && cell.text.startsWith("'") ? { ...cell, text: readFormulaSafe(cell.text) } : cell
}

interface HeaderMatch {
  row: number
  columns: RosterColumnFound[]
  ignoredColumns: IgnoredColumn[]
}

function findHeader(sheet: XlsxSheet): HeaderMatch | null {
  for (const row of sheet.rows) {
    if (row.number > HEADER_SCAN_ROWS) break
    const columns: RosterColumnFound[] = []
    const ignoredColumns: IgnoredColumn[] = []
    const taken = new Set<RosterColumnKey>()
    row.cells.forEach((cell, c) => {
      // A header merged across columns reads on every merged cell; count it once.
      if (!cell || row.slaves?.has(c)) return
      const header = unmarked(cell).text.trim()
      if (!header) return
      const key = matchHeader(header)
      if (key && !taken.has(key)) {
        taken.add(key)
        columns.push({ key, header, column: c })
      } else {
        ignoredColumns.push({ header: header.replace(/\s+/g, ' '), column: c })
      }
    })
    if (taken.has('name') && taken.has('idNumber')) return { row: row.number, columns, ignoredColumns }
  }
  return null
}

/** Reads the workbook's roster sheet. Throws RosterFileError (Chinese message) when there is none. */
export async function parseRosterWorkbook(bytes: Uint8Array, onProgress?: ProgressFn): Promise<ParsedRoster> {
  const workbook = loadWorkbook(bytes)
  for (const { name, read } of workbook.sheets) {
    const sheet = readSheet({ read })
    const header = findHeader(sheet)
    if (!header) continue

    const present = new Set(header.columns.map((c) => c.key))
    const missing = ROSTER_COLUMNS.filter((c) => c.requiredColumn && !present.has(c.key)).map((c) => `“${c.header}”`)
    if (missing.length > 0) {
      throw new RosterFileError(`工作表“${name}”第${header.row}行的表头缺少${missing.join('、')}列。请对照导入模板补上这些列后再导入。`)
    }
    return {
      sheetName: name,
      headerRow: header.row,
      columns: header.columns,
      ignoredColumns: header.ignoredColumns,
      rows: readRows(sheet, header, onProgress),
    }
  }
  throw new RosterFileError('没有找到花名册的表头：前15行中应有一行同时写着“姓名”和“公民身份号码”（或“身份证号”）。请对照导入模板检查。')
}

function readRows(sheet: XlsxSheet, header: HeaderMatch, onProgress?: ProgressFn): RosterSheetRow[] {
  const col = new Map(header.columns.map((c) => [c.key, c.column]))
  // Only rows that hold something: a sheet formatted down to row 65536 must not cost 65,536 rows.
  const sheetRows: XlsxRow[] = sheet.rows.filter((row) => row.number > header.row)
  const total = sheetRows.length
  onProgress?.(0, total)
  const rows: RosterSheetRow[] = []

  sheetRows.forEach((row, index) => {
    if (index > 0 && index % PROGRESS_EVERY === 0) onProgress?.(index, total)
    const cellProblems: CellProblem[] = []
    const read = (key: RosterColumnKey): CellText => {
      const c = col.get(key)
      const found = c === undefined ? undefined : row.cells[c]
      const cell = found === undefined ? EMPTY : unmarked(found)
      const problem = cellTypeProblem(key, cell)
      if (problem) cellProblems.push({ key, message: problem })
      return cell
    }
    const id = read('idNumber')
    const parsed: RosterSheetRow = {
      row: row.number,
      householdNo: compactHalfWidth(read('householdNo').text),
      relation: compactHalfWidth(read('relation').text),
      name: normaliseName(read('name').text),
      idNumber: compactHalfWidth(id.text).toUpperCase(),
      phone: toHalfWidth(read('phone').text).trim(),
      groupName: compactHalfWidth(read('groupName').text),
      status: compactHalfWidth(read('status').text),
      note: read('note').text.trim(),
      cellProblems,
    }
    if (id.number !== undefined && Math.abs(id.number) >= NUMBER_LOST_DIGITS) {
      cellProblems.push({ key: 'idNumber', message: '身份证号被Excel存成了数字，末尾几位已丢失，请把该列设为文本后重新填写' })
    }
    // Skipped: rows empty in every roster column (blank lines, or only an ignored column filled).
    const empty = !(
      parsed.householdNo ||
      parsed.relation ||
      parsed.name ||
      parsed.idNumber ||
      parsed.phone ||
      parsed.groupName ||
      parsed.status ||
      parsed.note
    )
    if (!empty) rows.push(parsed)
  })
  onProgress?.(total, total)
  return rows
}
