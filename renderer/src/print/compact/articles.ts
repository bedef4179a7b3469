/**
 * 章 and 条 as printed in an official text (法规汇编 style on the GB/T 9704 grid):
 *
 *   - 章: centred, 黑体 (Noto Sans SC Bold), “第一章 总则” (an ideographic space between), one blank line above (none
 *     above the first);
 *   - 条: a paragraph indented two characters, beginning with “第三十九条” in 黑体 and an ideographic
 *     space, the rest 仿宋 (Noto Serif SC), justified;
 *   - 款: each further paragraph of the article, indented two characters, no number (款 are not
 *     numbered in Chinese statutes);
 *   - 项: each on its own line, indented two characters, with its marker as adopted (（一）, 1.).
 *
 * Every line stays on the 28.99 pt grid: the 黑体 runs carry the line height of their own face, since
 * pdfmake takes the tallest inline of a line and Noto Sans is taller than Noto Serif.
 */
import { formatOrdinal } from '@/domain/compact/numerals'
import { structureOf, type Article, type Chapter } from '@/domain/compact/model'
import { bodyParagraph } from '../document'
import { BODY_GLYPH_SIZE, HEADING_STYLES, lineHeightFor, PARAGRAPH_INDENT, type FontFamilyName } from '../layout'
import { kinsokuInlines, kinsokuText } from '../linebreak'
import type { ContentText, TextInline } from '../pdf-types'

const IDEOGRAPHIC_SPACE = '\u3000'

/** 黑体 substitute, as GB/T 9704's level-1 heading. */
export const HEITI = HEADING_STYLES[1]
const HEITI_LINE_HEIGHT = lineHeightFor(HEITI.font as FontFamilyName, BODY_GLYPH_SIZE)

/** “第三十九条” in 黑体, never broken inside. */
export function articleNumberInline(number: number): TextInline {
  return { text: formatOrdinal(number), font: HEITI.font, bold: HEITI.bold, lineHeight: HEITI_LINE_HEIGHT, noWrap: true }
}

/** “第一章 总则” (ideographic space), centred 黑体. */
export function chapterHeading(chapter: Chapter): ContentText {
  const text = `${formatOrdinal(chapter.number, '章')}${IDEOGRAPHIC_SPACE}${chapter.title.trim()}`.trim()
  return { text: kinsokuText(text), font: HEITI.font, bold: HEITI.bold, lineHeight: HEITI_LINE_HEIGHT, alignment: 'center' }
}

/**
 * The article's paragraphs: the first 款 opens with its number, then any further 款 and every 项 as
 * paragraphs of their own. An article with no text still prints its number (a reserved article).
 */
export function articleParagraphs(article: Article): ContentText[] {
  const paragraphs = structureOf(article.text)
  const lines: string[] = []
  for (const p of paragraphs) {
    lines.push(p.text)
    for (const item of p.items) lines.push(`${item.marker}${item.text}`)
  }
  const [first = '', ...rest] = lines
  const opening: ContentText = {
    text: [articleNumberInline(article.number), { text: IDEOGRAPHIC_SPACE }, ...kinsokuInlines(first)],
    leadingIndent: PARAGRAPH_INDENT,
    alignment: 'justify',
  }
  return [opening, ...rest.map(bodyParagraph)]
}

/** Rough count of printed lines of a paragraph (28 characters a line, 2 of indent), for keep decisions. */
export function estimatedLines(paragraph: ContentText): number {
  const text = typeof paragraph.text === 'string' ? paragraph.text : flatten(paragraph.text)
  return Math.ceil((Array.from(text).length + 2) / 28)
}

function flatten(inlines: readonly TextInline[]): string {
  return inlines.map((i) => (typeof i.text === 'string' ? i.text : flatten(i.text))).join('')
}
