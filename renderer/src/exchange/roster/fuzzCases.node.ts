/**
 * Test support (node only): the seeded families of malformed roster files that fuzz.test.ts feeds
 * to the import. Every case is a pure function of its family and seed, so a failure named
 * “merges #17” can be rebuilt and debugged on its own.
 *
 * Input: real rosters (bytes from rosterWorkbookFromCells) and a seed. Output: FuzzCase, the file
 * bytes plus what the oracle must know about it (`mustRefuseCells`: cells whose type means their
 * row may never be imported; `bomb`: the bounds check must refuse it before exceljs runs).
 */
import { seededUniform } from '@/sample/random'
import ExcelJS from 'exceljs'
import { deflateSync, strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import { ROSTER_COLUMNS, type RosterColumnKey } from './columns'
import type { RosterCells } from './layout'

export interface FuzzCase {
  family: string
  seed: number
  bytes: Uint8Array
  /** Excel cells (row, 1-based column) that hold a value no good row may carry. */
  mustRefuseCells: { row: number; column: number; kind: string }[]
  /** A bomb-shaped zip: preflight must refuse it (nothing handed to exceljs). */
  bomb: boolean
}

/** The project's seeded PRNG (sample/random.ts): the same numbers on every machine. */
export const prng = seededUniform

type Rand = () => number
const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1))
const pick = <T>(r: Rand, list: readonly T[]): T => list[Math.floor(r() * list.length)] as T

// ── random bytes ────────────────────────────────────────────────────────────────────────────

export function randomBytesCase(seed: number): FuzzCase {
  const r = prng(seed)
  const bytes = new Uint8Array(int(r, 0, 3000))
  for (let i = 0; i < bytes.length; i++) bytes[i] = int(r, 0, 255)
  // Some start like a zip, an old .xls or an XML file, so the sniffing paths are taken too.
  const magic = pick(r, [[], [0x50, 0x4b, 0x03, 0x04], [0xd0, 0xcf, 0x11, 0xe0], [0x3c, 0x3f, 0x78, 0x6d], [0x50, 0x4b, 0x05, 0x06]])
  bytes.set(magic.slice(0, bytes.length))
  // …and some end like one (an end-of-central-directory record pointing anywhere).
  if (bytes.length > 30 && r() < 0.4) bytes.set([0x50, 0x4b, 0x05, 0x06], bytes.length - 22)
  return { family: 'random', seed, bytes, mustRefuseCells: [], bomb: false }
}

// ── truncated and byte-mutated real rosters ─────────────────────────────────────────────────

export function truncatedCase(seed: number, real: Uint8Array): FuzzCase {
  const r = prng(seed)
  const bytes = real.slice(0, int(r, 0, real.length - 1))
  return { family: 'truncated', seed, bytes, mustRefuseCells: [], bomb: false }
}

export function byteMutatedCase(seed: number, real: Uint8Array): FuzzCase {
  const r = prng(seed)
  const bytes = real.slice()
  const flips = r() < 0.7 ? int(r, 1, 3) : int(r, 4, 24)
  for (let i = 0; i < flips; i++) {
    const at = int(r, 0, bytes.length - 1)
    bytes[at] = r() < 0.5 ? int(r, 0, 255) : bytes[at]! ^ (1 << int(r, 0, 7))
  }
  return { family: 'byte-mutated', seed, bytes, mustRefuseCells: [], bomb: false }
}

// ── real rosters re-zipped with a mutated sheet ─────────────────────────────────────────────

const SHEET = 'xl/worksheets/sheet1.xml'
const STYLES = 'xl/styles.xml'
/** Layout of rosterWorkbookFromCells: title, header on row 2, data from row 3, columns A–H. */
export const REAL_HEADER_ROW = 2
export const COLUMN = { householdNo: 1, relation: 2, name: 3, idNumber: 4, phone: 5, groupName: 6, status: 7, note: 8 } as const

function letters(n: number): string {
  let s = ''
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s
  return s
}

function xmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/** Text a secretary's file (or an attacker's) may hold; `&#…;` pieces go into the XML raw. */
function nastyText(r: Rand): { xml: string } {
  const name = pick(r, ['王大山', '李秀英', '张 伟', '欧阳小明', '𠀀𠀁'])
  const choices: (() => string)[] = [
    () => xmlEscape(pick(r, ['=', '+', '-', '@', '\t', '＝', '＋', "'=", "'@"]) + pick(r, ['SUM(A1)', 'cmd|calc!A1', name, '1+1'])),
    () => xmlEscape(name.slice(0, 1) + pick(r, ['\u202e', '\u202d', '\u2066', '\u200f', '\u061c']) + name.slice(1)),
    () => xmlEscape(name.slice(0, 1) + pick(r, ['\u200b', '\u200d', '\ufeff', '\u2060', '\u00ad']) + name.slice(1)),
    () => xmlEscape(name) + pick(r, ['&#xD800;', '&#xDFFF;', '_xD800_', '_x0007_', '&#x1;', '&#10;', '&#13;', '_x000D_', '&#x85;']),
    () => xmlEscape(pick(r, ['王', 'a', '𠀀']).repeat(pick(r, [31, 1000, 100_000]))),
    () => xmlEscape(pick(r, ['TRUE', '#N/A', '#REF!', '2024-01-01', '45000', '0', ' ', '户主', '一组'])),
    () => xmlEscape(name),
  ]
  return { xml: pick(r, choices)() }
}

interface Mutation {
  xml: string
  /** true when the row may never be imported because of this cell's type. */
  refuse: boolean
  kind: string
}

/** A replacement <c> element for cell `ref`; `dateStyle` is an xf index with a date format. */
function mutatedCell(r: Rand, ref: string, column: number, dateStyle: number, sampleId: string): Mutation {
  const textColumn = column === COLUMN.name || column === COLUMN.householdNo || column === COLUMN.relation || column === COLUMN.groupName
  const idColumn = column === COLUMN.idNumber
  const typed = textColumn || idColumn
  const kinds: (() => Mutation)[] = [
    () => ({ xml: `<c r="${ref}" t="b"><v>${int(r, 0, 1)}</v></c>`, refuse: typed, kind: 'boolean' }),
    () => ({
      xml: `<c r="${ref}" t="e"><v>${pick(r, ['#N/A', '#VALUE!', '#REF!', '#DIV/0!', '#NAME?'])}</v></c>`,
      refuse: typed,
      kind: 'error',
    }),
    () => ({ xml: `<c r="${ref}" s="${dateStyle}"><v>${int(r, 1, 60000)}</v></c>`, refuse: typed, kind: 'date' }),
    () => {
      // A number where text belongs: in 姓名 and 户号 always refused (0012 read as 12).
      const v = pick(r, ['12', '3.5', '-7', '1e3', '0', String(int(r, 1, 99999))])
      return { xml: `<c r="${ref}"><v>${v}</v></c>`, refuse: column === COLUMN.name || column === COLUMN.householdNo, kind: 'number' }
    },
    () => {
      // A formula whose cached result is stale: even a good-looking cached ID is not trusted.
      const cached = idColumn ? sampleId : pick(r, ['王五', '0009', '户主', '一组'])
      return {
        xml: `<c r="${ref}" t="str"><f>CONCATENATE("${pick(r, ['王', '0', '户'])}","x")</f><v>${cached}</v></c>`,
        refuse: column === COLUMN.name || idColumn,
        kind: 'formula',
      }
    },
    () => ({
      xml: `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${nastyText(r).xml}</t></is></c>`,
      refuse: false,
      kind: 'text',
    }),
    () => ({ xml: `<c r="${ref}" t="str"><v>${nastyText(r).xml}</v></c>`, refuse: false, kind: 'str' }),
    // Columns shifted by one: an ID or a mobile number where a name, 户号 or 关系 belongs.
    () => ({
      xml: `<c r="${ref}" t="inlineStr"><is><t>${pick(r, [sampleId, '13812345678', `${sampleId.slice(0, 6)} ${sampleId.slice(6)}`])}</t></is></c>`,
      refuse: false,
      kind: 'shifted',
    }),
  ]
  return pick(r, kinds)()
}

function withDateStyle(styles: string): { styles: string; dateStyle: number } {
  const m = /<cellXfs count="(\d+)">/.exec(styles)
  if (!m) throw new Error('test roster has no cellXfs')
  const dateStyle = Number(m[1])
  const xf = '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
  return {
    styles: styles.replace(m[0], `<cellXfs count="${dateStyle + 1}">`).replace('</cellXfs>', `${xf}</cellXfs>`),
    dateStyle,
  }
}

function cellPattern(ref: string): RegExp {
  return new RegExp(`<c r="${ref}"(?:\\s[^>]*?)?(?:/>|>[\\s\\S]*?</c>)`)
}

export function sheetMutatedCase(seed: number, real: Uint8Array, dataRows: number, sampleIds: readonly string[]): FuzzCase {
  const r = prng(seed)
  const files = unzipSync(real)
  let xml = strFromU8(files[SHEET]!)
  const { styles, dateStyle } = withDateStyle(strFromU8(files[STYLES]!))
  // The last mutation of a cell is what it holds: keyed by cell, so a later one replaces an earlier.
  const latest = new Map<string, { row: number; column: number; m: Mutation }>()
  const count = int(r, 1, 8)
  for (let i = 0; i < count; i++) {
    const row = REAL_HEADER_ROW + int(r, 1, dataRows)
    const column = int(r, 1, 8)
    const ref = `${letters(column)}${row}`
    const m = mutatedCell(r, ref, column, dateStyle, pick(r, sampleIds))
    xml = xml.replace(cellPattern(ref), m.xml)
    latest.set(ref, { row, column, m })
  }
  const mustRefuseCells = [...latest.values()].filter((c) => c.m.refuse).map((c) => ({ row: c.row, column: c.column, kind: c.m.kind }))
  files[SHEET] = strToU8(xml)
  files[STYLES] = strToU8(styles)
  return { family: 'sheet-mutated', seed, bytes: zipSync(files), mustRefuseCells, bomb: false }
}

// ── merges ──────────────────────────────────────────────────────────────────────────────────

export function mergesCase(seed: number, real: Uint8Array, dataRows: number): FuzzCase {
  const r = prng(seed)
  const files = unzipSync(real)
  let xml = strFromU8(files[SHEET]!)
  const last = REAL_HEADER_ROW + dataRows
  const ref = () => `${letters(int(r, 1, 10))}${int(r, 1, last + 3)}`
  const shapes: (() => string)[] = [
    () => `${letters(int(r, 1, 8))}1:${letters(int(r, 1, 8))}1048576`, // whole column
    () => 'A1:XFD1048576', // whole sheet
    () => `A${int(r, 1, last)}:XFD${int(r, 1, last)}`, // whole row
    () => 'XFD1048576:A1', // whole sheet, reversed
    () => `${letters(int(r, 1, 8))}1048576:${letters(int(r, 1, 8))}1`, // whole column, reversed
    () => `${letters(int(r, 1, 8))}1048576:${letters(int(r, 1, 8))}${int(r, 3, last)}`, // reversed, below the title
    () => `B5:A1`, // reversed
    () => `${ref()}:${ref()}`, // anywhere in the data, possibly overlapping, possibly reversed
    () => `A${int(r, 3, last)}:A${int(r, 3, last)}`, // a household column merge
    () => ref(), // a single cell
    () => pick(r, ['A0:B2', 'A1:', ':B2', 'ZZZZ1:A1', 'A1:B99999999', 'R1C1:R2C2', '$A$1:$B$3', 'A1:B2:C3']),
  ]
  // Merges a secretary makes (户号 and 村民小组 down a household, never overlapping), then, in
  // most files, a few of the shapes above.
  const merges: string[] = []
  for (let row = REAL_HEADER_ROW + 1; row < last; row += int(r, 2, 6)) {
    const column = pick(r, ['A', 'F'])
    if (r() < 0.5) merges.push(`${column}${row}:${column}${row + 1}`)
  }
  if (r() < 0.75) for (let i = int(r, 1, 4); i > 0; i--) merges.push(pick(r, shapes)())
  // Many small merges over each other now and then.
  if (r() < 0.15) for (let i = 0; i < 300; i++) merges.push(`C${int(r, 3, last)}:D${int(r, 3, last)}`)
  const block = `<mergeCells count="${merges.length + 1}"><mergeCell ref="A1:H1"/>${merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>`
  xml = xml.replace(/<mergeCells[\s\S]*?<\/mergeCells>/, block)
  files[SHEET] = strToU8(xml)
  return { family: 'merges', seed, bytes: zipSync(files), mustRefuseCells: [], bomb: false }
}

// ── bomb-shaped zips, written by hand so every size field can lie ───────────────────────────

const CRC_TABLE = (() => {
  const t = new Uint32Array(256)
  for (let n = 0; n < 256; n++) {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    t[n] = c >>> 0
  }
  return t
})()

function crc32(data: Uint8Array): number {
  let c = 0xffffffff
  for (const b of data) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

export interface RawEntry {
  name: string
  /** The bytes as stored (deflated when method is 8). */
  data: Uint8Array
  method: 0 | 8
  crc: number
  /** What the headers claim. */
  uncompressedSize: number
}

export function rawEntry(name: string, content: Uint8Array, claim?: number): RawEntry {
  return { name, data: deflateSync(content), method: 8, crc: crc32(content), uncompressedSize: claim ?? content.length }
}

/** A zip from raw entries; `eocd` overrides the end record's count/size/offset (ZIP64 markers). */
export function writeZip(entries: RawEntry[], eocd: { count?: number; size?: number; offset?: number } = {}): Uint8Array {
  const parts: Uint8Array[] = []
  const central: Uint8Array[] = []
  let offset = 0
  for (const e of entries) {
    const name = strToU8(e.name)
    const local = new Uint8Array(30 + name.length)
    const lv = new DataView(local.buffer)
    lv.setUint32(0, 0x04034b50, true)
    lv.setUint16(4, 20, true)
    lv.setUint16(8, e.method, true)
    lv.setUint32(14, e.crc, true)
    lv.setUint32(18, e.data.length, true)
    lv.setUint32(22, e.uncompressedSize, true)
    lv.setUint16(26, name.length, true)
    local.set(name, 30)
    const cd = new Uint8Array(46 + name.length)
    const cv = new DataView(cd.buffer)
    cv.setUint32(0, 0x02014b50, true)
    cv.setUint16(4, 20, true)
    cv.setUint16(6, 20, true)
    cv.setUint16(10, e.method, true)
    cv.setUint32(16, e.crc, true)
    cv.setUint32(20, e.data.length, true)
    cv.setUint32(24, e.uncompressedSize, true)
    cv.setUint16(28, name.length, true)
    cv.setUint32(42, offset, true)
    cd.set(name, 46)
    parts.push(local, e.data)
    central.push(cd)
    offset += local.length + e.data.length
  }
  const cdSize = central.reduce((s, c) => s + c.length, 0)
  const end = new Uint8Array(22)
  const ev = new DataView(end.buffer)
  ev.setUint32(0, 0x06054b50, true)
  ev.setUint16(8, eocd.count ?? entries.length, true)
  ev.setUint16(10, eocd.count ?? entries.length, true)
  ev.setUint32(12, eocd.size ?? cdSize, true)
  ev.setUint32(16, eocd.offset ?? offset, true)
  const all = [...parts, ...central, end]
  const out = new Uint8Array(all.reduce((s, p) => s + p.length, 0))
  let at = 0
  for (const p of all) {
    out.set(p, at)
    at += p.length
  }
  return out
}

export interface BombMaterial {
  /** The real roster's parts, as raw entries with honest sizes. */
  real: RawEntry[]
  /** 72 MB of zeros deflated (~70 KB), and its true size. */
  zeros: { data: Uint8Array; crc: number; size: number }
}

export function bombMaterial(real: Uint8Array): BombMaterial {
  const files = unzipSync(real)
  const size = 72 * 1024 * 1024
  const content = new Uint8Array(size)
  return {
    real: Object.entries(files)
      .filter(([name]) => !name.endsWith('/'))
      .map(([name, data]) => rawEntry(name, data)),
    zeros: { data: deflateSync(content, { level: 9 }), crc: crc32(content), size },
  }
}

export function bombCase(seed: number, m: BombMaterial): FuzzCase {
  const r = prng(seed)
  const zeros = (name: string, claim: number): RawEntry => ({
    name,
    data: m.zeros.data,
    method: 8,
    crc: m.zeros.crc,
    uncompressedSize: claim,
  })
  const target = pick(r, [
    'xl/worksheets/sheet1.xml',
    'xl/media/image1.png',
    'xl/sharedStrings.xml',
    'docProps/custom.xml',
    'xl/theme/theme1.xml',
  ])
  const others = m.real.filter((e) => e.name !== target)
  const shapes: (() => Uint8Array)[] = [
    // honest sizes, high ratio
    () => writeZip([...others, zeros(target, m.zeros.size)]),
    // the directory lies: 72 MB claimed as a few KB (or as nothing at all)
    () => writeZip([...others, zeros(target, pick(r, [0, 1, 4096, int(r, 1, 60_000_000)]))]),
    // several lying entries, each under the limit on paper
    () => writeZip([...others, ...Array.from({ length: int(r, 2, 4) }, (_, i) => zeros(`xl/media/image${i + 1}.png`, 1_000_000))]),
    // ZIP64 markers in the end record
    () => writeZip(m.real, pick(r, [{ count: 0xffff }, { size: 0xffffffff }, { offset: 0xffffffff }])),
    // an entry claiming 4 GB (a ZIP64 size marker)
    () => writeZip([...others, zeros(target, 0xffffffff)]),
    // thousands of entries
    () =>
      writeZip([...m.real, ...Array.from({ length: int(r, 2001, 4000) }, (_, i) => rawEntry(`customXml/item${i}.xml`, strToU8('<a/>')))]),
  ]
  return { family: 'bomb', seed, bytes: pick(r, shapes)(), mustRefuseCells: [], bomb: true }
}

// ── crafted header rows ─────────────────────────────────────────────────────────────────────

/** Ways of writing one header cell, some matched and some not (户主姓名 is not the person's name). */
function headerVariant(r: Rand, key: RosterColumnKey): ExcelJS.CellValue {
  const column = ROSTER_COLUMNS.find((c) => c.key === key)!
  const word = pick(r, [column.header, ...column.aliases])
  const decorated: (() => ExcelJS.CellValue)[] = [
    () => word,
    () => `*${word}`,
    () => `${word}（必填）`,
    () => Array.from(word).join(' '),
    () => Array.from(word).join('\n'),
    () => word.replace(/[\u4e00-\u9fff]/u, (ch) => `${ch}\u200b`),
    () => `${word}\u202e`,
    () => (key === 'name' ? '户主姓名' : word),
    () => ({ formula: `"${word}"`, result: word }),
    () => ({ richText: [{ text: word.slice(0, 1) }, { text: word.slice(1), font: { bold: true } }] }),
    () => pick(r, [true, 12, new Date(Date.UTC(2024, 0, 1)), { error: '#N/A' }] as ExcelJS.CellValue[]),
  ]
  return r() < 0.85 ? word : pick(r, decorated)()
}

export async function craftedHeaderCase(seed: number, cells: readonly RosterCells[]): Promise<FuzzCase> {
  const r = prng(seed)
  const wb = new ExcelJS.Workbook()
  if (r() < 0.2) wb.addWorksheet('封面').getCell('A1').value = '说明'
  const ws = wb.addWorksheet(pick(r, ['Sheet1', '花名册', '名单']))
  const headerRow = pick(r, [1, 1, 2, 3, 5, 15, 16, 17])
  if (headerRow > 1) ws.getCell('A1').value = '张庄村村民花名册'
  let keys = ROSTER_COLUMNS.map((c) => c.key)
  if (r() < 0.2) keys = keys.filter(() => r() < 0.8) // some columns missing
  if (r() < 0.5) keys.sort(() => r() - 0.5) // any order
  if (r() < 0.2) keys.push(pick(r, keys.length ? keys : ['name'])) // a column twice
  const layout: (RosterColumnKey | null)[] = []
  for (const key of keys) {
    if (r() < 0.2) layout.push(null) // an ignored column (序号、民族…)
    layout.push(key)
  }
  const header = ws.getRow(headerRow)
  layout.forEach((key, i) => {
    header.getCell(i + 1).value = key ? headerVariant(r, key) : pick(r, ['序号', '民族', '性别', '', '出生日期'])
  })
  if (r() < 0.15) header.getCell(int(r, 200, 16384)).value = '最后一列'
  if (r() < 0.15 && layout.length > 1) ws.mergeCells(headerRow, 1, headerRow, 2)
  cells.forEach((data, index) => {
    const row = ws.getRow(headerRow + 1 + index)
    layout.forEach((key, i) => {
      row.getCell(i + 1).value = key ? data[key] : String(index + 1)
    })
  })
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer())
  return { family: 'crafted-header', seed, bytes, mustRefuseCells: [], bomb: false }
}
