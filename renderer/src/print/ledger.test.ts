import { describe, expect, it } from 'vitest'
import { attachFrame } from './frame'
import { buildLedgerDoc, ledgerFontSize } from './ledger'
import type { ContentTable, ContentText } from './pdf-types'
import { pdfPageCount, pdfText, saveSample } from './pdf-test-utils.node'
import { renderPdfInNode } from './render.node'

const columns = [
  { header: '序号', key: 'no', width: 30, align: 'center' as const },
  { header: '日期', key: 'date', width: 70 },
  { header: '事项', key: 'matter' },
  { header: '经办人', key: 'who', width: 60, align: 'center' as const },
  { header: '金额（元）', key: 'amount', width: 70, align: 'right' as const },
]
const rows = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    no: i + 1,
    date: `2026-${String((i % 12) + 1).padStart(2, '0')}-15`,
    matter: i % 7 === 0 ? '村道硬化工程第二期材料款支付，含水泥、砂石及运输费用（附发票及验收单）' : '村务公开栏维护',
    who: ['张堃', '李喆', '王昇'][i % 3],
    amount: ((i * 137) % 10000) + 0.5,
  }))

describe('buildLedgerDoc (structure)', () => {
  it('repeats the header row on every page and keeps rows whole', () => {
    const doc = buildLedgerDoc({
      title: '村级财务收支台账',
      subtitle: '东风村村民委员会',
      columns,
      rows: rows(3),
      orientation: 'landscape',
    })
    const table = doc.content.find((c): c is ContentTable => typeof c === 'object' && 'table' in c)
    expect(table?.table.headerRows).toBe(1)
    expect(table?.table.dontBreakRows).toBe(true)
    expect(table?.layout).toBe('gbTable')
    expect(table?.table.widths).toEqual([30, 70, '*', 60, 70])
    const header = table?.table.body[0] as ContentText[]
    expect(header.map((h) => h.text)).toEqual(['序号', '日期', '事项', '经办人', '金额（元）'])
    expect(table?.table.body).toHaveLength(4)
    expect(doc.pageOrientation).toBe('landscape')
    expect(doc.defaultStyle.fontSize).toBe(10.5)
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc)
  })

  it('keeps text between 10.5 and 12 pt', () => {
    expect(ledgerFontSize({ orientation: 'portrait' })).toBe(12)
    expect(ledgerFontSize({ orientation: 'landscape', fontSize: 8 })).toBe(10.5)
    expect(ledgerFontSize({ orientation: 'landscape', fontSize: 20 })).toBe(12)
  })

  it('numbers pages “第 n 页 共 m 页” or with GB dashes', () => {
    const doc = buildLedgerDoc({ title: '台账', columns, rows: [], orientation: 'portrait' })
    expect((attachFrame(doc).footer?.(2, 5) as ContentText).text).toBe('第 2 页 共 5 页')
    const dashes = buildLedgerDoc({ title: '台账', columns, rows: [], orientation: 'portrait', pageNumbers: 'dashes' })
    expect((attachFrame(dashes).footer?.(3, 5) as ContentText).text).toBe('— 3 —')
  })
})

describe('buildLedgerDoc (rendered)', () => {
  it('spans several pages with the header on each page', async () => {
    const doc = buildLedgerDoc({
      title: '村级财务收支台账（2026年度）',
      subtitle: '东风村村民委员会　制表日期：2026年12月31日',
      columns,
      rows: rows(120),
      orientation: 'landscape',
      footerNote: '制表人：李喆　　审核人：张堃',
    })
    const pdf = await renderPdfInNode(doc)
    const pages = pdfPageCount(pdf)
    expect(pages).toBeGreaterThan(1)
    for (let p = 1; p <= pages; p++) {
      const text = pdfText(pdf, { page: p }).replace(/[ \t]+/g, ' ')
      expect(text, `page ${p}`).toMatch(/序号\s+日期\s+事项\s+经办人\s+金额（元）/)
      expect(text.replace(/\s+/g, '')).toContain(`第${p}页共${pages}页`)
    }
    expect(pdfText(pdf, { page: pages }).replace(/\s+/g, '')).toContain('制表人：李喆审核人：张堃')
    saveSample('ledger', pdf, 2)
  })
})
