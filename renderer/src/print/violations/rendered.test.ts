/**
 * The six papers rendered to real PDFs in node and read back with pdftotext: key lines, masking,
 * dates, and the 落款 never alone on its page. Samples (PDF + PNG) go to test-results/print/
 * as violation-*.pdf / violation-*-N.png for people to look at. Few renders: ~0.3 s each.
 */
import { describe, expect, it } from 'vitest'
import { findUnmaskedPersonalNumbers } from '@/domain/people/masking'
import { CONDUCT_V1, CONDUCT_V2, HANDLING, RESTORATION } from '@/domain/violations/testFixtures'
import { pdfPageLines, pdfText, saveSample } from '../pdf-test-utils.node'
import { renderPdfInNode } from '../render.node'
import { village } from '../testFixtures'
import type { PrintDocument } from '../pdf-types'
import { buildViolationDecisionDoc } from './decision'
import { buildViolationLedgerDoc } from './ledger'
import { buildViolationNotificationDoc } from './notification'
import { buildViolationPublicationDoc } from './publication'
import { buildRestorationNoticeDoc } from './restoration'
import { BENEFITS, LEAKED_ID, LEAKED_MOBILE, PARTIES, decidedAfterStatement, storyCase, yearCases } from './testFixtures'
import { buildWithholdListDoc } from './withholdList'

const flat = (s: string) => s.replace(/[\s\u3000]+/g, '')

async function render(name: string, doc: PrintDocument) {
  const pdf = await renderPdfInNode(doc)
  const text = pdfText(pdf)
  const pages = pdfPageLines(pdf)
  saveSample(name, pdf, pages.length)
  expect(findUnmaskedPersonalNumbers(text)).toEqual([])
  return { pdf, text, flat: flat(text), pages }
}

/** The page holding the 署名 and date lines also holds body text (GB/T 9704 §7.3.5.5). */
function expectSignatureWithText(pages: string[][], date: string): void {
  const at = pages.findIndex((lines) => lines.some((l, i) => l === village.committeeName && lines[i + 1] === date))
  expect(at, `落款 ${date} not found`).toBeGreaterThanOrEqual(0)
  const others = (pages[at] ?? []).filter((l) => l !== village.committeeName && l !== date && l !== '（盖章）' && !/^—\d+—$/.test(l))
  expect(others.length, `page ${at + 1} holds only the 落款`).toBeGreaterThan(0)
}

describe('violation papers (rendered)', () => {
  it('告知书, 决定书 and 恢复通知书 print the quoted articles, the dates and a sealed 落款 with its text', async () => {
    const story = storyCase()
    const lisi = PARTIES['v-lisi']!
    const notice = await render(
      'violation-notification',
      buildViolationNotificationDoc({ case: story, party: lisi, benefits: BENEFITS }, village),
    )
    expect(notice.pages[0]?.[0]).toBe('违约处理告知书')
    expect(notice.pages[0]?.[1]).toBe('张庄违约〔2026〕c1号')
    expect(notice.pages[0]?.[2]).toBe('李四：')
    expect(notice.flat).toContain(flat(CONDUCT_V2.text))
    expect(notice.flat).toContain(flat(HANDLING.text))
    expect(notice.flat).toContain('至2026年11月2日止（含当日）')
    expectSignatureWithText(notice.pages, '2026年10月28日')

    // a long statement runs the decision onto a second page: the 落款 still comes with text
    const long = decidedAfterStatement()
    const h = long.hearing!
    const statement =
      h.kind === 'statement'
        ? { ...h, text: `${h.text}。${'房屋加高是为了给老人腾出住处，事先问过邻居，邻居当时没有意见，现在愿意按要求整改。'.repeat(6)}` }
        : h
    const decision = await render(
      'violation-decision',
      buildViolationDecisionDoc({ case: { ...long, hearing: statement }, party: PARTIES['v-wangxm']!, benefits: BENEFITS }, village),
    )
    expect(decision.pages.length).toBeGreaterThan(1)
    expect(decision.pages[0]?.[0]).toBe('违约处理决定书')
    expect(decision.flat).toContain('当事人：王小明（一组）')
    expect(decision.flat).toContain(flat(CONDUCT_V1.text))
    expect(decision.flat).not.toContain(flat(CONDUCT_V2.text))
    expect(decision.flat).toContain('110105********0021')
    expect(decision.flat).not.toContain(LEAKED_ID)
    expect(decision.flat).not.toContain(LEAKED_MOBILE)
    expect(decision.flat).toContain('自2026年11月5日起，至整改到位、经验收合格并由村民委员会决定恢复之日止，最迟至2027年6月30日止')
    expect(decision.flat).toContain('可以向本村村务监督委员会提出，也可以向城关镇人民政府反映')
    expectSignatureWithText(decision.pages, '2026年11月4日')

    const restoration = await render(
      'violation-restoration',
      buildRestorationNoticeDoc({ case: story, party: lisi, benefits: BENEFITS }, village),
    )
    expect(restoration.pages[0]?.[0]).toBe('恢复通知书')
    expect(restoration.flat).toContain(flat(RESTORATION.text))
    expect(restoration.flat).toContain('自2026年12月1日起，恢复你户享受“村集体福利-年终慰问品”。')
    expectSignatureWithText(restoration.pages, '2026年12月1日')
  })

  it('违约处理公示 shows 李某, the article, the measures, the 公示期 and the objection channel', async () => {
    const doc = buildViolationPublicationDoc({ case: storyCase(), party: PARTIES['v-lisi']!, benefits: BENEFITS }, village)
    const { flat: text, pages } = await render('violation-publication', doc)
    expect(pages[0]?.[0]).toBe('关于李某违反村规民约处理情况的公示')
    expect(text).not.toContain('李四')
    expect(text).toContain(flat(CONDUCT_V2.text))
    expect(text).toContain('暂停其户享受“村集体福利-年终慰问品”')
    expect(text).toContain('公示期：2026年11月6日至2026年11月12日（共7天）。')
    expect(text).toContain('监督电话：0371-12345678。也可向城关镇人民政府反映。')
    expectSignatureWithText(pages, '2026年11月6日')
  })

  it('the 台账 and the 暂缓名单 print landscape tables with their headers, masked where required', async () => {
    const cases = yearCases()
    const ledger = await render(
      'violation-ledger',
      buildViolationLedgerDoc({ cases, year: 2026, parties: PARTIES, benefits: BENEFITS, preparedOn: '2026-12-31' }, village),
    )
    expect(ledger.flat).toContain('东风村违约处理台账（2026年度）')
    expect(ledger.text.replace(/[ \t]+/g, ' ')).toMatch(
      /编号\s+登记日期\s+当事人（户）\s+行为\s+所依条款\s+处理措施\s+告知\/申辩\s+决定日期\s+整改\s+恢复日期\s+状态/,
    )
    // cells wrap: read the ledger in content order (-raw), where a cell's lines follow each other
    const raw = flat(pdfText(ledger.pdf, { mode: 'raw' }))
    expect(raw).toContain('李四（三组）')
    expect(raw).toContain('举报人电话138****1234')
    expect(ledger.flat).toContain('第1页共1页')

    const list = await render(
      'violation-withhold',
      buildWithholdListDoc({ cases, benefitId: 'gift', payoutDate: '2026-11-19', benefits: BENEFITS, parties: PARTIES }, village),
    )
    expect(list.flat).toContain('2026年度年终慰问品发放暂缓名单')
    expect(list.flat).toContain('李*户（全户）')
    expect(list.flat).toContain('王*山户（全户）')
    expect(list.flat).not.toMatch(/李四|王小明|王大山|欧阳明/)
    expect(list.flat).toContain('共4条：全户暂缓3户，本人暂缓0人。')
  })
})
