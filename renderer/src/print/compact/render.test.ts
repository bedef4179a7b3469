/**
 * The 村规民约 papers rendered to PDF in node and read back with pdftotext (one file, so the PDF
 * engine parses its fonts once). Samples go to test-results/print/compact*.pdf / .png.
 */
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { CompactVersion } from '@/domain/compact/model'
import { pdfPageCount, pdfPageLines, pdfText, SAMPLE_DIR, saveSample } from '../pdf-test-utils.node'
import { renderPdfInNode } from '../render.node'
import { village } from '../testFixtures'
import { buildCompactDoc } from './compactDoc'
import { buildComparisonTableDoc } from './comparisonTable'
import { buildFilingReportDoc } from './filingReport'
import { buildPublicationNoticeDoc } from './publicationNotice'
import { filingInput, headingAtPageEnd, sample } from './testFixtures'

const CHAPTER_LINE = /^第[一二三四五六七八九十]+章/
const PAGE_NUMBER_LINE = /^—\d+—$/

/** Printed lines of each page without the page number. */
const bodyLines = (pages: string[][]) => pages.map((p) => p.filter((l) => !PAGE_NUMBER_LINE.test(l)))

/** The PNG of one more page of a saved sample (saveSample renders pages 1..n). */
function savePagePng(name: string, page: number): void {
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '60',
    '-f',
    String(page),
    '-l',
    String(page),
    join(SAMPLE_DIR, `${name}.pdf`),
    join(SAMPLE_DIR, name),
  ])
}

describe('buildCompactDoc (rendered)', () => {
  it('prints the sample compact: title, chapters, 第三十九条, 落款 with its text, no chapter heading ending a page', async () => {
    const pdf = await renderPdfInNode(buildCompactDoc({ compact: sample, versionId: 'sample-compact-v2' }, village))
    const pages = pdfPageLines(pdf)
    const lines = bodyLines(pages)
    const flat = lines.flat().join('')
    expect(lines[0]![0]).toBe('东风村村规民约')
    for (const c of ['第一章总则', '第二章建房用地与邻里关系', '第五章违约处理与恢复', '第六章附则']) expect(lines.flat()).toContain(c)
    expect(flat).toContain(
      '第三十九条违反本村规民约第八条、第十条，经责令改正拒不改正的，暂停享受村集体发放的节日慰问品和村集体组织的旅游体检',
    )
    pages.forEach((p, i) => expect(p, `page ${i + 1}`).toContain(`—${i + 1}—`))
    lines.forEach((p, i) => expect(p.at(-1), `page ${i + 1} ends with a chapter heading`).not.toMatch(CHAPTER_LINE))
    const last = lines.at(-1)!
    expect(last.slice(-2)).toEqual(['东风村村民会议', '2023年12月16日'])
    expect(last.length, 'the 落款 has text on its page').toBeGreaterThan(2)
    saveSample('compact', pdf, 2)
    savePagePng('compact', pages.length)
  })

  it('moves a chapter heading that would end a page to the next page with its first article', async () => {
    const pdf = await renderPdfInNode(buildCompactDoc({ compact: headingAtPageEnd(), sealed: true }, village))
    const lines = bodyLines(pdfPageLines(pdf))
    expect(lines[0]!.at(-1)).toMatch(/^第十七条/)
    expect(lines[1]![0]).toBe('第二章附则')
    expect(lines[1]![1]).toMatch(/^第十八条/)
    expect(lines[1]!.slice(-2)).toEqual(['东风村村民会议', '2026年2月26日'])
    saveSample('compact-heading-kept', pdf, 2)

    // the last chapter is one article: its heading leads the 落款 (frame.ts), all three move together
    const oneLast = headingAtPageEnd(1)
    const moved = bodyLines(pdfPageLines(await renderPdfInNode(buildCompactDoc({ compact: oneLast, sealed: true }, village))))
    expect(moved[0]!.at(-1)).toMatch(/^第十七条/)
    expect(moved[1]).toEqual(['第二章附则', '第十八条本村规民约由村民委员会负责解释。', '（盖章）', '东风村村民会议', '2026年2月26日'])
  })
})

describe('buildFilingReportDoc (rendered)', () => {
  it('prints the report: title, 主送, dates, attachments and the sealed 落款 with its text', async () => {
    const pdf = await renderPdfInNode(buildFilingReportDoc(filingInput(), village))
    const flat = pdfText(pdf).replace(/\s+/g, '')
    expect(flat).toContain('关于报送《东风村村规民约》备案的报告')
    expect(flat).toContain('城关镇人民政府：')
    expect(flat).toContain('自2021年3月1日起施行')
    expect(flat).toContain('赞成580票，反对12票，弃权20票')
    expect(flat).toContain('附件：1.东风村村规民约')
    const pages = pdfPageLines(pdf)
    const last = pages.at(-1)!.filter((l) => !/^—\d+—$/.test(l))
    expect(last.slice(-2)).toEqual(['东风村村民委员会', '2021年3月1日'])
    expect(last.length).toBeGreaterThan(3)
    saveSample('compact-filing-report', pdf, pages.length)
  })
})

describe('buildPublicationNoticeDoc (rendered)', () => {
  it('prints the notice with the 落款 on the page of its text', async () => {
    const pdf = await renderPdfInNode(
      buildPublicationNoticeDoc({ compact: sample, versionId: 'sample-compact-v2', date: '2023-12-18' }, village),
    )
    const pages = pdfPageLines(pdf)
    expect(pages).toHaveLength(1)
    const flat = pages[0]!.join('')
    expect(pages[0]![0]).toBe('关于公布《东风村村规民约》的公告')
    expect(flat).toContain('修改了第八条、第三十九条')
    expect(flat).toContain('自2024年1月1日起施行')
    expect(pages[0]!.filter((l) => !/^—\d+—$/.test(l)).slice(-2)).toEqual(['东风村村民会议', '2023年12月18日'])
    saveSample('compact-publication', pdf)
  })
})

describe('buildComparisonTableDoc (rendered)', () => {
  it('prints landscape with the header on every page and long texts wrapped', async () => {
    const [v1, v2] = sample.versions as [CompactVersion, CompactVersion]
    // articles 1–12 and 39 amended: the table runs onto a second page
    const all: CompactVersion = {
      ...v2,
      id: 'all',
      effectiveFrom: '2027-01-01',
      adoptedAt: '2026-12-20',
      articles: v1.articles.map((a) => (a.number <= 12 || a.number === 39 ? { ...a, text: `${a.text}（修订）` } : a)),
    }
    const pdf = await renderPdfInNode(buildComparisonTableDoc({ compact: { ...sample, versions: [v1, all] } }, village))
    const pages = pdfPageCount(pdf)
    expect(pages).toBeGreaterThan(1)
    for (let p = 1; p <= pages; p++) {
      const text = pdfText(pdf, { page: p })
      expect(text, `page ${p}`).toMatch(/原条文\s+修改后条文\s+修改说明/)
      expect(text.replace(/\s+/g, '')).toContain(`—${p}—`)
    }
    // old and new side by side, each wrapped within its column
    const lines = pdfPageLines(pdf).flat()
    const at = lines.findIndex((l) => l.startsWith('第三十九条'))
    expect(lines[at]!.match(/第三十九条违反本村规民约第八条/g)).toHaveLength(2)
    expect(lines[at]!.endsWith('修改')).toBe(true)
    expect(lines.slice(at + 1, at + 3).join('')).toMatch(/停发一切福利待遇。.*停发一切福利待遇。（修订）/)
    saveSample('compact-comparison-long', pdf, 2)

    // the sample's own 2026 amendment: one article repealed, two amended
    const real = await renderPdfInNode(buildComparisonTableDoc({ compact: sample }, village))
    const realLines = pdfPageLines(real).flat()
    expect(realLines.some((l) => l.startsWith('第十二条各户应当落实门前三包') && l.endsWith('（删除）删除'))).toBe(true)
    saveSample('compact-comparison', real)
  })
})
