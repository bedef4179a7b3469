/**
 * 读取 .xlsx 单元格 (a small, bounded reader of the parts an import needs), instead of exceljs.
 *
 * Why: exceljs builds a full object model (every cell a Cell with its style, every row a Row) and
 * inflates the zip a second time; for a 10,000-row roster that was most of the import's wait. The
 * import only needs each cell's value and kind, and the merges. The parts come already inflated and
 * bounded by the roster preflight (roster/preflight.ts: sizes, rows, merges), so nothing here can
 * be larger than what the preflight let through.
 *
 *   openXlsx(parts, { maxRows, maxMergedCells, sheetPart }) → { sheets: [{ name, read() }] }   parts: zip entry name → inflated text
 *   sheet.read()    → { rowCount, rows: [{ number, cells: CellText[] by column (1-based), slaves? }] }
 *
 * What a cell reads as (the same as exceljs gave the import before): shared and inline strings
 * (rich-text runs joined, phonetic runs left out, _xHHHH_ escapes decoded), numbers, booleans,
 * errors, numbers in a date format as 'YYYY-MM-DD' dates (1900 or 1904 system), formulas as their
 * cached result flagged `formula`, and every cell of a merge as the merge's top-left value
 * (`slaves` names the columns that only repeat it). Rows with no value are left out.
 * Throws XlsxReadError when a part the workbook needs is missing, or a sheet has more rows or merged
 * cells than allowed. Only parts that `sheetPart` accepts are read as sheets.
 */

/** The kind of value Excel stored (for a formula: of its cached result). */
export type CellKind = 'empty' | 'text' | 'number' | 'boolean' | 'date' | 'error'

/** What a cell holds, as text; `number` set when Excel stored a number (the text is its digits). */
export interface CellText {
  text: string
  kind: CellKind
  number?: number
  /** The cell is a formula: `text` is its last cached result, which may be stale or forged. */
  formula?: true
}

export const EMPTY_CELL: CellText = { text: '', kind: 'empty' }

export interface XlsxRow {
  /** 1-based Excel row number */
  number: number
  /** by 1-based column; undefined where the row has no cell */
  cells: (CellText | undefined)[]
  /** columns whose cell lies inside a merge without being its top-left cell */
  slaves?: Set<number>
}

export interface XlsxSheet {
  /** the last row number that holds a value */
  rowCount: number
  rows: XlsxRow[]
}

export interface XlsxBook {
  sheets: { name: string; read(): XlsxSheet }[]
}

export class XlsxReadError extends Error {
  override readonly name = 'XlsxReadError'
  /** thrown because a sheet has more rows than `maxRows` */
  constructor(
    message: string,
    readonly tooManyRows = false,
  ) {
    super(message)
  }
}

/** Excel's last column (XFD): a cell further right is no cell Excel could have written. */
const MAX_COLUMN = 16_384

/** zip entry name → its inflated text */
export type Parts = ReadonlyMap<string, string>

const ENTITY = /&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }

function fromCodePoint(n: number): string {
  return Number.isInteger(n) && n >= 0 && n <= 0x10ffff ? String.fromCodePoint(n) : '\ufffd'
}

/** XML character and entity references → text. */
export function decodeXmlText(text: string): string {
  if (!text.includes('&')) return text
  return text.replace(ENTITY, (_, ref: string) =>
    ref[0] === '#' ? fromCodePoint(ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10)) : NAMED[ref]!,
  )
}

/** OOXML's escape for characters XML cannot hold (_x000D_ is a carriage return). */
function decodeOoxmlEscapes(text: string): string {
  return text.includes('_x') ? text.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text
}

const ATTRIBUTE = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g

function attributes(source: string): Map<string, string> {
  const out = new Map<string, string>()
  for (const m of source.matchAll(ATTRIBUTE)) out.set(m[1]!, decodeXmlText(m[2] ?? m[3] ?? ''))
  return out
}

/**
 * One attribute's value (decoded), without building them all: the hot path reads r, s and t of
 * every cell. Walks name="value" pairs left to right, so a name inside another value never matches.
 */
function attribute(source: string, name: string): string | undefined {
  const n = source.length
  let i = 0
  while (i < n) {
    const eq = source.indexOf('=', i)
    if (eq < 0) return undefined
    const key = source.slice(i, eq).trim()
    let q = eq + 1
    while (q < n && source.charCodeAt(q) <= 32) q++
    const quote = source[q]
    if (quote !== '"' && quote !== "'") return undefined
    const end = source.indexOf(quote, q + 1)
    if (end < 0) return undefined
    if (key === name) return decodeXmlText(source.slice(q + 1, end))
    i = end + 1
  }
  return undefined
}

/** Local name: x:c → c (a prefixed element is the same element). */
const local = (name: string) => {
  const colon = name.indexOf(':')
  return colon < 0 ? name : name.slice(colon + 1)
}

/**
 * A tag at a known '<'. Neither the attributes nor a quoted value may hold '<' (XML forbids it), so
 * a failed match never looks past the next '<': scanning stays linear however broken the text.
 */
const TAG = /<(\/?)([A-Za-z_][\w:.-]*)((?:[^<>"']|"[^"<]*"|'[^'<]*')*)>/y

type TagHandler = (closing: boolean, name: string, attrs: string, selfClosing: boolean, textBefore: string) => void

/** Calls onTag for every element tag in order, with the text since the previous tag. */
function scan(xml: string, onTag: TagHandler): void {
  let text = ''
  let from = 0
  for (let at = xml.indexOf('<'); at >= 0; at = xml.indexOf('<', from)) {
    text += xml.slice(from, at)
    if (xml.startsWith('<!--', at) || xml.startsWith('<?', at) || xml.startsWith('<!', at)) {
      const cdata = xml.startsWith('<![CDATA[', at)
      const closer = xml.startsWith('<!--', at) ? '-->' : xml.startsWith('<?', at) ? '?>' : cdata ? ']]>' : '>'
      const end = xml.indexOf(closer, at + 2)
      if (end < 0) return // unterminated: the rest is no XML
      // CDATA is text as it stands (escaped here, since all text is decoded once later)
      if (cdata)
        text += xml
          .slice(at + 9, end)
          .replace(/&/g, '&amp;')
          .replace(/</g, '&lt;')
      from = end + closer.length
      continue
    }
    TAG.lastIndex = at
    const m = TAG.exec(xml)
    if (!m) {
      // a stray '<' (malformed): it is text, and scanning goes on after it
      text += '<'
      from = at + 1
      continue
    }
    from = TAG.lastIndex
    const rest = m[3]!
    const selfClosing = rest.endsWith('/')
    onTag(m[1] === '/', local(m[2]!), selfClosing ? rest.slice(0, -1) : rest, selfClosing, text)
    text = ''
  }
}

function partText(parts: Parts, name: string): string | undefined {
  return parts.get(name)
}

/** Relationship id → target part name, resolved against the folder of the part that owns them. */
function relationships(parts: Parts, owner: string): Map<string, { type: string; target: string }> {
  const folder = owner.includes('/') ? owner.slice(0, owner.lastIndexOf('/') + 1) : ''
  const relsName = `${folder}_rels/${owner.slice(folder.length)}.rels`
  const out = new Map<string, { type: string; target: string }>()
  const xml = partText(parts, relsName)
  if (!xml) return out
  scan(xml, (closing, name, attrs) => {
    if (closing || name !== 'Relationship') return
    const a = attributes(attrs)
    const target = a.get('Target')
    if (!target || a.get('TargetMode') === 'External') return
    out.set(a.get('Id') ?? '', { type: a.get('Type') ?? '', target: resolvePath(folder, target) })
  })
  return out
}

function resolvePath(folder: string, target: string): string {
  const segments = (target.startsWith('/') ? target.slice(1) : folder + target).split('/')
  const out: string[] = []
  for (const s of segments) {
    if (s === '..') out.pop()
    else if (s !== '.' && s !== '') out.push(s)
  }
  return out.join('/')
}

/** Built-in number formats that show a date or a time (ECMA-376 18.8.30, and the CJK date formats 27–36, 50–58). */
function builtinIsDate(id: number): boolean {
  return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58)
}

/** A format code that shows a date or time: y m d h s (b: Buddhist year) outside quotes and [colour]. */
export function isDateFormat(code: string): boolean {
  return /[ymdhMsb]/.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''))
}

/** For each cell style index (the `s` of a cell): whether its number format is a date. */
function dateStyles(xml: string | undefined): boolean[] {
  if (!xml) return []
  const custom = new Map<number, string>()
  const styles: boolean[] = []
  let inCellXfs = false
  scan(xml, (closing, name, attrs) => {
    if (name === 'cellXfs') inCellXfs = !closing
    else if (name === 'numFmt' && !closing) {
      const a = attributes(attrs)
      custom.set(Number(a.get('numFmtId')), a.get('formatCode') ?? '')
    } else if (name === 'xf' && inCellXfs && !closing) {
      const id = Number(attributes(attrs).get('numFmtId') ?? 0)
      const code = custom.get(id)
      styles.push(code !== undefined ? isDateFormat(code) : builtinIsDate(id))
    }
  })
  return styles
}

/** The shared strings, each as its text (rich-text runs joined, phonetic runs left out). */
function sharedStrings(xml: string | undefined): string[] {
  if (!xml) return []
  const out: string[] = []
  let current: string[] | null = null
  let inText = false
  let phonetic = 0
  scan(xml, (closing, name, _attrs, selfClosing, before) => {
    if (inText && current && !phonetic) current.push(before)
    if (name === 'si') {
      if (!closing) current = []
      if (closing || selfClosing) {
        out.push(decodeOoxmlEscapes(decodeXmlText((current ?? []).join(''))))
        current = null
      }
    } else if (name === 'rPh') {
      if (!selfClosing) phonetic += closing ? -1 : 1
    } else if (name === 't') {
      inText = !closing && !selfClosing
    }
  })
  return out
}

/** Excel column letters → 1-based number: A → 1, XFD → 16384; 0 when not letters. */
function columnOf(ref: string): number {
  let n = 0
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 0x20
    if (c < 97 || c > 122) break
    n = n * 26 + (c - 96)
  }
  return n
}

/** The row number at the end of a reference: A12 → 12; 0 when it ends in no digits. */
function rowOf(ref: string): number {
  let n = 0
  let scale = 1
  let i = ref.length - 1
  for (; i >= 0; i--) {
    const d = ref.charCodeAt(i) - 48
    if (d < 0 || d > 9) break
    n += d * scale
    scale *= 10
  }
  return i === ref.length - 1 ? 0 : n
}

function pad2(n: number): string {
  return String(n).padStart(2, '0')
}

/** Serial day (with fraction) → 'YYYY-MM-DD', the way Excel shows the date; '' when it is no real date. */
function serialDate(serial: number, date1904: boolean): string {
  const ms = Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000)
  const d = new Date(ms)
  return Number.isNaN(d.getTime()) ? '' : `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`
}

function numberText(n: number): string {
  // Integers print without exponent up to 1e21; a fraction keeps its natural form.
  return Number.isInteger(n) ? n.toFixed(0) : String(n)
}

interface Context {
  strings: string[]
  dates: boolean[]
  date1904: boolean
}

/** A cell's value from its type, raw <v> (or inline text) and style. */
function cellValue(ctx: Context, type: string | undefined, raw: string, style: number, inline: string | null): CellText {
  if (inline !== null) return { text: inline, kind: 'text' }
  if (type === 'inlineStr') return EMPTY_CELL
  if (type === 's') {
    const text = ctx.strings[Number.parseInt(raw, 10)]
    return text === undefined ? EMPTY_CELL : { text, kind: 'text' }
  }
  if (type === 'str') return { text: decodeXmlText(raw), kind: 'text' }
  if (type === 'b') return { text: Number.parseInt(raw, 10) !== 0 ? 'TRUE' : 'FALSE', kind: 'boolean' }
  if (type === 'e') return { text: decodeXmlText(raw), kind: 'error' }
  if (type === 'd') {
    // ISO 8601 date (strict OOXML): the date part is what a person sees
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(raw.trim())
    return { text: m ? `${m[1]}-${m[2]}-${m[3]}` : '', kind: 'date' }
  }
  const n = Number.parseFloat(raw)
  if (ctx.dates[style]) return { text: serialDate(n, ctx.date1904), kind: 'date' }
  return { text: numberText(n), kind: 'number', number: n }
}

interface Merge {
  top: number
  left: number
  bottom: number
  right: number
}

function readSheet(ctx: Context, xml: string, limits: ReadLimits): XlsxSheet {
  const { maxRows } = limits
  const byNumber = new Map<number, XlsxRow>()
  const merges: Merge[] = []
  let rowNumber = 0
  let column = 0
  // the cell being read
  let inCell = false
  let type: string | undefined
  let style = 0
  let formula = false
  let raw: string | null = null
  let inline: string[] | null = null
  let reading: 'v' | 't' | null = null
  let phonetic = 0

  const rowFor = (n: number): XlsxRow => {
    let r = byNumber.get(n)
    if (!r) {
      // rows without an r= slip past a count of r= attributes: the bound is kept here as well
      if (byNumber.size >= maxRows) throw new XlsxReadError(`more than ${maxRows} rows`, true)
      byNumber.set(n, (r = { number: n, cells: [] }))
    }
    return r
  }
  const finishCell = () => {
    inCell = false
    if (column > MAX_COLUMN) return
    const cells = () => rowFor(rowNumber).cells
    if (formula) {
      // the cached result, in the type the cell says it has; none cached reads as empty
      const value = raw ? cellValue(ctx, type === 's' || type === 'inlineStr' ? 'str' : type, raw, style, null) : EMPTY_CELL
      cells()[column] = { ...value, formula: true }
      return
    }
    if (inline !== null) cells()[column] = cellValue(ctx, type, '', style, decodeOoxmlEscapes(decodeXmlText(inline.join(''))))
    else if (raw) cells()[column] = cellValue(ctx, type, raw, style, null)
  }

  scan(xml, (closing, name, attrs, selfClosing, before) => {
    if (reading === 'v' && raw !== null) raw += before
    else if (reading === 't' && inline && !phonetic) inline.push(before)
    switch (name) {
      case 'row':
        if (closing) return
        rowNumber = Number(attribute(attrs, 'r') ?? rowNumber + 1) || rowNumber + 1
        column = 0
        return
      case 'c': {
        if (closing) {
          if (inCell) finishCell()
          return
        }
        const ref = attribute(attrs, 'r')
        const refColumn = ref ? columnOf(ref) : 0
        column = refColumn || column + 1
        const refRow = ref ? rowOf(ref) : 0
        if (refRow) rowNumber = refRow
        type = attribute(attrs, 't')
        style = Number(attribute(attrs, 's') ?? 0) || 0
        formula = false
        raw = null
        inline = null
        reading = null
        phonetic = 0
        inCell = true
        if (selfClosing) finishCell()
        return
      }
      case 'f':
        if (inCell && !closing) formula = true
        return
      case 'v':
        if (!inCell) return
        if (closing) reading = null
        else if (!selfClosing) {
          raw = ''
          reading = 'v'
        }
        return
      case 'is':
        if (inCell && !closing) inline = []
        return
      case 'rPh':
        if (inline && !selfClosing) phonetic += closing ? -1 : 1
        return
      case 't':
        if (!inline) return
        reading = !closing && !selfClosing ? 't' : null
        return
      case 'mergeCell': {
        if (closing) return
        const ref = attributes(attrs).get('ref') ?? ''
        const [a = '', b = a] = ref.split(':')
        const [c1, r1, c2, r2] = [columnOf(a), rowOf(a), columnOf(b), rowOf(b)]
        if (c1 && r1 && c2 && r2)
          merges.push({ top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) })
        return
      }
    }
  })

  // Every cell of a merge reads as its top-left cell (how Excel shows it, and how exceljs read it).
  let spread = 0
  for (const m of merges) {
    // counted before it is spread: one merge over the whole sheet must not be walked cell by cell
    spread += (m.bottom - m.top + 1) * (m.right - m.left + 1)
    if (spread > limits.maxMergedCells) throw new XlsxReadError(`more than ${limits.maxMergedCells} merged cells`)
    const master = byNumber.get(m.top)?.cells[m.left]
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) {
        if (r === m.top && c === m.left) continue
        const target = master || byNumber.has(r) ? rowFor(r) : undefined
        if (!target) continue
        target.cells[c] = master
        ;(target.slaves ??= new Set()).add(c)
      }
    }
  }
  const rows = [...byNumber.values()].filter((r) => r.cells.some((c) => c !== undefined && c.kind !== 'empty') || r.slaves)
  rows.sort((a, b) => a.number - b.number)
  return { rowCount: rows.at(-1)?.number ?? 0, rows }
}

/** The workbook in these inflated parts; throws XlsxReadError when it has no workbook or no sheet. */
/** Bounds kept while reading, whatever a preflight has checked. */
export interface ReadLimits {
  maxRows: number
  maxMergedCells: number
  /** the parts that may be read as sheets (those the preflight has looked at) */
  sheetPart: (name: string) => boolean
}

export function openXlsx(parts: Parts, options: ReadLimits): XlsxBook {
  const root = relationships(parts, '')
  const main = [...root.values()].find((r) => r.type.endsWith('/officeDocument'))?.target ?? 'xl/workbook.xml'
  const workbookXml = partText(parts, main)
  if (workbookXml === undefined) throw new XlsxReadError('no workbook part')
  const rels = relationships(parts, main)
  const folder = main.slice(0, main.lastIndexOf('/') + 1)
  const byType = (suffix: string, fallback: string) =>
    [...rels.values()].find((r) => r.type.endsWith(suffix))?.target ?? `${folder}${fallback}`

  let date1904 = false
  const listed: { name: string; part: string }[] = []
  scan(workbookXml, (closing, name, attrs) => {
    if (closing) return
    if (name === 'workbookPr') {
      const v = attributes(attrs).get('date1904')
      date1904 = v === '1' || v === 'true'
    } else if (name === 'sheet') {
      const a = attributes(attrs)
      const id = [...a].find(([k]) => local(k) === 'id')?.[1]
      const target = id === undefined ? undefined : rels.get(id)?.target
      if (target && parts.has(target) && options.sheetPart(target)) listed.push({ name: a.get('name') ?? '', part: target })
    }
  })
  if (listed.length === 0) throw new XlsxReadError('no worksheet')
  let ctx: Context | undefined
  const context = (): Context =>
    (ctx ??= {
      strings: sharedStrings(partText(parts, byType('/sharedStrings', 'sharedStrings.xml'))),
      dates: dateStyles(partText(parts, byType('/styles', 'styles.xml'))),
      date1904,
    })
  return {
    sheets: listed.map(({ name, part }) => ({ name, read: () => readSheet(context(), partText(parts, part)!, options) })),
  }
}
