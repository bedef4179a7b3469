/**
 * Page frames: the parts of a document that pdfmake can only take as functions (the footer with
 * page numbers). Builders describe them as data ({@link FrameSpec}) so a document definition can
 * cross into the PDF worker with postMessage; the renderer calls {@link attachFrame} right
 * before pdfmake runs.
 */
import {
  BODY_STYLE,
  gbPageNumberSide,
  gbPageNumberText,
  PAGE_NUMBER_FONT_SIZE,
  PAGE_NUMBER_SIDE_INSET,
  PAGE_NUMBER_TOP_OFFSET,
} from './layout'
import { SIGNATURE_DATE_MARK, SIGNATURE_LEAD_MARK, SIGNATURE_MARK } from './document'
import type { Content, FrameSpec, LaidOutNode, NodeQueries, PdfmakeDocument, PrintDocument } from './pdf-types'

export function ledgerPageNumberText(style: 'chinese' | 'dashes', page: number, pageCount: number): string {
  return style === 'chinese' ? `第 ${page} 页 共 ${pageCount} 页` : gbPageNumberText(page)
}

/** The footer content for one page. */
export function frameFooter(frame: FrameSpec, currentPage: number, pageCount: number): Content {
  if (frame.kind === 'gb9704') {
    const side = gbPageNumberSide(currentPage)
    return {
      text: gbPageNumberText(currentPage),
      font: BODY_STYLE.font,
      bold: false,
      fontSize: PAGE_NUMBER_FONT_SIZE,
      lineHeight: 1,
      characterSpacing: 0,
      alignment: side,
      margin: [
        frame.marginLeft + (side === 'left' ? PAGE_NUMBER_SIDE_INSET : 0),
        PAGE_NUMBER_TOP_OFFSET,
        frame.marginRight + (side === 'right' ? PAGE_NUMBER_SIDE_INSET : 0),
        0,
      ],
    }
  }
  return {
    text: ledgerPageNumberText(frame.style, currentPage, pageCount),
    font: BODY_STYLE.font,
    bold: false,
    fontSize: frame.fontSize,
    lineHeight: 1,
    alignment: 'center',
    margin: [frame.marginLeft, frame.offsetTop, frame.marginRight, 0],
  }
}

/** Turn the serialisable frame into pdfmake's footer function. Does not mutate `doc`. */
/**
 * 落款不单独成页 (GB/T 9704-2012 7.3.5.5): the 署名 and date lines stay on one page, and that page
 * holds text too: when they would not fit under the text, the text block before them (the lead)
 * is carried over with them. Why the 落款 used to print alone: the block needs two blank lines plus
 * the 署名 and date lines (4 × 28.99 pt); a 名单 table's rows are not whole grid lines, so a page
 * “with four lines left” can be a fraction of a point short, and pdfmake moved the unbreakable
 * block, alone, to the next page.
 * Declarative on purpose: the document crosses into the PDF worker with postMessage, so it holds
 * markers (document.ts SIGNATURE_*_MARK) and this function is attached here, right before pdfmake.
 */
export function keepSignatureWithText(node: LaidOutNode, queries: NodeQueries): boolean {
  if (node.headlineLevel !== SIGNATURE_LEAD_MARK) return false
  // The lead already runs onto the next page: the 落款 will not be alone there.
  if (node.pageNumbers.length > 1) return false
  const following = queries.getFollowingNodesOnPage().map((n) => n.headlineLevel)
  if (following.includes(SIGNATURE_MARK) && following.includes(SIGNATURE_DATE_MARK)) return false
  // Already at the top of its page: breaking before it would change nothing.
  return queries.getPreviousNodesOnPage().length > 0
}

export function attachFrame(doc: PrintDocument): PdfmakeDocument {
  const { frame, ...rest } = doc
  const withBreaks: PdfmakeDocument = { ...rest, pageBreakBefore: keepSignatureWithText }
  if (!frame) return withBreaks
  return { ...withBreaks, footer: (currentPage: number, pageCount: number) => frameFooter(frame, currentPage, pageCount) }
}
