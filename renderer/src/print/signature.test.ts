/**
 * 落款不单独成页 (GB/T 9704-2012 7.3.5.5): notices of every length, with and without a 名单, read
 * back from the PDF: the page that holds the 署名 and date also holds text of the notice.
 */
import { describe, expect, it } from 'vitest'
import { sampleContent } from '@/domain/notices/testFixtures'
import { SIGNATURE_DATE_MARK, SIGNATURE_LEAD_MARK, SIGNATURE_MARK } from './document'
import { keepSignatureWithText } from './frame'
import { buildNoticeDoc } from './notices'
import { pdfPageLines } from './pdf-test-utils.node'
import { renderPdfInNode } from './render.node'
import { village } from './testFixtures'

const ISSUER = '东风村村民委员会'

/** Lines of the page that holds the 落款, and whether anything but the 落款 and page number is on it. */
async function signaturePage(lines: number, withList: boolean) {
  const base = sampleContent()
  const body = Array.from({ length: withList ? 1 : lines }, (_, i) => `第${i + 1}项说明。`.padEnd(28, '事项内容'))
  const rows = Array.from({ length: withList ? lines : 0 }, (_, i) => ({ ...base.attachedList!.rows[0]!, name: `张${i + 1}` }))
  const pdf = await renderPdfInNode(buildNoticeDoc(sampleContent({ body, attachedList: { ...base.attachedList!, rows } }), village))
  const pages = pdfPageLines(pdf)
  const index = pages.findIndex((p) => p.includes(ISSUER))
  const page = pages[index]!
  const others = page.filter((l) => l !== ISSUER && !/^\d{4}年\d{1,2}月\d{1,2}日$/.test(l) && l !== '（盖章）' && !/^—\d+—$/.test(l))
  return { pages: pages.length, index, others }
}

describe('the 落款 never prints alone on a page', () => {
  it('for notices of 1 to 60 lines, with and without a name list', async () => {
    const alone: string[] = []
    for (const withList of [false, true]) {
      for (let n = 1; n <= 60; n++) {
        const { index, pages, others } = await signaturePage(n, withList)
        expect(index, `${withList ? '名单' : '正文'}${n}行: the 落款 is on the last page`).toBe(pages - 1)
        if (others.length === 0) alone.push(`${withList ? '名单' : '正文'}${n}行`)
      }
    }
    expect(alone).toEqual([])
  }, 240_000)

  it('carries the text before the 落款 over only when the 署名 and date are not both on its page', () => {
    const lead = { headlineLevel: SIGNATURE_LEAD_MARK, pageNumbers: [1] }
    const q = (following: number[], previous = 3) => ({
      getFollowingNodesOnPage: () => following.map((headlineLevel) => ({ headlineLevel, pageNumbers: [1] })),
      getNodesOnNextPage: () => [],
      getPreviousNodesOnPage: () => Array.from({ length: previous }, () => ({ pageNumbers: [1] })),
    })
    expect(keepSignatureWithText(lead, q([]))).toBe(true)
    expect(keepSignatureWithText(lead, q([SIGNATURE_MARK]))).toBe(true) // the date would start the next page
    expect(keepSignatureWithText(lead, q([SIGNATURE_MARK, SIGNATURE_DATE_MARK]))).toBe(false)
    expect(keepSignatureWithText(lead, q([], 0))).toBe(false)
    expect(keepSignatureWithText({ ...lead, pageNumbers: [1, 2] }, q([]))).toBe(false)
    expect(keepSignatureWithText({ headlineLevel: 1, pageNumbers: [1] }, q([]))).toBe(false)
  })
})
