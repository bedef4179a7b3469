/**
 * GB/T 9704-2012《党政机关公文格式》 layout numbers, in PDF points (1 pt = 1/72 in).
 *
 * Village committees are not 党政机关; their notices imitate the 公文 format because that is
 * what readers and townships expect (domain-rules §4.1, §5). Clause numbers are the standard's.
 * Everything is derived from the millimetre figures of the standard so a reviewer can check one
 * line against the text, and the unit tests pin the derived values.
 */

/** 1 mm in pt: 72 pt per inch / 25.4 mm per inch. */
export const PT_PER_MM = 72 / 25.4

export function mm(millimetres: number): number {
  return millimetres * PT_PER_MM
}

/** §5.1 (GB/T 148): A4 210 mm × 297 mm = 595.28 × 841.89 pt (pdfkit's 'A4'). */
export const A4_WIDTH_MM = 210
export const A4_HEIGHT_MM = 297
export const A4 = { width: 595.28, height: 841.89 } as const

/** §5.2.1: 天头（上白边）37 mm ± 1 mm. */
export const MARGIN_TOP_MM = 37
/** §5.2.1: 订口（左白边）28 mm ± 1 mm. */
export const MARGIN_LEFT_MM = 28
/** §5.2.1: 版心 156 mm × 225 mm (without 页码). */
export const TEXT_BLOCK_WIDTH_MM = 156
export const TEXT_BLOCK_HEIGHT_MM = 225
/** Derived: 210 − 28 − 156 = 26 mm (翻口). */
export const MARGIN_RIGHT_MM = A4_WIDTH_MM - MARGIN_LEFT_MM - TEXT_BLOCK_WIDTH_MM
/** Derived: 297 − 37 − 225 = 35 mm (地脚). */
export const MARGIN_BOTTOM_MM = A4_HEIGHT_MM - MARGIN_TOP_MM - TEXT_BLOCK_HEIGHT_MM

export const MARGIN_TOP = mm(MARGIN_TOP_MM)
export const MARGIN_LEFT = mm(MARGIN_LEFT_MM)
export const MARGIN_RIGHT = mm(MARGIN_RIGHT_MM)
export const MARGIN_BOTTOM = mm(MARGIN_BOTTOM_MM)
export const TEXT_BLOCK_WIDTH = mm(TEXT_BLOCK_WIDTH_MM)
export const TEXT_BLOCK_HEIGHT = mm(TEXT_BLOCK_HEIGHT_MM)

/** pdfmake order: [left, top, right, bottom]. */
export const GB_PAGE_MARGINS: [number, number, number, number] = [MARGIN_LEFT, MARGIN_TOP, MARGIN_RIGHT, MARGIN_BOTTOM]

/** Chinese 字号 → pt (Word convention, domain-rules §5 [S21]; not in the standard itself). */
export const ZIHAO = {
  二号: 22,
  三号: 16,
  四号: 14,
  小四: 12,
  五号: 10.5,
} as const

/** §7.3.1: 标题 2号 (小标宋). */
export const TITLE_FONT_SIZE = ZIHAO.二号
/** §5.2.2 / §7.3.3: 正文 3号 (仿宋). Nominal size; see BODY_GLYPH_SIZE. */
export const BODY_FONT_SIZE = ZIHAO.三号
/** §7.5: 页码 4号半角宋体阿拉伯数字. */
export const PAGE_NUMBER_FONT_SIZE = ZIHAO.四号

/** §5.2.3: 每面排22行，每行排28个字，并撑满版心. */
export const LINES_PER_PAGE = 22
export const CHARS_PER_LINE = 28

/**
 * Character pitch: 156 mm / 28 = 5.571 mm = 15.793 pt. A 16 pt (三号) character is 5.644 mm,
 * so 28 of them are 448 pt > 442.2 pt: the standard's grid packs characters 0.207 pt tighter
 * than their em box (Word does the same with 文档网格 "每行28字").
 *
 * Why not `characterSpacing: -0.207`? pdfmake measures a word as
 * `widthOf(text) + characterSpacing × (text.length − 1)`, and its Unicode line breaker makes
 * every CJK character its own word, so a negative spacing never reaches the line-fitting
 * arithmetic: measured with Noto Serif SC, 16 pt + characterSpacing −0.222 still gives 27
 * characters a line. The only lever that works is the glyph size, so body text is set at the
 * grid pitch, 15.79 pt (−1.3 % of 16 pt, below what a reader can see) with no extra spacing;
 * lines are justified, so mixed Latin/digit runs still fill the 版心 exactly.
 */
export const CHAR_PITCH = TEXT_BLOCK_WIDTH / CHARS_PER_LINE
export const BODY_GLYPH_SIZE = CHAR_PITCH
export const BODY_CHARACTER_SPACING = 0

/**
 * Line pitch: 225 mm / 22 = 10.227 mm = 28.99 pt. (§3.2's literal 一行 = 3号 height × 15/8 =
 * 10.58 mm would give only 21.3 lines, so the 22-line rule wins, as in every word processor.)
 * A hair is taken off so floating-point sums of 22 lines never exceed the 版心 and push the
 * 22nd line to the next page.
 */
export const LINE_PITCH = TEXT_BLOCK_HEIGHT / LINES_PER_PAGE - 0.001

/**
 * pdfmake's line height = (ascender − descender) / unitsPerEm × fontSize × lineHeight, so to
 * put every line on the 28.99 pt grid the multiplier depends on the face's vertical metrics.
 * Values are the hhea ascent/descent of the bundled faces (fonts.test.ts checks them against
 * the real TTF files).
 */
export const FONT_LINE_HEIGHT_EM = {
  NotoSerifSC: (1151 + 286) / 1000,
  NotoSansSC: (1160 + 288) / 1000,
} as const

export type FontFamilyName = keyof typeof FONT_LINE_HEIGHT_EM

/** The pdfmake `lineHeight` multiplier that makes a line of `fontSize` in `family` advance `pitch`. */
export function lineHeightFor(family: FontFamilyName, fontSize: number, pitch = LINE_PITCH): number {
  return pitch / (FONT_LINE_HEIGHT_EM[family] * fontSize)
}

/**
 * Advance of an ASCII digit in Noto Serif SC Regular, in em (557/1000 for 0; 1–9 are within 0.002; fonts.test.ts checks it).
 * Used to place the 落款, whose date mixes digits and 年月日, without measuring in the builder.
 */
export const DIGIT_ADVANCE_EM = 0.557
/** Other ASCII characters: an average, only used for rare Latin letters in an issuer's name. */
export const ASCII_ADVANCE_EM = 0.5

/** Width of a single-line string at `fontSize` (CJK = 1 em), for right-aligned blocks. */
export function estimateTextWidth(text: string, fontSize: number): number {
  let em = 0
  for (const ch of text) {
    if (ch >= '0' && ch <= '9') em += DIGIT_ADVANCE_EM
    else if (ch.charCodeAt(0) < 0x80) em += ASCII_ADVANCE_EM
    else em += 1
  }
  return em * fontSize
}

/** §7.3.3 paragraphs: 每个自然段左空二字. */
export const PARAGRAPH_INDENT = 2 * CHAR_PITCH

/**
 * §7.5 页码: the em dash sits 7 mm below the 版心's bottom edge. pdfmake lays the footer out in
 * the bottom margin starting at the 版心's bottom edge, so the footer's top margin is 7 mm minus
 * the distance from a 14 pt line's top to the middle of the dash glyph: the baseline is at the
 * ascender (1.151 em in Noto Serif SC) and the dash's ink is centred 0.2675 em above it
 * (glyph bbox y 242–293). (1.151 − 0.2675) × 14 = 12.37 pt.
 */
export const PAGE_NUMBER_DASH_BELOW_TEXT_BLOCK_MM = 7
export const PAGE_NUMBER_DASH_CENTRE_FROM_LINE_TOP = (1.151 - 0.2675) * PAGE_NUMBER_FONT_SIZE
export const PAGE_NUMBER_TOP_OFFSET = mm(PAGE_NUMBER_DASH_BELOW_TEXT_BLOCK_MM) - PAGE_NUMBER_DASH_CENTRE_FROM_LINE_TOP
/** §7.5: 单页码居右空一字，双页码居左空一字 — one character (3号 grid pitch, §3.1 一字). */
export const PAGE_NUMBER_SIDE_INSET = CHAR_PITCH

/** §7.5: '— 1 —' (一字线 on each side of the half-width number). */
export function gbPageNumberText(page: number): string {
  return `— ${page} —`
}

/** §7.5: odd pages right, even pages left. */
export function gbPageNumberSide(page: number): 'left' | 'right' {
  return page % 2 === 1 ? 'right' : 'left'
}

/**
 * §7.3.3 heading hierarchy “一、”“（一）”“1.”“（1）”: level 1 黑体, level 2 楷体, levels 3–4 仿宋.
 * No OFL 黑体/楷体/仿宋 ships with the app (system fonts are never used, design.md), so:
 * - 黑体 → Noto Sans SC Bold (a sans face, the nearest look to 黑体 on a notice board);
 * - 楷体 → Noto Serif SC Regular: there is no OFL 楷体 among our bundled packages (LXGW WenKai
 *   would be one, but it is not a dependency); levels 2–4 therefore look like body text, which
 *   their numbering already distinguishes;
 * - 仿宋 (body and levels 3–4) → Noto Serif SC Regular;
 * - 小标宋 (title) → Noto Serif SC Bold.
 */
export const HEADING_STYLES = {
  1: { font: 'NotoSansSC', bold: true, substituteFor: '黑体' },
  2: { font: 'NotoSerifSC', bold: false, substituteFor: '楷体' },
  3: { font: 'NotoSerifSC', bold: false, substituteFor: '仿宋' },
  4: { font: 'NotoSerifSC', bold: false, substituteFor: '仿宋' },
} as const satisfies Record<1 | 2 | 3 | 4, { font: FontFamilyName; bold: boolean; substituteFor: string }>

export type HeadingLevel = keyof typeof HEADING_STYLES

export const TITLE_STYLE = { font: 'NotoSerifSC', bold: true, substituteFor: '小标宋' } as const
export const BODY_STYLE = { font: 'NotoSerifSC', bold: false, substituteFor: '仿宋' } as const
