/**
 * The shared GB/T 9704-2012 document frame for everything 乡约 posts on the 公示栏: title, body
 * with heading levels, 附件说明, 落款 (署名 + 成文日期, sealed or not) and page numbers.
 * Pure: data in, serialisable pdfmake definition out.
 */
import { formatChineseDate } from '@/domain/calendar/calendar'
import {
  A4,
  BODY_CHARACTER_SPACING,
  BODY_GLYPH_SIZE,
  BODY_STYLE,
  CHAR_PITCH,
  estimateTextWidth,
  GB_PAGE_MARGINS,
  HEADING_STYLES,
  lineHeightFor,
  LINE_PITCH,
  MARGIN_BOTTOM,
  MARGIN_LEFT,
  MARGIN_RIGHT,
  mm,
  PARAGRAPH_INDENT,
  TEXT_BLOCK_WIDTH,
  TITLE_FONT_SIZE,
  TITLE_STYLE,
  type HeadingLevel,
} from './layout'
import { breakAllowedBetween, kinsokuText } from './linebreak'
import type { Content, ContentText, PrintDocument } from './pdf-types'
import { buildTable, type TableColumn, type TableRow } from './table'

export type BodyBlock =
  | string
  | { kind: 'paragraph'; text: string }
  /** text includes its numbering: '一、基本情况', '（一）申请条件', '1.', '（1）' */
  | { kind: 'heading'; level: HeadingLevel; text: string }
  | { kind: 'table'; columns: readonly TableColumn[]; rows: readonly TableRow[]; fontSize?: number }

export interface OfficialDocumentInput {
  title: string
  bodyBlocks: readonly BodyBlock[]
  /** 附件说明: names of the attachments, without punctuation at the end */
  attachmentsNote?: readonly string[]
  signature: { issuer: string; date: string }
  /** true: a seal goes on the 落款 (7.3.5.1) and a dashed placement mark is printed */
  sealMark: boolean
  /** PDF metadata subject/keywords */
  subject?: string
}

/** pdfmake lineHeight multipliers that keep every line on the 22-line grid. */
const BODY_LINE_HEIGHT = lineHeightFor('NotoSerifSC', BODY_GLYPH_SIZE)
const TITLE_LINE_HEIGHT = lineHeightFor('NotoSerifSC', TITLE_FONT_SIZE)

/** Seal mark: 村（居）委会印章 are usually round, 42 mm across; the mark shows where it goes. */
export const SEAL_DIAMETER_MM = 42
export const SEAL_HINT = '（盖章）'
const SEAL_HINT_SIZE = 10.5
const SEAL_MARK_COLOR = '#888888'

export function bodyParagraph(text: string): ContentText {
  return { text: kinsokuText(text), leadingIndent: PARAGRAPH_INDENT, alignment: 'justify' }
}

export function heading(level: HeadingLevel, text: string): ContentText {
  const style = HEADING_STYLES[level]
  return {
    text: kinsokuText(text),
    font: style.font,
    bold: style.bold,
    leadingIndent: PARAGRAPH_INDENT,
    alignment: 'justify',
    lineHeight: lineHeightFor(style.font, BODY_GLYPH_SIZE),
  }
}

function blockContent(block: BodyBlock): Content[] {
  if (typeof block === 'string') return splitParagraphs(block).map(bodyParagraph)
  switch (block.kind) {
    case 'paragraph':
      return splitParagraphs(block.text).map(bodyParagraph)
    case 'heading':
      return [heading(block.level, block.text)]
    case 'table': {
      const table = buildTable(block.columns, block.rows, { fontSize: block.fontSize ?? 12 })
      // a table sits on its own lines: half a line above and below keeps it clear of the text
      return [{ ...table, margin: [0, LINE_PITCH / 2, 0, LINE_PITCH / 2] }]
    }
  }
}

/** A line break in a paragraph string starts a new 自然段 (each gets its own 2-char indent). */
function splitParagraphs(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
}

/**
 * §7.3.1: a title that needs several lines is broken 词意完整、排列对称 — never leaving one
 * character alone on the last line. We cut it into lines of near-equal width (the first line
 * never shorter: 梯形), only between words (ICU word segmentation) and where 禁则 allow, preferring a
 * cut right after '的' (关于……的 | 公示) when one is within two characters of the balance point.
 * Lines the secretary broke by hand ('\n') are kept as typed.
 */
export function balanceTitleLines(title: string, fontSize = TITLE_FONT_SIZE, width = TEXT_BLOCK_WIDTH): string[] {
  const manual = title
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
  if (manual.length !== 1) return manual
  const text = manual[0] ?? ''
  const total = estimateTextWidth(text, fontSize)
  const lines = Math.ceil(total / width - 1e-9)
  if (lines <= 1) return [text]
  const chars = Array.from(text)
  const wordEnds = wordBoundaries(chars)
  const out: string[] = []
  let start = 0
  for (let k = 1; k < lines; k++) {
    const remaining = chars.slice(start)
    const target = estimateTextWidth(remaining.join(''), fontSize) / (lines - k + 1)
    let best = -1
    let bestScore = Infinity
    let acc = 0
    for (let i = start; i < chars.length - 1; i++) {
      acc += estimateTextWidth(chars[i] ?? '', fontSize)
      if (acc > width) break
      const a = chars[i] ?? ''
      const b = chars[i + 1] ?? ''
      if (!wordEnds.has(i + 1) || !breakAllowedBetween(a, b) || (/[0-9A-Za-z]/.test(a) && /[0-9A-Za-z.,%]/.test(b))) continue
      // first line may be longer (by up to a character), not shorter
      let score = Math.abs(acc - target) / fontSize + (acc < target - fontSize / 2 ? 0.6 : 0)
      if (a === '的') score -= 1.5
      if (score < bestScore) {
        bestScore = score
        best = i + 1
      }
    }
    if (best <= start) break
    out.push(chars.slice(start, best).join(''))
    start = best
  }
  out.push(chars.slice(start).join(''))
  return out
}

/**
 * Code-point offsets where a word ends, from the ICU dictionary segmenter (Intl.Segmenter, in
 * Chromium/Electron and node): 关于|2026|年度|村|集体|经济|…. Without it every offset counts.
 */
function wordBoundaries(chars: readonly string[]): Set<number> {
  const ends = new Set<number>()
  if (typeof Intl === 'undefined' || typeof Intl.Segmenter !== 'function') {
    for (let i = 1; i < chars.length; i++) ends.add(i)
    return ends
  }
  let offset = 0
  for (const { segment } of new Intl.Segmenter('zh', { granularity: 'word' }).segment(chars.join(''))) {
    offset += Array.from(segment).length
    ends.add(offset)
  }
  return ends
}

/** §7.3.1 title: centred, 2号小标宋 (substitute), one blank line below (§7.3.2). */
export function titleBlock(title: string): ContentText {
  return {
    text: kinsokuText(balanceTitleLines(title.trim()).join('\n')),
    font: TITLE_STYLE.font,
    bold: TITLE_STYLE.bold,
    fontSize: TITLE_FONT_SIZE,
    lineHeight: TITLE_LINE_HEIGHT,
    alignment: 'center',
    margin: [0, 0, 0, LINE_PITCH],
  }
}

/** §7.3.4: 正文下空一行左空二字编排“附件”二字，后标全角冒号和附件名称；多个附件用阿拉伯数字标注顺序号. */
export function attachmentsBlock(names: readonly string[]): Content | null {
  const clean = names.map((n) => n.trim().replace(/[。，；、.,;]+$/u, '')).filter((n) => n.length > 0)
  if (clean.length === 0) return null
  if (clean.length === 1) {
    return {
      text: kinsokuText(`附件：${clean[0] ?? ''}`),
      leadingIndent: PARAGRAPH_INDENT,
      alignment: 'left',
      margin: [0, LINE_PITCH, 0, 0],
    }
  }
  // '附件：' in the indent, numbered names aligned after it (wrapped lines align with the names)
  const labelWidth = PARAGRAPH_INDENT + 3 * CHAR_PITCH
  return {
    columns: [
      { width: labelWidth, text: '附件：', alignment: 'right' },
      { width: '*', stack: clean.map((n, i) => ({ text: kinsokuText(`${i + 1}.${n}`), alignment: 'left' })) },
    ],
    columnGap: 0,
    margin: [0, LINE_PITCH, 0, 0],
  }
}

/**
 * Markers for frame.ts keepSignatureWithText: the 落款's 署名 line (pdfmake reports leaf nodes, not
 * the stack) and the text block before it. `headlineLevel` is pdfmake's own field for page-break
 * callbacks; ids would do too, but must be unique in a PDF, and several notices may share one.
 */
export const SIGNATURE_MARK = 901
export const SIGNATURE_LEAD_MARK = 902
export const SIGNATURE_DATE_MARK = 903

/**
 * 落款 (§7.3.5). Sealed: 成文日期右空四字, 署名 centred over the date, two blank lines above so
 * the seal's top edge stays within one line of the text (§7.3.5.1). Unsealed: 署名 one blank line
 * below the text, 右空二字; the date on the next line starting two characters right of the
 * 署名's first character (§7.3.5.2). Kept on one page with the text before it (frame.ts
 * keepSignatureWithText; not pdfmake's `unbreakable`, whose moved blocks report stale positions).
 */
export function signatureBlock(issuer: string, isoDate: string, sealed: boolean): Content {
  const date = formatChineseDate(isoDate)
  const size = BODY_GLYPH_SIZE
  const issuerWidth = estimateTextWidth(issuer, size)
  const dateWidth = estimateTextWidth(date, size)
  if (sealed) {
    const dateRight = 4 * CHAR_PITCH
    const issuerRight = Math.max(0, dateRight + (dateWidth - issuerWidth) / 2)
    const r = mm(SEAL_DIAMETER_MM) / 2
    const cx = TEXT_BLOCK_WIDTH - dateRight - dateWidth / 2
    const cy = LINE_PITCH // the boundary between the 署名 line and the date line
    return {
      margin: [0, 2 * LINE_PITCH, 0, 0],
      // Only the 署名 and date lines take space. The seal circle reaches below the date, so it is
      // drawn last and positioned back up over them (drawn first, it made pdfmake open an empty page
      // when the date was the page's last line); the （盖章） hint goes first, at the top of the
      // circle, in the blank lines above the 署名, so it never falls below the date either.
      stack: [
        {
          relativePosition: { x: cx - (SEAL_HINT.length * SEAL_HINT_SIZE) / 2, y: cy - r + 0.8 * SEAL_HINT_SIZE },
          text: SEAL_HINT,
          fontSize: SEAL_HINT_SIZE,
          lineHeight: 1,
          color: SEAL_MARK_COLOR,
          noWrap: true,
        },
        { text: issuer, alignment: 'right', margin: [0, 0, issuerRight, 0], noWrap: true, headlineLevel: SIGNATURE_MARK },
        { text: date, alignment: 'right', margin: [0, 0, dateRight, 0], noWrap: true, headlineLevel: SIGNATURE_DATE_MARK },
        {
          // The canvas' own height is its lowest point (y + r): with y = -r it takes no space, and
          // the offset puts the centre on the boundary between the 署名 and date lines.
          relativePosition: { x: 0, y: r - 2 * LINE_PITCH + cy },
          canvas: [
            { type: 'ellipse', x: cx, y: -r, r1: r, r2: r, lineWidth: 0.75, lineColor: SEAL_MARK_COLOR, dash: { length: 4, space: 3 } },
          ],
        },
      ],
    }
  }
  const issuerRight = 2 * CHAR_PITCH
  const issuerLeft = TEXT_BLOCK_WIDTH - issuerRight - issuerWidth
  const dateLeft = Math.max(0, Math.min(issuerLeft + 2 * CHAR_PITCH, TEXT_BLOCK_WIDTH - dateWidth))
  return {
    margin: [0, LINE_PITCH, 0, 0],
    stack: [
      { text: issuer, alignment: 'right', margin: [0, 0, issuerRight, 0], noWrap: true, headlineLevel: SIGNATURE_MARK },
      { text: date, alignment: 'left', margin: [dateLeft, 0, 0, 0], noWrap: true, headlineLevel: SIGNATURE_DATE_MARK },
    ],
  }
}

/** Common page set-up of an A4 GB/T 9704 document (margins, default 仿宋-substitute style, page numbers). */
export function gbPage(content: Content[], info: { title: string; subject?: string }): PrintDocument {
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: GB_PAGE_MARGINS,
    content,
    defaultStyle: {
      font: BODY_STYLE.font,
      bold: false,
      fontSize: BODY_GLYPH_SIZE,
      lineHeight: BODY_LINE_HEIGHT,
      characterSpacing: BODY_CHARACTER_SPACING,
      color: '#000000',
    },
    info: { title: info.title, ...(info.subject ? { subject: info.subject } : {}), creator: '乡约', producer: '乡约' },
    language: 'zh-CN',
    frame: {
      kind: 'gb9704',
      pageWidth: A4.width,
      pageHeight: A4.height,
      marginLeft: MARGIN_LEFT,
      marginRight: MARGIN_RIGHT,
      marginBottom: MARGIN_BOTTOM,
    },
  }
}

/** Marks the last text block before the 落款 so it can be carried to the 落款's page. */
function markLead(content: Content[]): void {
  const last = content.at(-1)
  if (last === undefined) return
  content[content.length - 1] =
    typeof last === 'string'
      ? { text: last, headlineLevel: SIGNATURE_LEAD_MARK }
      : ({ ...last, headlineLevel: SIGNATURE_LEAD_MARK } as Content)
}

export function officialDocument(input: OfficialDocumentInput): PrintDocument {
  if (!input.title.trim()) throw new Error('标题不能为空')
  if (!input.signature.issuer.trim()) throw new Error('落款（发文单位）不能为空')
  const content: Content[] = [titleBlock(input.title), ...input.bodyBlocks.flatMap(blockContent)]
  const attachments = input.attachmentsNote ? attachmentsBlock(input.attachmentsNote) : null
  if (attachments) content.push(attachments)
  markLead(content)
  content.push(signatureBlock(input.signature.issuer.trim(), input.signature.date, input.sealMark))
  return gbPage(content, { title: input.title.replace(/\s+/g, ''), ...(input.subject ? { subject: input.subject } : {}) })
}
