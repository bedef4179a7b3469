import { describe, expect, it } from 'vitest'
import { formatChineseDate } from '@/domain/calendar/calendar'
import { attachmentsBlock, balanceTitleLines, officialDocument, signatureBlock, titleBlock } from './document'
import { attachFrame } from './frame'
import { CHAR_PITCH, LINE_PITCH, MARGIN_LEFT, MARGIN_RIGHT, PAGE_NUMBER_SIDE_INSET, PARAGRAPH_INDENT, TEXT_BLOCK_WIDTH } from './layout'
import type { ContentColumns, ContentStack, ContentText } from './pdf-types'
import { pdfPageLines } from './pdf-test-utils.node'
import { renderPdfInNode } from './render.node'

const plain = (t: ContentText) => (typeof t.text === 'string' ? t.text : t.text.map((i) => i.text).join(''))

describe('formatChineseDate (§7.3.5.4: 月、日不编虚位)', () => {
  it('writes Arabic numerals without leading zeros', () => {
    expect(formatChineseDate('2026-01-05')).toBe('2026年1月5日')
    expect(formatChineseDate('2026-11-02')).toBe('2026年11月2日')
    expect(formatChineseDate('2026-12-31')).toBe('2026年12月31日')
  })
  it('rejects a date that does not exist', () => {
    expect(() => formatChineseDate('2026-02-30')).toThrow(/日期格式/)
  })
})

describe('title (§7.3.1)', () => {
  it('is centred, 22 pt, bold serif, one blank line below', () => {
    const t = titleBlock('关于公示')
    expect(t).toMatchObject({ fontSize: 22, bold: true, font: 'NotoSerifSC', alignment: 'center', margin: [0, 0, 0, LINE_PITCH] })
  })
  it('breaks a long title into balanced lines, never leaving one character alone', () => {
    const lines = balanceTitleLines('关于2026年度村集体经济收益分配方案的公示')
    // cut between words (集体经济 | 收益), first line not shorter than the second
    expect(lines).toEqual(['关于2026年度村集体经济', '收益分配方案的公示'])
    expect(balanceTitleLines('关于张堃等十二户家庭申请最低生活保障及临时救助审核结果的公示')).toEqual([
      '关于张堃等十二户家庭申请最低生活',
      '保障及临时救助审核结果的公示',
    ])
    expect(balanceTitleLines('关于公示')).toEqual(['关于公示'])
    expect(balanceTitleLines('第一行\n第二行')).toEqual(['第一行', '第二行'])
  })
})

describe('officialDocument', () => {
  const doc = officialDocument({
    title: '关于道路硬化工程资金使用情况的公示',
    bodyBlocks: [
      '第一段。',
      { kind: 'heading', level: 1, text: '一、工程概况' },
      { kind: 'heading', level: 2, text: '（一）资金来源' },
      '第二段。\n第三段。',
    ],
    attachmentsNote: ['工程决算表。', '验收报告'],
    signature: { issuer: '东风村村民委员会', date: '2026-01-05' },
    sealMark: true,
  })

  it('lays out body paragraphs with a two-character first-line indent, headings per level', () => {
    const [, p1, h1, h2, p2, p3] = doc.content as ContentText[]
    expect(p1).toMatchObject({ leadingIndent: PARAGRAPH_INDENT, alignment: 'justify' })
    expect(plain(p1 as ContentText)).toBe('第一段。')
    expect(h1).toMatchObject({ font: 'NotoSansSC', bold: true, leadingIndent: PARAGRAPH_INDENT })
    expect(h2).toMatchObject({ font: 'NotoSerifSC', bold: false })
    expect(plain(p2 as ContentText)).toBe('第二段。')
    expect(plain(p3 as ContentText)).toBe('第三段。')
    expect(doc.defaultStyle).toMatchObject({ font: 'NotoSerifSC', characterSpacing: 0 })
    expect(doc.pageMargins[0]).toBeCloseTo(MARGIN_LEFT, 6)
  })

  it('附件说明: one blank line below, numbered names without end punctuation', () => {
    const a = attachmentsBlock(['工程决算表。', '验收报告']) as ContentColumns
    expect(a.margin).toEqual([0, LINE_PITCH, 0, 0])
    const names = (a.columns[1] as ContentStack).stack.map((n) => plain(n as ContentText))
    expect(names).toEqual(['1.工程决算表', '2.验收报告'])
    expect(attachmentsBlock([])).toBeNull()
  })

  it('sealed 落款: date 右空四字, issuer centred over it, seal mark drawn, kept on one page', () => {
    const s = signatureBlock('东风村村民委员会', '2026-01-05', true) as ContentStack
    expect(s.unbreakable).toBeUndefined() // kept with the text by frame.ts keepSignatureWithText instead
    const [hint, issuer, date, circle] = s.stack as [
      ContentText,
      ContentText,
      ContentText,
      { canvas: { type: string; x: number; r1: number }[] },
    ]
    expect(date).toMatchObject({ text: '2026年1月5日', alignment: 'right', margin: [0, 0, 4 * CHAR_PITCH, 0] })
    expect(issuer.text).toBe('东风村村民委员会')
    // centres line up: issuer right margin = date right margin + (date width − issuer width) / 2
    const dateWidth = 3 * CHAR_PITCH + 6 * 0.557 * CHAR_PITCH
    const issuerWidth = 8 * CHAR_PITCH
    const issuerRight = (issuer.margin as number[])[2] ?? 0
    expect(issuerRight).toBeCloseTo(Math.max(0, 4 * CHAR_PITCH + (dateWidth - issuerWidth) / 2), 6)
    expect(circle.canvas[0]).toMatchObject({ type: 'ellipse' })
    expect(circle.canvas[0]?.x).toBeCloseTo(TEXT_BLOCK_WIDTH - 4 * CHAR_PITCH - dateWidth / 2, 6)
    expect(hint.text).toBe('（盖章）')
  })

  it('unsealed 落款: 署名右空二字, date below starting two characters further right', () => {
    const s = signatureBlock('东风村村民委员会', '2026-01-05', false) as ContentStack
    const [issuer, date] = s.stack as [ContentText, ContentText]
    expect(issuer.margin).toEqual([0, 0, 2 * CHAR_PITCH, 0])
    const issuerLeft = TEXT_BLOCK_WIDTH - 2 * CHAR_PITCH - 8 * CHAR_PITCH
    expect((date.margin as number[])[0]).toBeCloseTo(issuerLeft + 2 * CHAR_PITCH, 6)
    expect(s.stack).toHaveLength(2) // no seal mark
  })

  it('page numbers: “— n —”, odd right / even left, one character in from the 版心 edge', () => {
    const withFooter = attachFrame(doc)
    expect(typeof withFooter.footer).toBe('function')
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc) // the definition itself stays serialisable
    const odd = withFooter.footer?.(1, 2) as ContentText
    const even = withFooter.footer?.(2, 2) as ContentText
    expect(odd).toMatchObject({ text: '— 1 —', alignment: 'right', fontSize: 14 })
    expect((odd.margin as number[])[2]).toBeCloseTo(MARGIN_RIGHT + PAGE_NUMBER_SIDE_INSET, 6)
    expect(even).toMatchObject({ text: '— 2 —', alignment: 'left' })
    expect((even.margin as number[])[0]).toBeCloseTo(MARGIN_LEFT + PAGE_NUMBER_SIDE_INSET, 6)
  })

  it('renders: title, body, 附件, 落款 and a page number on every page', async () => {
    const long = officialDocument({
      title: '关于公示',
      bodyBlocks: Array.from({ length: 30 }, (_, i) => `第${i + 1}段：村民委员会依法公开村务，接受村民监督。`),
      signature: { issuer: '东风村村民委员会', date: '2026-01-05' },
      sealMark: false,
    })
    const pages = pdfPageLines(await renderPdfInNode(long))
    expect(pages.length).toBe(2)
    expect(pages[0]?.[0]).toBe('关于公示')
    expect(pages[0]).toContain('—1—')
    expect(pages[1]).toContain('—2—')
    const last = pages[1] ?? []
    expect(last).toContain('东风村村民委员会')
    expect(last).toContain('2026年1月5日')
  })
})
