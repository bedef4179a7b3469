import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ALL_FACES, FONT_FACES } from './fonts'
import { buildLedgerDoc, ledgerTableWidth } from './ledger'
import { kinsokuText } from './linebreak'
import type { ContentTable, PrintDocument, TableCell } from './pdf-types'
import { pdfPageLines } from './pdf-test-utils.node'
import { renderPdfInNode } from './render.node'
import {
  buildTable,
  charAdvanceBoundEm,
  columnTextWidths,
  GB_TABLE_PADDING_X,
  GB_TABLE_RULE_WIDTH,
  isOneLineChar,
  KERNING_PUNCTUATION,
  surelyFitsOnOneLine,
  type TableColumn,
} from './table'

const tableOf = (doc: PrintDocument) => doc.content.find((c): c is ContentTable => typeof c === 'object' && 'table' in c)

const plainText = (text: TableCell['text']): string => (typeof text === 'string' ? text : text.map((t) => plainText(t.text)).join(''))

/** The same document with every body cell laid out as text that may wrap (no one-line shortcut). */
function withoutOneLineShortcut(doc: PrintDocument): PrintDocument {
  const copy = JSON.parse(JSON.stringify(doc)) as PrintDocument
  const table = tableOf(copy)
  if (!table) throw new Error('no table')
  table.table.body = table.table.body.map((row, i) =>
    i === 0
      ? row
      : row.map((cell) => ({ alignment: (cell as TableCell).alignment, text: kinsokuText(plainText((cell as TableCell).text)) })),
  )
  return copy
}

describe('one-line cells', () => {
  it('knows how wide fixed and star columns print, and not auto ones', () => {
    const rulesAndPadding = 3 * (GB_TABLE_RULE_WIDTH + 2 * GB_TABLE_PADDING_X) + GB_TABLE_RULE_WIDTH
    const cols: TableColumn[] = [
      { header: 'a', key: 'a', width: 40 },
      { header: 'b', key: 'b' },
      { header: 'c', key: 'c', width: '*' },
    ]
    expect(columnTextWidths(cols, 500)).toEqual([40, (500 - rulesAndPadding - 40) / 2, (500 - rulesAndPadding - 40) / 2])
    expect(columnTextWidths([...cols.slice(0, 2), { header: 'c', key: 'c', width: 'auto' }], 500)).toEqual([40, undefined, undefined])
  })

  it('counts Chinese as 1 em and digits as 0.6 em, and leaves letters and line breaks to pdfmake', () => {
    expect(surelyFitsOnOneLine('村'.repeat(10), 10, 100.01)).toBe(true)
    expect(surelyFitsOnOneLine('村'.repeat(10), 10, 100)).toBe(false)
    expect(surelyFitsOnOneLine('2026-11-02', 10.5, 77)).toBe(true) // 8 × 0.6 + 2 × 1.25 em = 76.65 pt
    expect(surelyFitsOnOneLine('2026-11-02', 10.5, 76.6)).toBe(false)
    expect(surelyFitsOnOneLine('第2次审议（续）——结果：通过……', 10.5, 400)).toBe(true)
    expect(surelyFitsOnOneLine('村\n民', 10, 1000)).toBe(false)
    expect(surelyFitsOnOneLine('Wi-Fi', 10, 1000)).toBe(false) // letters kern
    expect(surelyFitsOnOneLine('１Ａ', 10, 1000)).toBe(false)
    expect(surelyFitsOnOneLine('村/-民', 10, 1000)).toBe(false) // '/-' kerns
    expect(surelyFitsOnOneLine('村———民', 10, 1000)).toBe(false)
    expect(surelyFitsOnOneLine('', 10, 1)).toBe(true)
  })

  // fontkit is pdfkit's font parser; untyped here, only these members are read
  type Face = {
    unitsPerEm: number
    characterSet: number[]
    glyphForCodePoint(cp: number): { advanceWidth: number }
    layout(text: string): { glyphs: unknown[]; positions: { xAdvance: number }[] }
  }
  const faces = (): [string, Face][] => {
    const require = createRequire(import.meta.url)
    const fontkit = require('fontkit') as { create(buffer: Uint8Array): Face }
    return ALL_FACES.map((face) => [face, fontkit.create(readFileSync(require.resolve(FONT_FACES[face].packageFile)))])
  }

  it('bounds the advance of every character a one-line cell may hold, in every bundled face', () => {
    for (const [face, font] of faces()) {
      const tooWide = font.characterSet.filter(
        (cp) =>
          isOneLineChar(String.fromCodePoint(cp)) && font.glyphForCodePoint(cp).advanceWidth / font.unitsPerEm > charAdvanceBoundEm(cp),
      )
      expect(tooWide, face).toEqual([])
    }
  })

  it('admits no pair of characters that kerns, except the one-word 破折号', () => {
    const sample = [...KERNING_PUNCTUATION, ...'0123456789 $%+<=>^`|~村一、。《》（），：；？！“”‘’０％×℃']
    for (const [face, font] of faces()) {
      const width = (text: string) => font.layout(text).positions.reduce((sum, p) => sum + p.xAdvance, 0)
      const kerned: string[] = []
      for (const a of sample) {
        for (const b of sample) {
          if (!surelyFitsOnOneLine(a + b, 10, 1000) || a + b === '——') continue
          if (width(a + b) !== width(a) + width(b) || font.layout(a + b).glyphs.length !== 2) kerned.push(a + b)
        }
      }
      expect(kerned, face).toEqual([])
    }
  })

  it('makes a cell that surely fits one noWrap string, and keeps 禁则 runs where it may wrap', () => {
    const long = '关于村集体经营性资产出租方案的决议（第二次审议）'.repeat(3)
    const cols: TableColumn[] = [
      { header: '序号', key: 'no', width: 30 },
      { header: '事项', key: 'matter' },
    ]
    const table = buildTable(
      cols,
      [
        { no: 1, matter: '出租方案（第二次审议）' },
        { no: 2, matter: long },
      ],
      { fontSize: 10.5, availableWidth: 400 },
    )
    expect(table.table.body[1]).toEqual([
      { text: '1', alignment: 'left', noWrap: true },
      { text: '出租方案（第二次审议）', alignment: 'left', noWrap: true },
    ])
    expect(table.table.body[2]?.[1]).toEqual({ text: kinsokuText(long), alignment: 'left' })
    expect(table).toMatchObject({ fontSize: 10.5, lineHeight: 1.15 })
    // without the width nothing is assumed
    const unknown = buildTable(cols, [{ no: 1, matter: '出租方案（第二次审议）' }], { fontSize: 10.5 })
    expect(unknown.table.body[1]?.[1]).toEqual({ text: kinsokuText('出租方案（第二次审议）'), alignment: 'left' })
  })

  it('matches the renderer’s rules and padding: a cell 0.2 pt inside the limit prints as the wrapping layout does', async () => {
    // the 事项 column is exactly 40 characters + 0.2 pt wide by our reckoning; were the gbTable
    // layout wider (more padding, thicker rules), the wrapping layout would push a character down
    const fontSize = 10.5
    const rulesAndPadding = 2 * (GB_TABLE_RULE_WIDTH + 2 * GB_TABLE_PADDING_X) + GB_TABLE_RULE_WIDTH
    const fixed = ledgerTableWidth('landscape') - rulesAndPadding - (40 * fontSize + 0.2)
    const matter = '村'.repeat(38) + '审议'
    const doc = buildLedgerDoc({
      title: '边界',
      columns: [
        { header: '序号', key: 'no', width: fixed },
        { header: '事项', key: 'matter' },
      ],
      rows: [{ no: 1, matter }],
      orientation: 'landscape',
      fontSize,
    })
    expect(tableOf(doc)?.table.body[1]?.[1]).toMatchObject({ text: matter, noWrap: true })
    const shortcut = pdfPageLines(await renderPdfInNode(doc))
    const wrapping = pdfPageLines(await renderPdfInNode(withoutOneLineShortcut(doc)))
    expect(wrapping.flat().some((line) => line.includes(matter))).toBe(true)
    expect(shortcut).toEqual(wrapping)
  })
})

/** Grey pixels of every page at 100 dpi (poppler's pdftoppm, as saveSample uses). */
function pagePixels(pdf: Uint8Array): Buffer[] {
  const dir = mkdtempSync(join(tmpdir(), 'xiangyue-pixels-'))
  try {
    writeFileSync(join(dir, 'doc.pdf'), pdf)
    execFileSync('pdftoppm', ['-gray', '-r', '100', join(dir, 'doc.pdf'), join(dir, 'page')])
    return readdirSync(dir)
      .filter((f) => f.endsWith('.pgm'))
      .sort()
      .map((f) => readFileSync(join(dir, f)))
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

describe('a ledger prints the same with and without one-line cells', () => {
  it('same pixels on the same pages, letters and punctuation included', async () => {
    const matters = [
      '关于村集体经营性资产出租方案的决议（第二次审议），含村道硬化工程第二期材料款支付、水泥砂石及运输费用（附发票及验收单）',
      '村务公开栏维护（第2次）',
      '“一事一议”筹资——第3批，2026-03-01至2026-03-07',
      'Wi-Fi 覆盖（AVAT, 2026）',
      '１Ａ级……j项目 3.5%／12:30',
      '道路/-硬化 (j) ——',
    ]
    const doc = buildLedgerDoc({
      title: '四议两公开台账',
      columns: [
        { key: 'no', header: '序号', width: 40 },
        { key: 'date', header: '日期', width: 80 },
        { key: 'name', header: '经办人', width: 70 },
        { key: 'matter', header: '事项' },
        { key: 'result', header: '结果', width: 60, align: 'center' },
      ],
      rows: Array.from({ length: 60 }, (_, i) => ({
        no: i + 1,
        date: `2026-${String((i % 12) + 1).padStart(2, '0')}-15`,
        name: ['王炎明', '李秀英', '张堃', 'Zhang Wei', 'AVA-Tj'][i % 5],
        matter: matters[i % matters.length],
        result: i % 5 === 0 ? '未通过' : '通过',
      })),
      orientation: 'landscape',
    })
    const body = tableOf(doc)?.table.body ?? []
    expect(
      body
        .slice(1)
        .flat()
        .filter((c) => (c as TableCell).noWrap).length,
    ).toBeGreaterThan(200)
    const shortcut = await renderPdfInNode(doc)
    const wrapping = await renderPdfInNode(withoutOneLineShortcut(doc))
    expect(pdfPageLines(shortcut)).toEqual(pdfPageLines(wrapping))
    const [a, b] = [pagePixels(shortcut), pagePixels(wrapping)]
    expect(a.length).toBeGreaterThan(1)
    expect(a.map((page, i) => page.equals(b[i] ?? Buffer.alloc(0)))).toEqual(a.map(() => true))
  })
})
