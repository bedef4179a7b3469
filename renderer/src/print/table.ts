/**
 * Plain official tables (名单 in a 公示, 台账 rows): thin black rules, header in 黑体 substitute,
 * header row repeated on every page, rows never split across pages.
 *
 * Speed on long tables. pdfmake's TextBreaker cuts Chinese text at every character (UAX #14
 * allows a break between two ideographs), and every piece becomes an inline that is styled
 * (~20 style-stack look-ups), measured and finally written as its own pdfkit text object. A
 * 24-character 事项 cell is 21 inlines; the 100-page ledger benchmark (2,400 rows) had ~68,000
 * of them and took 2.6–3.5 s in node. A cell that surely fits on one line needs no line breaking
 * at all, so when the table knows how wide it prints ({@link TableOptions.availableWidth}) such a
 * cell is one noWrap string: one inline, the same glyphs at the same places (pixel-identical
 * pages, see {@link surelyFitsOnOneLine}). That leaves 12,000 inlines: 1.0–1.4 s, and 408 KB of
 * PDF instead of 664 KB. Cells that may wrap keep the 禁则 runs of {@link kinsokuText}.
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
  /**
   * Width the table may take (the page inside its margins), when the caller knows it: lets cells
   * that surely fit their column skip line breaking. Without it every cell is laid out as text
   * that may wrap.
   */
  availableWidth?: number
}

/**
 * The gbTable layout's rule width and horizontal cell padding, in pt. The renderer registers the
 * layout (engine.ts GB_TABLE_LAYOUT); they are here because a '*' column's printed width depends
 * on them. table.test.ts renders a cell right at the one-line limit to catch a mismatch.
 */
export const GB_TABLE_RULE_WIDTH = 0.5
export const GB_TABLE_PADDING_X = 4

export function cellText(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return ''
  return typeof value === 'number' ? String(value) : value
}

/**
 * Width in pt each column gives its text, as pdfmake will compute it, or undefined where that
 * depends on the content ('auto' columns, and '*' columns next to an 'auto' one). For '*' this
 * is a lower bound: pdfmake only widens star columns (when their longest unbreakable word does
 * not fit), never narrows them.
 */
export function columnTextWidths(columns: readonly TableColumn[], availableWidth: number): (number | undefined)[] {
  const widths = columns.map((c) => c.width ?? '*')
  const rulesAndPadding = columns.length * (GB_TABLE_RULE_WIDTH + 2 * GB_TABLE_PADDING_X) + GB_TABLE_RULE_WIDTH
  const fixed = widths.reduce<number>((sum, w) => sum + (typeof w === 'number' ? w : 0), 0)
  const stars = widths.filter((w) => w === '*').length
  const starWidth = widths.includes('auto') ? undefined : (availableWidth - rulesAndPadding - fixed) / stars
  return widths.map((w) => (typeof w === 'number' ? w : w === '*' ? starWidth : undefined))
}

/**
 * Upper bound of the advance of a character a one-line cell may hold ({@link isOneLineChar}), in
 * em, for every bundled Noto face (table.test.ts checks the whole cmap of all four): Chinese and
 * full-width forms are exactly 1 em, ASCII digits ≤ 0.6 em, the rest ≤ 1.14 em ('№' in Serif
 * Bold; '@' 1.01 em). Characters a face lacks print as its 1 em .notdef box.
 */
export function charAdvanceBoundEm(codePoint: number): number {
  if (codePoint >= 0x30 && codePoint <= 0x39) return 0.6
  if (codePoint >= 0x3000) return 1
  return 1.25
}

const FULL_WIDTH_LETTER = /[Ａ-Ｚａ-ｚ]/u
const ASCII_LETTER = /[A-Za-z]/

/**
 * Characters a one-line cell may hold: Chinese, digits and punctuation (ASCII, CJK, full-width,
 * general), ·×÷°¥℃№. Not letters: the faces kern Latin and full-width letters against digits and
 * punctuation ('1A' +0.12 em, '…j' +0.13 em), so a letter next to a break opportunity prints
 * differently as one string than as pdfmake's separate words.
 */
export function isOneLineChar(char: string): boolean {
  const cp = char.codePointAt(0) ?? 0
  if (cp >= 0x20 && cp <= 0x7e) return !ASCII_LETTER.test(char)
  if (cp >= 0xff01 && cp <= 0xff65) return !FULL_WIDTH_LETTER.test(char)
  return (
    (cp >= 0x3000 && cp <= 0x3030) || // CJK punctuation (、。《》「」【】〔〕…)
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0x20000 && cp <= 0x3ffff) || // ideographs, extensions A–H
    (cp >= 0x2010 && cp <= 0x2027) || // dashes, quotes, …
    (cp >= 0x2030 && cp <= 0x203b) || // ‰ ′ ″ ※
    '¥°·×÷℃№'.includes(char)
  )
}

/**
 * Latin punctuation and dashes that the faces kern against each other (and against letters):
 * '/-' −0.065 em, '——' −0.088 em, '()' +0.028 em… (every pair checked with fontkit; none of them
 * kerns against Chinese, digits or full-width punctuation). Two of them side by side may straddle
 * a break opportunity, so such a cell takes the usual path; a lone '——' or '……' (破折号, 省略号)
 * is one word for pdfmake too and keeps the shortcut.
 */
export const KERNING_PUNCTUATION: ReadonlySet<string> = new Set(Array.from('!"#&\'()*,-./:;?@[\\]_{}·‑‒–—―‚„…‹›'))

/**
 * Does `text` certainly print on one line `width` pt wide, and print there exactly as pdfmake
 * would lay it out word by word? Then line breaking (and so the 禁则) has nothing to do.
 * Conservative: anything else answers false and is laid out as usual.
 */
export function surelyFitsOnOneLine(text: string, fontSize: number, width: number): boolean {
  let em = 0
  let kerningRun = '' // the kerning punctuation that ends with `char`
  for (const char of text) {
    if (!isOneLineChar(char)) return false
    kerningRun = KERNING_PUNCTUATION.has(char) ? kerningRun + char : ''
    if (kerningRun.length > 1 && kerningRun !== '——' && kerningRun !== '……') return false
    em += charAdvanceBoundEm(char.codePointAt(0) ?? 0)
  }
  // a hair below the width: pdfmake compares sums of floating-point advances
  return em * fontSize <= width - 0.01
}

export function buildTable(columns: readonly TableColumn[], rows: readonly TableRow[], options: TableOptions): ContentTable {
  if (columns.length === 0) throw new Error('表格至少需要一列')
  const lineHeight = options.lineHeight ?? 1.15
  const textWidths = options.availableWidth === undefined ? [] : columnTextWidths(columns, options.availableWidth)
  const header: TableCell[] = columns.map((c) => ({
    text: c.header,
    font: 'NotoSansSC',
    bold: true,
    alignment: 'center',
    noWrap: true,
  }))
  const body: TableCell[][] = rows.map((row) =>
    columns.map((c, i) => {
      const text = cellText(row[c.key])
      const alignment: Alignment = c.align ?? 'left'
      const width = textWidths[i]
      if (c.noWrap || (width !== undefined && surelyFitsOnOneLine(text, options.fontSize, width))) {
        return { text, alignment, noWrap: true }
      }
      return { text: kinsokuText(text), alignment }
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
    // on the table, not on each cell: every cell inherits them, 12,000 cells carry two properties
    // fewer through JSON cloning and postMessage, and pdfmake's style stack has less to merge
    // (~10 % of the 100-page ledger's CPU time)
    fontSize: options.fontSize,
    lineHeight,
  }
}
