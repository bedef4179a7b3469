/** The papers' definitions hold the texts (no rendering): fast checks of every builder's words. */
import { describe, expect, it } from 'vitest'
import { createMatter, recordProposal } from '@/domain/decisions/lifecycle'
import { evaluateVote } from '@/domain/meetings/evaluateVote'
import { findUnmaskedPersonalNumbers } from '@/domain/people/masking'
import { NATIONAL_PROFILE } from '@/domain/rules/national'
import type { ContentStack, ContentTable, PrintDocument } from '../pdf-types'
import { village } from '../testFixtures'
import { definitionText } from '../violations/testText'
import { BALLOT_NAMED_LINE, BALLOT_SECRET_LINE, ballotsPerPage, buildBallotDoc } from './ballot'
import { buildDecisionLedgerDoc, ledgerDate, listedMatters } from './ledger'
import { attendanceRatio, buildMinutesDoc } from './minutes'
import { buildRegisterFormDoc, motionSourceChoice, periodWords, sectionLabel, yuan } from './registerForm'
import { buildSignInSheetDoc, signInRows } from './signIn'
import {
  closedMatter,
  DAY,
  HOUSEHOLDS,
  LEAKED_ID,
  LEAKED_MOBILE,
  MOTION,
  openMatter,
  partyAssemblyRoster,
  REGISTRY,
  rejectedMatter,
  repEvaluation,
  representativesMeeting,
  VILLAGERS,
  villagersMeetingRoster,
} from './testFixtures'
import { meetingName, meetingWhen, outcomeWord } from './wording'

const flat = (s: string) => s.replace(/[\s\u3000]+/g, '')
const text = (doc: PrintDocument) => flat(definitionText(doc))

function tables(node: unknown, out: ContentTable[] = []): ContentTable[] {
  if (Array.isArray(node)) node.forEach((n) => tables(n, out))
  else if (node && typeof node === 'object') {
    if ('table' in node) out.push(node as ContentTable)
    if ('stack' in node) tables((node as ContentStack).stack, out)
  }
  return out
}

describe('wording', () => {
  it('names the meeting without 村村, and writes the time', () => {
    expect(meetingName('representatives_meeting', village)).toBe('东风村村民代表会议')
    expect(meetingName('party_committee', village)).toBe('东风村党组织委员会会议')
    expect(meetingName('joint_committees', village)).toBe('东风村“两委”联席会议')
    expect(meetingName('group_meeting', village, '三组')).toBe('东风村三组村民小组会议')
    expect(meetingWhen('2026-03-01', '09:00')).toBe('2026年3月1日 9:00')
    expect(meetingWhen('2026-03-01')).toBe('2026年3月1日')
    expect(outcomeWord({ quorumMet: false, passed: false })).toBe('会议无效（未达到法定人数）')
    expect(outcomeWord({ quorumMet: true, passed: false })).toBe('未通过')
    expect(outcomeWord({ quorumMet: true, passed: true })).toBe('通过')
  })
})

describe('签到表', () => {
  it('one row per member of the frozen roster, names in full, 身份 from the registry, observers apart', () => {
    const m = representativesMeeting()
    const doc = buildSignInSheetDoc({ meeting: m, registry: REGISTRY }, village)
    const t = text(doc)
    expect(t).toContain('东风村村民代表会议签到表')
    expect(t).toContain('应到30人')
    const [main, observers] = tables(doc.content)
    expect(main?.table.headerRows).toBe(1)
    expect(main?.table.body.length).toBe(31) // header + 30
    expect(observers?.table.body.length).toBe(3) // header + 村务监督委员会主任 + 镇干部
    const rows = signInRows({ meeting: m, registry: REGISTRY })
    expect(rows[0]).toMatchObject({ seq: 1, name: VILLAGERS[0]!.name, group: '一组', standing: '村民委员会主任、村党组织书记、党员' })
    expect(rows[8]).toMatchObject({ name: VILLAGERS[8]!.name, standing: '村民代表、预备党员' })
    expect(findUnmaskedPersonalNumbers(definitionText(doc))).toEqual([])
    for (const v of VILLAGERS.slice(0, 30)) expect(definitionText(doc)).not.toContain(v.idNumber)
  })

  it('without the registry, the roster’s own standing is printed', () => {
    const rows = signInRows({ meeting: representativesMeeting() })
    expect(rows[0]).toMatchObject({ group: '', standing: '村民委员会主任' })
    expect(rows[5]).toMatchObject({ standing: '村民代表' })
  })

  it('household form: one row per household with its 户主, and 应到 in 户', () => {
    const roster = villagersMeetingRoster('household')
    const doc = buildSignInSheetDoc({ meeting: { roster, date: DAY, place: '村小学', topics: ['修路'] }, registry: REGISTRY }, village)
    const t = text(doc)
    expect(t).toContain('应到60户')
    expect(t).toContain('（户代表会议）')
    expect(t).toContain('序号户号户主村民小组户代表签名备注')
    const rows = signInRows({ meeting: { roster, date: DAY, place: '', topics: [] }, registry: REGISTRY })
    expect(rows).toHaveLength(HOUSEHOLDS.length)
    expect(rows[1]).toMatchObject({ seq: 2, no: '002', head: VILLAGERS[2]!.name, group: '二组' })
  })

  it('党员大会: 预备党员 in their own table, not among the 应到', () => {
    const roster = partyAssemblyRoster()
    const doc = buildSignInSheetDoc({ meeting: { roster, date: DAY, place: '党员活动室', topics: ['审议'] }, registry: REGISTRY }, village)
    const t = text(doc)
    expect(t).toContain(`应到${roster.counts.entitled}人（另有预备党员1人参加，无表决权）`)
    expect(t).toContain('预备党员（参加会议，没有表决权，不计入应到人数）1人')
    const [main, probationary] = tables(doc.content)
    expect(main?.table.body.length).toBe(roster.counts.entitled + 1)
    expect(definitionText({ ...doc, content: [probationary!] })).toContain(VILLAGERS[8]!.name)
  })
})

describe('表决票', () => {
  const meeting = { body: 'representatives_meeting' as const, date: DAY }
  it('as many ballots as asked, a page break every perPage, cut lines between', () => {
    const doc = buildBallotDoc({ meeting, motions: [MOTION], secret: true, count: 5, perPage: 2 }, village)
    const t = definitionText(doc)
    expect(t.split('东风村村民代表会议表决票（无记名）').length - 1).toBe(5)
    expect(t.split('（沿虚线剪开）').length - 1).toBe(2) // one on each of the first two pages (2 + 2 + 1)
    expect(doc.content.filter((c) => typeof c === 'object' && 'pageBreak' in c && c.pageBreak === 'before')).toHaveLength(2)
    expect(t).toContain(BALLOT_SECRET_LINE)
    expect(t).not.toContain('表决人')
    expect(doc.frame).toBeUndefined()
  })

  it('a named ballot has the 表决人 line; several motions a row each; typed numbers masked', () => {
    const doc = buildBallotDoc({ meeting, motions: ['修路', `补助对象（电话${LEAKED_MOBILE}）`], secret: false, count: 1 }, village)
    const t = flat(definitionText(doc))
    expect(t).toContain(flat(BALLOT_NAMED_LINE))
    expect(t).not.toContain('无记名')
    expect(t).toContain('1．修路')
    expect(t).toContain('2．补助对象（电话138****1234）')
    expect(t).toContain('东风村村民委员会')
    const party = flat(
      definitionText(
        buildBallotDoc({ meeting: { body: 'party_assembly', date: DAY }, motions: ['修路'], secret: true, count: 1 }, village),
      ),
    )
    expect(party).toContain('东风村党员大会表决票（无记名）')
    expect(party).toContain(village.partyOrgName)
    expect(party).not.toContain(village.committeeName)
  })

  it('fits fewer ballots on a page as the motions grow, never none', () => {
    expect(ballotsPerPage([MOTION])).toBe(3)
    expect(ballotsPerPage([MOTION, MOTION, MOTION])).toBeLessThan(3)
    expect(ballotsPerPage(['很长的表决事项'.repeat(200)])).toBe(1)
    // perPage above what fits is lowered to what fits
    const doc = buildBallotDoc({ meeting, motions: [MOTION, MOTION, MOTION], secret: true, count: 4, perPage: 4 }, village)
    const breaks = doc.content.filter((c) => typeof c === 'object' && 'pageBreak' in c && c.pageBreak === 'before').length
    expect(breaks).toBe(Math.ceil(4 / ballotsPerPage([MOTION, MOTION, MOTION])) - 1)
  })

  it('refuses no motion, or no ballots', () => {
    expect(() => buildBallotDoc({ meeting, motions: [' '], secret: true, count: 3 }, village)).toThrow('请填写表决事项')
    expect(() => buildBallotDoc({ meeting, motions: ['修路'], secret: true, count: 0 }, village)).toThrow('正整数')
  })
})

describe('会议记录', () => {
  it('holds every field, the absent by name and the sentence from evaluateVote', () => {
    const m = representativesMeeting()
    const t = text(buildMinutesDoc({ meeting: m }, village))
    expect(t).toContain('东风村村民代表会议记录')
    expect(t).toContain('主持人及职务')
    expect(t).toContain('记录人王昇')
    expect(t).toContain('通知日期2026年3月10日')
    expect(t).toContain('应到30人，实到20人（到会比例66.7%）；列席2人，不计入到会人数')
    expect(t).toContain(`${VILLAGERS[20]!.name}（请假）`)
    expect(t).toContain('（共10人）')
    expect(t).toContain(flat(repEvaluation().votes[0]!.sentence))
    expect(t).toContain('表决方式无记名投票')
    expect(t).not.toContain(LEAKED_ID)
    expect(t).not.toContain(LEAKED_MOBILE)
    expect(t).toContain('110105********0021')
  })

  it('says 无 where nobody was absent, and evaluates under the profile given', () => {
    const m = representativesMeeting()
    const all = { ...m, attendance: Object.fromEntries(m.roster.members.map((p) => [p.villagerId, { status: '到会' as const }])) }
    const t = text(buildMinutesDoc({ meeting: all, profile: NATIONAL_PROFILE }, village))
    expect(t).toContain('缺席人员无')
    expect(attendanceRatio(20, 30)).toBe('66.7%')
    expect(attendanceRatio(0, 0)).toBe('—')
  })
})

describe('登记表', () => {
  it('six sections with their fields; the chosen 动议事由 marked', () => {
    const doc = buildRegisterFormDoc({ matter: closedMatter() }, village)
    const t = text(doc)
    for (const n of [1, 2, 3, 4, 5, 6] as const) expect(t).toContain(flat(sectionLabel(n)))
    expect(t).toContain(flat(motionSourceChoice('党员群众建议')))
    expect(motionSourceChoice('村干部提议')).toBe('□党员群众建议\u3000■村干部提议\u3000□上级党委政府安排')
    expect(t).toContain('提议内容')
    expect(t).toContain('商议意见')
    expect(t).toContain('审议结果')
    expect(t).toContain('表决结果通过。应到30人，实到20人')
    expect(t).toContain('公示期内无未化解的异议')
    expect(t).toContain('村务监督委员会（签字）：')
    expect(t).toContain('2026年6月1日至2026年6月7日（共7天）')
    expect(t).toContain('填表日期：＿＿年＿＿月＿＿日')
  })

  it('steps not reached read 尚未进行; ① and ② merged say so', () => {
    const t = text(buildRegisterFormDoc({ matter: openMatter() }, village))
    expect(t.split('尚未进行').length - 1).toBe(4) // ③ ④ ⑤ ⑥
    const profile = { ...structuredClone(NATIONAL_PROFILE), mayMergeProposalAndConsultation: true }
    const m = recordProposal(
      createMatter({ id: 'y', title: '事项', motionSource: '村干部提议' }, '2026-03-01T09:00:00+08:00'),
      {
        meetingId: 'j',
        date: '2026-03-02',
        form: '现场会议',
        content: '提议',
        evaluation: evaluateVote({ body: 'joint_committees', role: 'deliberate', entitled: 7, present: 7, yes: 7 }),
      },
      { now: '2026-03-02T09:00:00+08:00', mergeConsultation: true, profile },
    )
    expect(text(buildRegisterFormDoc({ matter: m }, village))).toContain('村党组织提议与村“两委”会议商议合并召开，见①栏')
  })

  it('periods count both ends; money with separators', () => {
    expect(periodWords('2026-03-16', '2026-03-22')).toBe('2026年3月16日至2026年3月22日（共7天）')
    expect(periodWords('2026-03-16', '2026-03-16')).toBe('2026年3月16日至2026年3月16日（共1天）')
    expect(periodWords('2026-03-16')).toBe('自2026年3月16日起')
    expect(periodWords()).toBe('—')
    expect(yuan(126500)).toBe('126,500元')
    expect(yuan(999)).toBe('999元')
    expect(yuan(1000.5)).toBe('1,000.50元')
  })
})

describe('四议两公开台账', () => {
  it('lists the year’s matters in order, with each attempt and the counts by state', () => {
    const last = { ...openMatter(), id: 'old', steps: openMatter().steps.map((s) => ({ ...s, date: s.date.replace('2026', '2025') })) }
    const matters = [openMatter(), last, rejectedMatter(), closedMatter()]
    expect(listedMatters({ matters, year: 2026 }).map((m) => m.id)).toEqual(['x1', 'x2', 'x3'])
    const t = text(buildDecisionLedgerDoc({ matters, year: 2026, preparedOn: '2026-12-31' }, village))
    expect(t).toContain('东风村“四议两公开”台账（2026年度）')
    expect(t).toContain('3月6日未通过3月10日通过')
    expect(t).toContain('3月15日村民代表会议通过（应到30，实到20）')
    expect(t).toContain('4月12日村民代表会议未通过（应到30，实到24）')
    expect(t).toContain('费用126,500元')
    expect(t).toContain('共3件：已办结1件，未通过1件，待审议1件。')
    expect(text(buildDecisionLedgerDoc({ matters: [], year: 2027, preparedOn: '2027-12-31' }, village))).toContain(
      '2027年度无“四议两公开”事项。',
    )
    expect(ledgerDate('2026-03-01', 2026)).toBe('3月1日')
    expect(ledgerDate('2027-01-05', 2026)).toBe('2027年1月5日')
  })
})
