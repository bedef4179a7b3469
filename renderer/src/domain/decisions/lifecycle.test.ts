import { describe, expect, it } from 'vitest'
import { evaluateVote, type VoteInput } from '@/domain/meetings/evaluateVote'
import { NATIONAL_PROFILE } from '@/domain/rules/national'
import {
  closeMatter,
  correctDecision,
  createMatter,
  DecisionTransitionError,
  dropMatter,
  endDisclosure,
  frozenDecision,
  objectionReplyFindings,
  recordConsultation,
  recordImplementation,
  recordProposal,
  recordResolution,
  recordReview,
  startDisclosure,
  startResultsDisclosure,
  type MeetingStepInput,
} from './lifecycle'
import type { MatterTag } from '@/domain/meetings/matters'
import type { Matter } from './model'

const now = '2026-03-01T09:00:00+08:00'
const tags: MatterTag[] = ['art24_3']
const authorisation = { date: '2026-01-05', meeting: '2026年1月5日村民会议' }

function meeting(date: string, vote: VoteInput, extra: Partial<MeetingStepInput> = {}): MeetingStepInput {
  return {
    meetingId: `m-${date}`,
    date,
    form: '现场会议',
    content: '修建村东生产路',
    township: [{ name: '李四', post: '镇包村干部' }],
    evaluation: evaluateVote({ tags, meetingDate: date, ...vote }),
    ...extra,
  }
}

const proposal = (date = '2026-03-02') => meeting(date, { body: 'party_committee', role: 'deliberate', entitled: 5, present: 5, yes: 5 })
const consultation = (date = '2026-03-04', yes = 9) =>
  meeting(date, { body: 'joint_committees', role: 'deliberate', entitled: 9, present: 9, yes, no: 9 - yes })
const review = (date = '2026-03-08', yes = 25, present = 30) =>
  meeting(date, { body: 'party_assembly', role: 'deliberate', entitled: 40, present, yes, no: present - yes })
const resolution = (date = '2026-03-15', yes = 11, present = 20) =>
  meeting(date, { body: 'representatives_meeting', authorisation, entitled: 30, present, yes, no: present - yes })

function decided(): Matter {
  let m = createMatter({ id: 'x1', title: '修建村东生产路', motionSource: '党员群众建议', tags: ['art24_3'] }, now)
  m = recordProposal(m, proposal(), { now })
  m = recordConsultation(m, consultation(), { now })
  m = recordReview(m, review(), { now })
  return recordResolution(m, resolution(), { now })
}

const notice = (objections: { id: string; date: string; reply?: { date: string; text: string; by: string } }[] = []) => ({
  id: 'n1',
  objections: objections.map((o) => ({ who: '王五', content: '路线经过我家承包地', ...o })),
})

describe('①→⑥ with a 村民代表会议', () => {
  it('runs the six steps in order, with the outcome from the law, and closes', () => {
    let m = decided()
    expect(m.state).toBe('disclosing')
    expect(m.steps.map((s) => [s.step, s.outcome.passed])).toEqual([
      [1, true],
      [2, true],
      [3, true],
      [4, true],
    ])
    const four = m.steps[3]!
    expect(four.outcome).toMatchObject({ entitled: 30, present: 20, ratio: '66.7%', law: '《村民委员会组织法》第二十六条' })
    expect(four.outcome.sentence).toContain('应到30人，实到20人，达到三分之二以上（至少20人），会议有效；同意11票')
    expect(four.township).toEqual([{ name: '李四', post: '镇包村干部' }])

    m = startDisclosure(m, { noticeId: 'n1', start: '2026-03-16' }, { now })
    expect(m.disclosures[0]).toMatchObject({ start: '2026-03-16', end: '2026-03-22' })
    const answered = notice([{ id: 'o1', date: '2026-03-17', reply: { date: '2026-03-19', text: '线路已调整', by: '村委会' } }])
    expect(() => endDisclosure(m, { notice: answered, today: '2026-03-22' }, { now })).toThrow('期满前不能结束')
    m = endDisclosure(m, { notice: answered, today: '2026-03-23' }, { now })
    expect(m.state).toBe('implementing')

    expect(() => startResultsDisclosure(m, { noticeId: 'n2', start: '2026-06-01' }, { now })).toThrow('请先登记实施情况')
    m = recordImplementation(
      m,
      { cost: 128000, progress: '已完工', acceptance: { date: '2026-05-28', by: '村务监督委员会', result: '验收合格' } },
      { now },
    )
    m = startResultsDisclosure(m, { noticeId: 'n2', start: '2026-06-01' }, { now })
    expect(m.state).toBe('publishing_results')
    expect(() => closeMatter(m, { today: '2026-06-07' }, { now })).toThrow('期满后方可办结')
    m = closeMatter(m, { today: '2026-06-08' }, { now })
    expect(m.state).toBe('closed')
  })

  it('each step is gated on the one before', () => {
    const m = createMatter({ id: 'x', title: '事项', motionSource: '村干部提议' }, now)
    expect(() => recordReview(m, review(), { now })).toThrow(DecisionTransitionError)
    expect(() => recordResolution(m, resolution(), { now })).toThrow('不能登记决议')
    const one = recordProposal(m, proposal(), { now })
    expect(() => recordConsultation(one, consultation('2026-03-01'), { now })).toThrow('早于上一步会议')
    expect(() => recordConsultation(one, { ...consultation(), evaluation: review().evaluation }, { now })).toThrow(
      '应由村“两委”联席会议进行',
    )
  })

  it('refuses a vote whose numbers do not reconcile, or a ④ without the authorisation', () => {
    let m = createMatter({ id: 'x', title: '事项', motionSource: '村干部提议', tags: ['art24_3'] }, now)
    expect(() =>
      recordProposal(m, meeting('2026-03-02', { body: 'party_committee', role: 'deliberate', entitled: 5, present: 5, yes: 6 }), { now }),
    ).toThrow('表决记录有误')
    m = recordProposal(m, proposal(), { now })
    m = recordConsultation(m, consultation(), { now })
    m = recordReview(m, review(), { now })
    const noAuth = meeting('2026-03-15', { body: 'representatives_meeting', entitled: 30, present: 20, yes: 11, no: 9 })
    expect(() => recordResolution(m, noAuth, { now })).toThrow('须有村民会议的书面授权')
  })
})

describe('① and ② merged (一肩挑)', () => {
  const joint = () => meeting('2026-03-02', { body: 'joint_committees', role: 'deliberate', entitled: 7, present: 7, yes: 7 })
  it('only where the profile allows it, and then says so', () => {
    const m = createMatter({ id: 'x', title: '事项', motionSource: '上级党委政府安排' }, now)
    expect(() => recordProposal(m, joint(), { now, mergeConsultation: true })).toThrow('须分别召开')
    const profile = { ...structuredClone(NATIONAL_PROFILE), mayMergeProposalAndConsultation: true }
    const merged = recordProposal(m, joint(), { now, mergeConsultation: true, profile })
    expect(merged.state).toBe('reviewing')
    expect(merged.steps[0]).toMatchObject({ step: 1, mergedWith: 2, body: 'joint_committees' })
  })
})

describe('failures', () => {
  function atReview(): Matter {
    let m = createMatter({ id: 'x', title: '事项', motionSource: '党员群众建议', tags }, now)
    m = recordProposal(m, proposal(), { now })
    return recordConsultation(m, consultation(), { now })
  }

  it('③ not passed: back to ② for revision, or dropped; the choice is required', () => {
    const m = atReview()
    // 40 正式党员: 20 of 30 present is a majority of those present, not more than half of all 40
    const failed = meeting('2026-03-08', { body: 'party_assembly', role: 'deliberate', entitled: 40, present: 30, yes: 20, no: 10 })
    expect(failed.evaluation.decision.required).toBe(21)
    expect(() => recordReview(m, failed, { now })).toThrow('请选择退回')
    const revised = recordReview(m, failed, { now, onFailure: 'revise' })
    expect(revised.state).toBe('consulting')
    expect(revised.steps.at(-1)).toMatchObject({ step: 3, onFailure: 'revise' })
    const dropped = recordReview(m, failed, { now, onFailure: 'drop' })
    expect(dropped).toMatchObject({ state: 'dropped', droppedReason: '党员大会审议未通过' })
  })

  it('a meeting without a quorum is kept and the step waits for another meeting', () => {
    const m = atReview()
    const thin = meeting('2026-03-08', { body: 'party_assembly', role: 'deliberate', entitled: 40, present: 19, yes: 19 })
    const after = recordReview(m, thin, { now })
    expect(after.state).toBe('reviewing')
    expect(after.steps).toHaveLength(3)
  })

  it('④ not passed: closed as 未通过, the record stays; it cannot go on', () => {
    let m = atReview()
    m = recordReview(m, review(), { now })
    m = recordResolution(m, resolution('2026-03-15', 10, 20), { now })
    expect(m.state).toBe('rejected')
    expect(m.steps.at(-1)?.outcome.passed).toBe(false)
    expect(() => startDisclosure(m, { noticeId: 'n1', start: '2026-03-16' }, { now })).toThrow(DecisionTransitionError)
    expect(() => dropMatter(m, '不办了', { now })).toThrow()
  })

  it('a collective-property ④ with a majority present but not 2/3 of all is 未通过, naming the law', () => {
    let m = createMatter({ id: 'x', title: '征地补偿费分配方案', motionSource: '上级党委政府安排', tags: ['art24_7'] }, now)
    const v = (body: VoteInput['body'], entitled: number, present: number, yes: number) =>
      evaluateVote({ body, tags: ['art24_7'], role: 'deliberate', entitled, present, yes, no: present - yes })
    m = recordProposal(m, { ...proposal(), evaluation: v('party_committee', 5, 5, 5) }, { now })
    m = recordConsultation(m, { ...consultation(), evaluation: v('joint_committees', 9, 9, 9) }, { now })
    m = recordReview(m, { ...review(), evaluation: v('party_assembly', 40, 30, 25) }, { now })
    const e = evaluateVote({
      body: 'villagers_meeting',
      tags: ['art24_7'],
      entitled: 300,
      present: 250,
      yes: 150,
      no: 100,
      meetingDate: '2026-03-15',
    })
    m = recordResolution(m, { ...resolution(), evaluation: e }, { now })
    expect(m.state).toBe('rejected')
    expect(m.steps.at(-1)?.outcome.law).toBe('《农村集体经济组织法》第二十七条、第六十四条')
    expect(m.steps.at(-1)?.outcome.lawReason).toContain('全体成员三分之二以上同意')
  })
})

describe('⑤ objections', () => {
  it('every objection answered before the end; an unresolved one can send the matter back to ③', () => {
    let m = startDisclosure(decided(), { noticeId: 'n1', start: '2026-03-16' }, { now })
    expect(() => endDisclosure(m, { notice: notice([{ id: 'o1', date: '2026-03-17' }]), today: '2026-03-23' }, { now })).toThrow('未答复')
    const answered = notice([{ id: 'o1', date: '2026-03-17', reply: { date: '2026-03-18', text: '已解释', by: '村委会' } }])
    expect(() => endDisclosure(m, { notice: answered, today: '2026-03-23', unresolved: ['o1'] }, { now })).toThrow(
      '请选择退回党员大会重新审议',
    )
    expect(() => endDisclosure(m, { notice: { ...answered, id: 'other' }, today: '2026-03-23' }, { now })).toThrow('不符')
    const back = endDisclosure(m, { notice: answered, today: '2026-03-23', unresolved: ['o1'], outcome: 'return_to_review' }, { now })
    expect(back.state).toBe('reviewing')
    expect(back.disclosures[0]).toMatchObject({ outcome: 'returned_to_review', unresolved: [{ objectionId: 'o1', unresolved: true }] })
    // the earlier decision stays in the record; a new ③ and ④ make a new one
    m = recordReview(back, review('2026-03-25'), { now })
    m = recordResolution(m, resolution('2026-04-01'), { now })
    expect(frozenDecision(m)?.index).toBe(5)
    expect(m.steps.filter((s) => s.step === 4)).toHaveLength(2)
  })

  it('replies are due within the profile’s days (local practice: 3)', () => {
    const n = notice([
      { id: 'o1', date: '2026-03-17', reply: { date: '2026-03-21', text: '已解释', by: '村委会' } },
      { id: 'o2', date: '2026-03-17', reply: { date: '2026-03-20', text: '已解释', by: '村委会' } },
      { id: 'o3', date: '2026-03-18' },
    ])
    expect(objectionReplyFindings(n, '2026-03-21').map((f) => f.code)).toEqual(['objection_reply_late'])
    expect(objectionReplyFindings(n, '2026-03-22').map((f) => f.code)).toEqual(['objection_reply_late', 'objection_reply_overdue'])
  })
})

describe('freezing after ④', () => {
  it('corrections are kept beside the decision, which never changes', () => {
    const m = decided()
    const before = structuredClone(m.steps)
    const c = correctDecision(m, {
      field: '决议内容',
      from: '修建村东生产路1.2公里',
      to: '修建村东生产路1.3公里',
      reason: '测量更正',
      who: '王文书',
      when: '2026-03-20T10:00:00+08:00',
    })
    expect(c.steps).toEqual(before)
    expect(c.corrections).toHaveLength(1)
    expect(() => correctDecision(m, { field: 'x', from: 'a', to: 'b', reason: ' ', who: '王', when: now })).toThrow('更正原因')
    const undecided = createMatter({ id: 'y', title: '事项', motionSource: '村干部提议' }, now)
    expect(() => correctDecision(undecided, { field: 'x', from: 'a', to: 'b', reason: 'r', who: '王', when: now })).toThrow('不需要更正')
  })
})
