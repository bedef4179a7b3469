/**
 * The 四议两公开 papers rendered to real PDFs in node and read back with pdftotext: titles, names,
 * the result sentence, dates, headers repeated on every page, nothing unmasked. Samples (PDF + PNG)
 * go to test-results/print/ as meetings-*.pdf / meetings-*-N.png for people to look at.
 */
import { describe, expect, it } from 'vitest'
import { findUnmaskedPersonalNumbers } from '@/domain/people/masking'
import { pdfPageLines, pdfText, saveSample } from '../pdf-test-utils.node'
import { renderPdfInNode } from '../render.node'
import { village } from '../testFixtures'
import type { PrintDocument } from '../pdf-types'
import { buildBallotDoc } from './ballot'
import { buildDecisionLedgerDoc } from './ledger'
import { buildMinutesDoc } from './minutes'
import { buildRegisterFormDoc } from './registerForm'
import { buildSignInSheetDoc } from './signIn'
import {
  closedMatter,
  DAY,
  MOTION,
  openMatter,
  REGISTRY,
  rejectedMatter,
  repEvaluation,
  representativesMeeting,
  villagersMeetingRoster,
  VILLAGERS,
} from './testFixtures'

const flat = (s: string) => s.replace(/[\s\u3000]+/g, '')

async function render(name: string, doc: PrintDocument, pngPages = 1) {
  const pdf = await renderPdfInNode(doc)
  const text = pdfText(pdf)
  const pages = pdfPageLines(pdf)
  saveSample(name, pdf, Math.min(pngPages, pages.length))
  expect(findUnmaskedPersonalNumbers(text)).toEqual([])
  return { pdf, text, flat: flat(text), pages }
}

const SENTENCE =
  '应到30人，实到20人，达到三分之二以上（至少20人），会议有效；同意11票，超过到会人员半数（至少11票），通过—《村民委员会组织法》第二十六条'

describe('四议两公开 papers (rendered)', () => {
  it('签到表: the frozen roster, observers apart; 120 people paginate with the header on every page', async () => {
    const small = await render(
      'meetings-signin',
      buildSignInSheetDoc({ meeting: representativesMeeting(), registry: REGISTRY }, village),
      2,
    )
    expect(small.pages[0]?.[0]).toBe('东风村村民代表会议签到表')
    expect(small.flat).toContain('时间：2026年3月15日9:00')
    expect(small.flat).toContain('应到30人')
    expect(small.flat).toContain(`${VILLAGERS[0]!.name}一组村民委员会主任、村党组织书记、党员`)
    expect(small.flat).toContain('列席人员（不计入应到、实到人数，不参加表决）2人')
    expect(small.flat).toContain('刘晓光城关镇党委委员、副镇长')
    expect(small.flat).toContain(`${VILLAGERS[30]!.name}村务监督委员会主任`)

    const roster = villagersMeetingRoster()
    expect(roster.counts.entitled).toBe(120)
    const big = await render(
      'meetings-signin-120',
      buildSignInSheetDoc({ meeting: { roster, date: DAY, place: '村小学操场', topics: ['修建村东生产路'] }, registry: REGISTRY }, village),
      2,
    )
    expect(big.pages.length).toBeGreaterThan(3)
    for (const [i, lines] of big.pages.entries()) {
      expect(
        lines.some((l) => l === '序号姓名村民小组身份签名备注'),
        `header on page ${i + 1}`,
      ).toBe(true)
      expect(lines).toContain(`第${i + 1}页共${big.pages.length}页`)
    }
    expect(big.flat).toContain('应到120人')
    for (const v of VILLAGERS) expect(big.flat).toContain(v.name)
    // every one of the 120 numbers printed once, in order
    const seqs = big.pages.flat().flatMap((l) => /^(\d+)[^\d]/.exec(l)?.[1] ?? [])
    expect(seqs.map(Number)).toEqual(Array.from({ length: 120 }, (_, i) => i + 1))
  })

  it('表决票: several ballots a page with cut lines; the 无记名 ballot carries no name', async () => {
    const r = await render(
      'meetings-ballot',
      buildBallotDoc({ meeting: { body: 'representatives_meeting', date: DAY }, motions: [MOTION], secret: true, count: 7 }, village),
    )
    const first = r.pages[0] ?? []
    const perPage = first.filter((l) => l === '东风村村民代表会议表决票（无记名）').length
    expect(perPage).toBeGreaterThanOrEqual(3)
    expect(r.pages.length).toBe(Math.ceil(7 / perPage))
    expect(first.filter((l) => l === '（沿虚线剪开）').length).toBe(perPage - 1)
    expect(r.flat).toContain('会议日期：2026年3月15日')
    expect(r.flat).toContain('表决事项同意不同意弃权')
    expect(r.flat).toContain(flat(MOTION))
    expect(r.flat).toContain('本票不写姓名')
    expect(r.flat).not.toContain('表决人')
  })

  it('会议记录: who, where, absent and attending, the vote and its result in words', async () => {
    const meeting = representativesMeeting()
    const r = await render('meetings-minutes', buildMinutesDoc({ meeting }, village), 2)
    const raw = flat(pdfText(r.pdf, { mode: 'raw' }))
    expect(r.pages[0]?.[0]).toBe('东风村村民代表会议记录')
    expect(r.flat).toContain('2026年3月15日9:00')
    expect(raw).toContain(`${VILLAGERS[0]!.name}（村党组织书记、村民委员会主任）`)
    expect(r.flat).toContain('应到30人，实到20人（到会比例66.7%）')
    expect(r.flat).toContain('（请假）')
    expect(r.flat).toContain('刘晓光（城关镇党委委员、副镇长）')
    expect(r.flat).toContain('无记名投票：同意11票，反对8票，弃权1票，废票0票，共收回20票')
    // the 2 列席 are named in evaluateVote's sentence: “实到20人（列席2人不计入）”
    expect(raw).toContain(flat(repEvaluation().votes[0]!.sentence))
    expect(raw).toContain('实到20人（列席2人不计入），达到三分之二以上（至少20人），会议有效；同意11票，超过到会人员半数（至少11票），通过')
    expect(raw).toContain(`监票人：${VILLAGERS[10]!.name}、${VILLAGERS[11]!.name}；计票人：${VILLAGERS[12]!.name}`)
    expect(r.flat).toContain('110105********0021')
    expect(r.flat).toContain('主持人签名')
  })

  it('登记表 and 台账: six sections of the circulated form; a landscape ledger of the year', async () => {
    const form = await render(
      'meetings-register',
      buildRegisterFormDoc(
        {
          matter: closedMatter(),
          publicity: { disclosure: { objections: '收到异议1件（路线经过承包地），已于2026年3月19日答复，线路已调整' } },
          filledOn: '2026-06-08',
        },
        village,
      ),
      2,
    )
    expect(form.pages.length).toBeLessThanOrEqual(2)
    const formRaw = flat(pdfText(form.pdf, { mode: 'raw' }))
    expect(form.pages[0]?.[0]).toBe('村级重大事务“四议两公开”决策实施登记表')
    expect(form.flat).toContain('■党员群众建议□村干部提议□上级党委政府安排')
    for (const label of ['①', '②', '③', '④', '⑤', '⑥']) expect(form.flat).toContain(label)
    expect(formRaw).toContain(SENTENCE)
    expect(form.flat).toContain('30／20／66.7%')
    expect(form.flat).toContain('刘晓光（城关镇党委委员、副镇长）')
    expect(formRaw).toContain('2026年3月16日至2026年3月22日（共7天）')
    expect(formRaw).toContain('实际费用126,500元')
    expect(formRaw).toContain('退回村“两委”修改后重新提交')

    const ledger = await render(
      'meetings-ledger',
      buildDecisionLedgerDoc({ matters: [openMatter(), rejectedMatter(), closedMatter()], year: 2026, preparedOn: '2026-12-31' }, village),
    )
    expect(ledger.flat).toContain('东风村“四议两公开”台账（2026年度）')
    expect(ledger.flat).toContain('序号事项动议事由①提议②商议③审议④决议⑤决议公开⑥实施结果公开状态')
    expect(ledger.flat).toContain('制表日期：2026年12月31日')
    const raw = flat(pdfText(ledger.pdf, { mode: 'raw' }))
    expect(raw).toContain('修建村东生产路')
    expect(raw).toContain('3月6日未通过')
    expect(raw).toContain('共3件：已办结1件，未通过1件，待审议1件。')
  })
})
