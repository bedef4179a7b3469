/**
 * 导入前的安全检查 (bounded imports): look at an .xlsx before anything reads its cells.
 *
 * exceljs (which read the cells until the import got its own reader) inflates the whole file and expands every merged range cell by cell. A probe found an
 * 8.9 KB file with one merge over A1:XFD1048576 that ran out of memory (3 GB, 26 s), a 0.5 MB zip
 * that inflates to 500 MB, and a 50-row file with one whole column merged that took 10.9 s. So:
 *  1. the zip's central directory is read (no inflating) and the file refused when its entries
 *     would inflate to more than MAX_UNCOMPRESSED_BYTES, or it has too many entries, or is ZIP64;
 *  2. every entry is inflated as a stream and counted, since the directory's sizes are only
 *     claims: an entry that inflates to more than it claimed (a lying directory), or past the
 *     limit, is refused as it happens, without ever holding it (exceljs would inflate it whole);
 *  3. each worksheet's XML is scanned for its rows and merges: more rows than a village can
 *     have, or a merge reaching past the data area, over more cells than a roster could need, or
 *     over another merge, is refused with a Chinese reason. A reversed reference (B5:A1) is read
 *     as the range it covers, as Excel and exceljs read it.
 * Every refusal is a RosterFileError, which the import screen shows as the reason.
 */
import { Inflate } from 'fflate'
import { RosterFileError } from './fileError'

export const IMPORT_LIMITS = {
  /** A 10,000-row roster inflates to about 5 MB; 64 MB leaves room for styles and images. */
  maxUncompressedBytes: 64 * 1024 * 1024,
  maxEntries: 2_000,
  /** The largest village keeps about 10,000 villagers; 30,000 rows is three times that. */
  maxRows: 30_000,
  /** A roster has about ten columns; an ignored column or two more is fine. */
  maxColumns: 200,
  /** Merged cells in all: a household column merged down 30,000 rows, a few times over. */
  maxMergedCells: 200_000,
} as const

const EOCD_SIGNATURE = 0x06054b50
const CENTRAL_SIGNATURE = 0x02014b50
const EOCD_MIN = 22
const MAX_COMMENT = 0xffff

export interface ZipEntryInfo {
  name: string
  /** 0 stored, 8 deflated; an .xlsx uses nothing else. */
  method: number
  compressedSize: number
  uncompressedSize: number
  /** Where the entry's local header starts. */
  localOffset: number
}

function u16(b: Uint8Array, at: number): number {
  return b[at]! | (b[at + 1]! << 8)
}
function u32(b: Uint8Array, at: number): number {
  return (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0
}

const NOT_XLSX = '无法读取这个文件：请选择 Excel 的 .xlsx 文件（文件可能已损坏，或不是 Excel 文件）。'

/** The entries listed in a zip's central directory, read without inflating anything. */
export function readZipDirectory(bytes: Uint8Array): ZipEntryInfo[] {
  if (bytes.length < EOCD_MIN) throw new RosterFileError(NOT_XLSX)
  let eocd = -1
  for (let at = bytes.length - EOCD_MIN; at >= Math.max(0, bytes.length - EOCD_MIN - MAX_COMMENT); at--) {
    if (u32(bytes, at) === EOCD_SIGNATURE) {
      eocd = at
      break
    }
  }
  if (eocd < 0) throw new RosterFileError(NOT_XLSX)
  const count = u16(bytes, eocd + 10)
  const size = u32(bytes, eocd + 12)
  const offset = u32(bytes, eocd + 16)
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    throw new RosterFileError('这个文件使用了超大文件格式（ZIP64），不像是村民花名册，未导入。')
  }
  if (count > IMPORT_LIMITS.maxEntries) throw new RosterFileError(`文件内部包含${count}个部件，超出花名册的正常范围，未导入。`)
  if (offset + size > bytes.length) throw new RosterFileError(NOT_XLSX)

  const entries: ZipEntryInfo[] = []
  let at = offset
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== CENTRAL_SIGNATURE) throw new RosterFileError(NOT_XLSX)
    const nameLength = u16(bytes, at + 28)
    const extraLength = u16(bytes, at + 30)
    const commentLength = u16(bytes, at + 32)
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength))
    entries.push({
      name,
      method: u16(bytes, at + 10),
      compressedSize: u32(bytes, at + 20),
      uncompressedSize: u32(bytes, at + 24),
      localOffset: u32(bytes, at + 42),
    })
    at += 46 + nameLength + extraLength + commentLength
  }
  return entries
}

function megabytes(n: number): string {
  return `${Math.round(n / 1024 / 1024)} MB`
}

/** Excel column letters → 1-based number: A → 1, XFD → 16384. */
export function columnNumber(letters: string): number {
  let n = 0
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64)
  return n
}

interface CellRef {
  column: number
  row: number
}

function readRef(ref: string): CellRef | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref)
  return m ? { column: columnNumber(m[1]!), row: Number(m[2]) } : null
}

export interface SheetShape {
  rows: number
  lastRow: number
  lastColumn: number
  merges: { from: CellRef; to: CellRef }[]
}

/** Rows and merges of one worksheet's XML, by scanning the text (no XML parser, no cell objects). */
export function sheetShape(xml: string): SheetShape {
  let rows = 0
  let lastRow = 0
  let lastColumn = 0
  for (const m of xml.matchAll(/<row\b[^>]*?\br="(\d+)"/g)) {
    rows++
    lastRow = Math.max(lastRow, Number(m[1]))
  }
  for (const m of xml.matchAll(/<c\b[^>]*?\br="([A-Za-z]{1,3})\d+"/g)) lastColumn = Math.max(lastColumn, columnNumber(m[1]!))
  const merges: SheetShape['merges'] = []
  for (const m of xml.matchAll(/<mergeCell\b[^>]*?\bref="([^"]+)"/g)) {
    const parts = m[1]!.split(':')
    const a = parts.length <= 2 ? readRef(parts[0]!) : null
    const b = parts.length === 2 ? readRef(parts[1]!) : a
    if (!a || !b) throw new RosterFileError(`工作表中有无法识别的合并单元格“${m[1]}”，未导入。`)
    // Corners in either order (B5:A1 is A1:B5): the bounds below look at the far corner.
    merges.push({
      from: { column: Math.min(a.column, b.column), row: Math.min(a.row, b.row) },
      to: { column: Math.max(a.column, b.column), row: Math.max(a.row, b.row) },
    })
  }
  return { rows, lastRow, lastColumn, merges }
}

function columnLetters(n: number): string {
  let s = ''
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s
  return s
}

/** Refuses a worksheet too large for a roster, or with merges that reach past its data. */
export function checkSheetShape(shape: SheetShape, sheetLabel: string): void {
  if (shape.rows > IMPORT_LIMITS.maxRows) {
    throw new RosterFileError(
      `${sheetLabel}有${shape.rows.toLocaleString('zh-CN')}行，超过一个村花名册可能的${IMPORT_LIMITS.maxRows.toLocaleString('zh-CN')}行，未导入。请检查是否选错了文件。`,
    )
  }
  // The data area: the rows and columns that hold cells, with a small margin for a title merge.
  const lastRow = Math.max(shape.lastRow, 1) + 5
  const lastColumn = Math.min(Math.max(shape.lastColumn, 1) + 5, IMPORT_LIMITS.maxColumns)
  let merged = 0
  for (const { from, to } of shape.merges) {
    const range = `${columnLetters(from.column)}${from.row}:${columnLetters(to.column)}${to.row}`
    if (to.row > lastRow || to.column > lastColumn || to.row > IMPORT_LIMITS.maxRows) {
      throw new RosterFileError(
        `${sheetLabel}的合并单元格 ${range} 超出了表格内容的范围（整行或整列被合并）。请在 Excel 中取消这处合并后再导入。`,
      )
    }
    merged += (to.row - from.row + 1) * (to.column - from.column + 1)
  }
  if (merged > IMPORT_LIMITS.maxMergedCells) {
    throw new RosterFileError(`${sheetLabel}合并的单元格过多（共${merged.toLocaleString('zh-CN')}个），超出花名册的正常范围，未导入。`)
  }
  // Overlapping merges: Excel never writes them and exceljs gives up on them; say which two.
  // Bounded by the count just checked: at most maxMergedCells cells are visited.
  const owner = new Map<number, number>()
  shape.merges.forEach(({ from, to }, i) => {
    for (let r = from.row; r <= to.row; r++) {
      for (let c = from.column; c <= to.column; c++) {
        const cell = r * 16_384 + c
        const other = owner.get(cell)
        if (other !== undefined) {
          const name = (k: number) => {
            const { from: f, to: t } = shape.merges[k]!
            return `${columnLetters(f.column)}${f.row}:${columnLetters(t.column)}${t.row}`
          }
          throw new RosterFileError(
            `${sheetLabel}的合并单元格 ${name(other)} 与 ${name(i)} 互相重叠。请在 Excel 中取消这两处合并后再导入。`,
          )
        }
        owner.set(cell, i)
      }
    }
  })
}

const LOCAL_SIGNATURE = 0x04034b50
/** Compressed bytes fed to the inflater at a time: deflate expands at most ~1032×, so ≤ 16 MB per step. */
const INFLATE_STEP = 16 * 1024

const BOMB = (size: string) =>
  `这个文件解压后有 ${size}，超过花名册允许的 ${megabytes(IMPORT_LIMITS.maxUncompressedBytes)}（可能是压缩炸弹或选错了文件），未导入。`
const LYING = '这个文件内部记录的大小与实际内容不符（解压后比记录的大得多，可能是压缩炸弹），未导入。请用 Excel 或 WPS 重新保存后再导入。'

/**
 * Inflates one entry as a stream, counting. `keep` collects the output (worksheets only); other
 * entries are counted and dropped. Returns the number of bytes the entry really holds.
 */
function inflateCounted(bytes: Uint8Array, entry: ZipEntryInfo, budget: number, keep: Uint8Array[] | null): number {
  const at = entry.localOffset
  if (at + 30 > bytes.length || u32(bytes, at) !== LOCAL_SIGNATURE) throw new RosterFileError(NOT_XLSX)
  const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28)
  const end = start + entry.compressedSize
  if (end > bytes.length) throw new RosterFileError(NOT_XLSX)
  const data = bytes.subarray(start, end)
  // An empty entry (a folder, an empty part) holds nothing whatever its method says.
  if (entry.compressedSize === 0 && entry.uncompressedSize === 0) return 0
  if (entry.method === 0) {
    if (data.length !== entry.uncompressedSize) throw new RosterFileError(LYING)
    keep?.push(data)
    return data.length
  }
  if (entry.method !== 8) throw new RosterFileError(NOT_XLSX)
  let size = 0
  const inflater = new Inflate((chunk) => {
    size += chunk.length
    if (size > entry.uncompressedSize) throw new RosterFileError(LYING)
    if (size > budget) throw new RosterFileError(BOMB(`超过 ${megabytes(IMPORT_LIMITS.maxUncompressedBytes)}`))
    keep?.push(chunk)
  })
  try {
    for (let p = 0; p < data.length; p += INFLATE_STEP) inflater.push(data.subarray(p, p + INFLATE_STEP), p + INFLATE_STEP >= data.length)
    if (data.length === 0) inflater.push(data, true)
  } catch (err) {
    if (err instanceof RosterFileError) throw err
    throw new RosterFileError(NOT_XLSX)
  }
  if (size !== entry.uncompressedSize) throw new RosterFileError(LYING)
  return size
}

function joined(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0))
  let at = 0
  for (const c of chunks) {
    out.set(c, at)
    at += c.length
  }
  return out
}

/** The parts checked here as worksheets; the reader reads no other part as a sheet. */
export function isWorksheetPart(name: string): boolean {
  return /^xl\/worksheets\/[^/]+\.xml$/.test(name)
}

/**
 * Throws RosterFileError when the .xlsx must not be read. Otherwise returns its XML parts as text
 * (the worksheets, shared strings, styles, workbook and relationships), inflated once here, so the
 * reader (spreadsheet/readXlsx.ts) never inflates anything itself.
 */
export function preflightXlsx(bytes: Uint8Array): Map<string, string> {
  const entries = readZipDirectory(bytes)
  const total = entries.reduce((sum, e) => sum + e.uncompressedSize, 0)
  if (total > IMPORT_LIMITS.maxUncompressedBytes) throw new RosterFileError(BOMB(megabytes(total)))
  const isSheet = isWorksheetPart
  const isXml = (name: string) => /\.(xml|rels)$/i.test(name)
  const sheets = entries.filter((e) => isSheet(e.name))
  if (sheets.length === 0) throw new RosterFileError(NOT_XLSX)
  const parts = new Map<string, string>()
  const decoder = new TextDecoder()
  let budget = IMPORT_LIMITS.maxUncompressedBytes
  for (const entry of entries) {
    const keep = isXml(entry.name) ? [] : null
    budget -= inflateCounted(bytes, entry, budget, keep)
    if (keep && !parts.has(entry.name)) parts.set(entry.name, decoder.decode(joined(keep)))
  }
  sheets.forEach((entry, i) => {
    checkSheetShape(sheetShape(parts.get(entry.name)!), sheets.length > 1 ? `第${i + 1}个工作表` : '工作表')
  })
  return parts
}
