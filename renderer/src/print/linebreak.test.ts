import { describe, expect, it } from 'vitest'
import { bodyParagraph, gbPage } from './document'
import { CHARS_PER_LINE, LINES_PER_PAGE } from './layout'
import {
  breakAllowedBetween,
  kinsokuInlines,
  lineBreakViolations,
  MAX_GLUED_LENGTH,
  NO_LINE_END,
  NO_LINE_START,
  splitForLineBreaking,
} from './linebreak'
import type { Content } from './pdf-types'
import { pdfPageLines } from './pdf-test-utils.node'
import { renderPdfInNode } from './render.node'
import { randomChineseParagraph, seededRandom } from './test-text'

describe('禁则 rules', () => {
  it('covers the closing and opening marks of GB/T 15834', () => {
    for (const c of '，。、；：？！）》」』】”’…—%,.;:?!)') expect(NO_LINE_START.has(c), c).toBe(true)
    for (const c of '（《「『【“‘([') expect(NO_LINE_END.has(c), c).toBe(true)
    expect(breakAllowedBetween('村', '民')).toBe(true)
    expect(breakAllowedBetween('村', '，')).toBe(false)
    expect(breakAllowedBetween('《', '村')).toBe(false)
    expect(breakAllowedBetween('—', '—')).toBe(false)
  })

  it('glues a forbidden-start mark to its predecessor and a forbidden-end mark to its successor', () => {
    expect(splitForLineBreaking('经讨论，现将《方案》公示。')).toEqual([
      { text: '经讨', glued: false },
      { text: '论，', glued: true },
      { text: '现将', glued: false },
      { text: '《方', glued: true },
      { text: '案》', glued: true },
      { text: '公', glued: false },
      { text: '示。', glued: true },
    ])
    expect(splitForLineBreaking('他说：“好。”')).toEqual([
      { text: '他', glued: false },
      { text: '说：', glued: true },
      { text: '“好。”', glued: true },
    ])
  })

  it('round-trips text, keeps astral characters whole and caps glued runs', () => {
    const rand = seededRandom(7)
    for (let i = 0; i < 200; i++) {
      const text = randomChineseParagraph(rand, 80) + '𠮷，'
      const runs = splitForLineBreaking(text)
      expect(runs.map((r) => r.text).join('')).toBe(text)
      for (const r of runs.filter((x) => x.glued)) expect(Array.from(r.text).length).toBeLessThanOrEqual(MAX_GLUED_LENGTH)
    }
    expect(splitForLineBreaking('𠮷，').map((r) => r.text)).toEqual(['𠮷，'])
    expect(kinsokuInlines('')).toEqual([{ text: '' }])
    expect(kinsokuInlines('好。', { bold: true })).toEqual([{ bold: true, text: '好。', noWrap: true }])
  })

  it('lineBreakViolations spots bad lines', () => {
    expect(lineBreakViolations(['，开头', '正常', '结尾（'])).toHaveLength(2)
  })
})

/** Lines of the body (page numbers dropped). */
function bodyLines(pages: string[][]): string[] {
  return pages.flatMap((lines) => lines.filter((l) => !/^—\d+—$/.test(l)))
}

describe('rendered text obeys 禁则 (pdfmake layout read back with pdftotext)', () => {
  const rand = seededRandom(20260101)
  const paragraphs = Array.from({ length: 24 }, () => randomChineseParagraph(rand, 260))

  it('no printed line starts with a closing mark or ends with an opening mark', async () => {
    const doc = gbPage(paragraphs.map(bodyParagraph), { title: '禁则测试' })
    const pdf = await renderPdfInNode(doc)
    const lines = bodyLines(pdfPageLines(pdf))
    expect(lines.length).toBeGreaterThan(200) // several pages of text were really checked
    expect(lineBreakViolations(lines)).toEqual([])
  })

  it('control: the same text without our pre-processing does break the rules (the test can fail)', async () => {
    const plain: Content[] = paragraphs.map((p) => ({ text: p, leadingIndent: 2 * 15.79, alignment: 'justify' }))
    const pdf = await renderPdfInNode(gbPage(plain, { title: '对照' }))
    const violations = lineBreakViolations(bodyLines(pdfPageLines(pdf)))
    expect(violations.length).toBeGreaterThan(0)
  })

  it('full lines hold 28 characters and a full page holds 22 lines', async () => {
    const text = '村'.repeat(28 * 60)
    const pdf = await renderPdfInNode(gbPage([{ text, alignment: 'justify' }], { title: '网格' }))
    const pages = pdfPageLines(pdf).map((lines) => lines.filter((l) => !/^—\d+—$/.test(l)))
    const first = pages[0] ?? []
    expect(first).toHaveLength(LINES_PER_PAGE)
    for (const line of first) expect(Array.from(line)).toHaveLength(CHARS_PER_LINE)
  })
})
