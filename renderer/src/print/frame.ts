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
import type { Content, FrameSpec, PdfmakeDocument, PrintDocument } from './pdf-types'

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
export function attachFrame(doc: PrintDocument): PdfmakeDocument {
  const { frame, ...rest } = doc
  if (!frame) return rest
  return { ...rest, footer: (currentPage: number, pageCount: number) => frameFooter(frame, currentPage, pageCount) }
}
