/**
 * The frame the 四议两公开 papers share: a form page (title in 小二 serif bold, 20 mm margins,
 * “第 n 页 共 m 页” at the foot, print/ledger.ts's look) and a bordered form table whose cells
 * may span rows and columns — the circulated 登记表 and 会议记录 are such grids, not GB/T 9704
 * letters. Also the scrubbing of free text: a full ID or mobile number typed into 发言摘要 or
 * 内容 is masked on paper (design principle 5); the village's public phone stays.
 */
import { findUnmaskedPersonalNumbers } from '@/domain/people/masking'
import type { VillageProfile } from '@/domain/village/profile'
import { LEDGER_MARGIN, LEDGER_MARGIN_BOTTOM, LEDGER_PAGE_NUMBER_OFFSET } from '../ledger'
import { A4, ZIHAO } from '../layout'
import { kinsokuText } from '../linebreak'
import { scrubPersonalNumbers } from '../notices'
import type { Alignment, Content, ContentTable, PrintDocument, TableCell } from '../pdf-types'

/** 全角空格 between parts of a line (as typed in Word). */
export const GAP = '\u3000'

/** Text size of the forms: 小四 on portrait forms, 五号 in the landscape ledger. */
export const FORM_FONT = ZIHAO.小四

export function formTitle(title: string, marginBottom = 10): Content {
  return {
    text: kinsokuText(title.trim()),
    font: 'NotoSerifSC',
    bold: true,
    fontSize: ZIHAO.二号 - 4, // 小二 (18 pt), as print/ledger.ts titles a register
    lineHeight: 1.2,
    alignment: 'center',
    margin: [0, 0, 0, marginBottom],
  }
}

/** Width a portrait / landscape form's content may take. */
export function formWidth(orientation: 'portrait' | 'landscape' = 'portrait'): number {
  return (orientation === 'landscape' ? A4.height : A4.width) - 2 * LEDGER_MARGIN
}

export function formDocument(
  title: string,
  content: Content[],
  opts: { orientation?: 'portrait' | 'landscape'; fontSize?: number; subject?: string } = {},
): PrintDocument {
  const fontSize = opts.fontSize ?? FORM_FONT
  return {
    pageSize: 'A4',
    pageOrientation: opts.orientation ?? 'portrait',
    pageMargins: [LEDGER_MARGIN, LEDGER_MARGIN, LEDGER_MARGIN, LEDGER_MARGIN_BOTTOM],
    content,
    defaultStyle: { font: 'NotoSerifSC', bold: false, fontSize, lineHeight: 1.25, color: '#000000' },
    info: { title: title.trim(), ...(opts.subject ? { subject: opts.subject } : {}), creator: '乡约', producer: '乡约' },
    language: 'zh-CN',
    frame: {
      kind: 'ledger',
      style: 'chinese',
      fontSize: ZIHAO.五号,
      marginLeft: LEDGER_MARGIN,
      marginRight: LEDGER_MARGIN,
      offsetTop: LEDGER_PAGE_NUMBER_OFFSET,
    },
  }
}

/** A label cell of a form (黑体 substitute, centred). */
export function labelCell(text: string, extra: Partial<TableCell> = {}): TableCell {
  return { text: kinsokuText(text), font: 'NotoSansSC', bold: true, alignment: 'center', ...extra }
}

/** A value cell: text as given (wrapping with 禁则), left-aligned unless told. */
export function valueCell(text: string, extra: Partial<TableCell> & { align?: Alignment } = {}): TableCell {
  const { align, ...rest } = extra
  return { text: kinsokuText(text), alignment: align ?? 'left', ...rest }
}

/** pdfmake wants a placeholder for every cell a span covers. */
export const SPANNED: Record<string, never> = {}

/** A bordered grid (gbTable rules) whose rows are given cell by cell, spans filled in by the caller. */
export function formTable(
  widths: (number | '*' | 'auto')[],
  body: (TableCell | Record<string, never>)[][],
  opts: { headerRows?: number; fontSize?: number; dontBreakRows?: boolean } = {},
): ContentTable {
  for (const [i, row] of body.entries()) {
    if (row.length !== widths.length) throw new Error(`表格第${i + 1}行有${row.length}格，应为${widths.length}格`)
  }
  return {
    table: {
      ...(opts.headerRows ? { headerRows: opts.headerRows } : {}),
      dontBreakRows: opts.dontBreakRows ?? true,
      widths,
      body,
    },
    layout: 'gbTable',
    ...(opts.fontSize ? { fontSize: opts.fontSize } : {}),
  }
}

/** Free text typed by people, masked of full ID and mobile numbers (the village's public phone stays). */
export function scrubber(village: VillageProfile): (text: string) => string {
  const allowed = village.supervisionPhone.replace(/[^0-9]/g, '')
  return (text: string) => (findUnmaskedPersonalNumbers(text).length ? scrubPersonalNumbers(text, allowed) : text)
}
