/**
 * The subset of pdfmake's document-definition vocabulary our builders use.
 *
 * pdfmake 0.3 ships no TypeScript types and @types/pdfmake describes 0.2, so we keep our own
 * narrow, strict description here. Everything a builder returns must stay JSON-serialisable
 * (it crosses into the PDF worker with postMessage); functions such as `footer` are attached
 * inside the renderer from a serialisable {@link FrameSpec} (see frame.ts).
 */

export type Margins = number | [number, number] | [number, number, number, number]
export type Alignment = 'left' | 'right' | 'center' | 'justify'

export interface StyleProps {
  font?: string
  fontSize?: number
  bold?: boolean
  italics?: boolean
  color?: string
  alignment?: Alignment
  /** multiplier of the font's own line height (ascender − descender) */
  lineHeight?: number
  characterSpacing?: number
  /** first-line indent in pt (pdfmake 0.3 `leadingIndent`) */
  leadingIndent?: number
  noWrap?: boolean
  margin?: Margins
  preserveLeadingSpaces?: boolean
}

export interface TextInline extends StyleProps {
  text: string | TextInline[]
}

export interface Positioned {
  /** detached from the flow: offset from where the node would start */
  relativePosition?: { x: number; y: number }
  absolutePosition?: { x: number; y: number }
}

export interface ContentText extends StyleProps, Positioned {
  text: string | TextInline[]
  style?: string | string[]
  pageBreak?: 'before' | 'after'
  /** keep with the following node where pdfmake supports it */
  headlineLevel?: number
  id?: string
}

export interface ContentStack extends StyleProps {
  stack: Content[]
  unbreakable?: boolean
  pageBreak?: 'before' | 'after'
}

export interface ContentColumns extends StyleProps {
  columns: (Content & { width?: number | '*' | 'auto' })[]
  columnGap?: number
}

export type CanvasElement =
  | {
      type: 'rect'
      x: number
      y: number
      w: number
      h: number
      r?: number
      dash?: { length: number; space?: number }
      lineWidth?: number
      lineColor?: string
      color?: string
    }
  | {
      type: 'ellipse'
      x: number
      y: number
      r1: number
      r2: number
      dash?: { length: number; space?: number }
      lineWidth?: number
      lineColor?: string
    }
  | {
      type: 'line'
      x1: number
      y1: number
      x2: number
      y2: number
      lineWidth?: number
      lineColor?: string
      dash?: { length: number; space?: number }
    }

export interface ContentCanvas extends StyleProps, Positioned {
  canvas: CanvasElement[]
}

export interface TableCell extends StyleProps {
  text: string | TextInline[]
  colSpan?: number
  rowSpan?: number
  fillColor?: string
}

export interface ContentTable extends StyleProps {
  table: {
    headerRows?: number
    dontBreakRows?: boolean
    keepWithHeaderRows?: number
    widths?: (number | '*' | 'auto')[]
    body: (TableCell | string | Record<string, never>)[][]
  }
  /** a table layout registered by name in the renderer: 'gbTable' (thin black rules) */
  layout?: 'gbTable'
}

export type Content = string | ContentText | ContentStack | ContentColumns | ContentCanvas | ContentTable | Content[]

export interface DocumentInfo {
  title?: string
  author?: string
  subject?: string
  creator?: string
  producer?: string
  keywords?: string
}

/** The page frame (footer with page numbers) to be attached at render time. See frame.ts. */
export type FrameSpec =
  | {
      /** GB/T 9704-2012 §7.5: '— 1 —', 4号, 7 mm below the text block, odd right / even left. */
      kind: 'gb9704'
      pageWidth: number
      pageHeight: number
      marginLeft: number
      marginRight: number
      marginBottom: number
    }
  | {
      /** ledgers: centred '第 n 页 共 m 页' or the GB dash style '— n —'. */
      kind: 'ledger'
      style: 'chinese' | 'dashes'
      fontSize: number
      marginLeft: number
      marginRight: number
      /** distance from the bottom of the text area to the top of the page-number line */
      offsetTop: number
    }

/**
 * A serialisable pdfmake document definition. `frame` is ours (pdfmake ignores unknown keys);
 * the renderer turns it into pdfmake's `footer` function.
 */
export interface PrintDocument {
  pageSize: 'A4'
  pageOrientation: 'portrait' | 'landscape'
  pageMargins: [number, number, number, number]
  content: Content[]
  defaultStyle: StyleProps
  styles?: Record<string, StyleProps>
  info?: DocumentInfo
  language?: string
  frame?: FrameSpec
}

/** What pdfmake actually receives: a PrintDocument with the frame turned into a footer function. */
/** What pdfmake tells a pageBreakBefore callback about a laid-out node (pdfmake 0.3 LayoutBuilder). */
export interface LaidOutNode {
  headlineLevel?: number
  pageNumbers: number[]
}

export interface NodeQueries {
  getFollowingNodesOnPage(): LaidOutNode[]
  getNodesOnNextPage(): LaidOutNode[]
  getPreviousNodesOnPage(): LaidOutNode[]
}

export interface PdfmakeDocument extends Omit<PrintDocument, 'frame'> {
  footer?: (currentPage: number, pageCount: number) => Content | null
  pageBreakBefore?: (node: LaidOutNode, queries: NodeQueries) => boolean
}
