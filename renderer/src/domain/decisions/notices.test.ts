import { describe, expect, it } from 'vitest'
import { validateForIssue } from '@/domain/notices/lifecycle'
import { evaluateVote } from '@/domain/meetings/evaluateVote'
import { mattersDue } from './due'
import {
  createMatter,
  recordConsultation,
  recordImplementation,
  recordProposal,
  recordResolution,
  recordReview,
  startDisclosure,
  type MeetingStepInput,
} from './lifecycle'
import type { Matter } from './model'
import { resolutionNoticeContent, resultsNoticeContent } from './notices'

const now = '2026-03-01T09:00:00+08:00'
const step = (
  date: string,
  body: Parameters<typeof evaluateVote>[0]['body'],
  entitled: number,
  present: number,
  yes: number,
): MeetingStepInput => ({
  meetingId: `m-${date}`,
  date,
  form: '现场会议',
  content: '修建村东生产路1.2公里，预算13万元',
  evaluation: evaluateVote({
    body,
    role: body === 'representatives_meeting' ? 'decide' : 'deliberate',
    entitled,
    present,
    yes,
    no: present - yes,
  }),
})

function decided(): Matter {
  let m = createMatter({ id: 'x', title: '修建村东生产路', motionSource: '党员群众建议' }, now)
  m = recordProposal(m, step('2026-03-02', 'party_committee', 5, 5, 5), { now })
  m = recordConsultation(m, step('2026-03-04', 'joint_committees', 9, 9, 9), { now })
  m = recordReview(m, step('2026-03-08', 'party_assembly', 40, 30, 25), { now })
  return recordResolution(m, step('2026-03-15', 'representatives_meeting', 30, 20, 11), { now })
}

const opts = {
  issuer: '东风村村民委员会',
  dateSigned: '2026-03-16',
  start: '2026-03-16',
  objectionChannel: { phone: '0371-12345678', supervisionBody: '村务监督委员会' },
}

describe('决议公开 and 实施结果公开 notice drafts', () => {
  it('the 决议公开 says how the decision was reached and the vote in words, for 7 days', () => {
    const c = resolutionNoticeContent(decided(), opts)
    expect(c).toMatchObject({
      kind: '决议公开',
      title: '关于修建村东生产路的决议公开',
      period: { start: '2026-03-16', days: 7, unit: 'calendar' },
    })
    expect(c.body[0]).toBe(
      '修建村东生产路事项（动议事由：党员群众建议），经村党组织提议（2026年3月2日）、村“两委”会议商议（2026年3月4日）、党员大会审议（2026年3月8日），于2026年3月15日提交村民代表会议表决。',
    )
    expect(c.body[2]).toContain('应到30人，实到20人，达到三分之二以上（至少20人），会议有效；同意11票')
    expect(validateForIssue(c)).toEqual([])
  })

  it('the 实施结果公开 lists cost, progress and acceptance', () => {
    let m = decided()
    m = { ...m, state: 'implementing' }
    m = recordImplementation(
      m,
      { cost: 128000.5, progress: '已完工通车', acceptance: { date: '2026-05-28', by: '村务监督委员会', result: '验收合格' } },
      { now },
    )
    const c = resultsNoticeContent(m, { ...opts, start: '2026-06-01', dateSigned: '2026-06-01' })
    expect(c.kind).toBe('实施结果公开')
    expect(c.body).toContain('实际费用：128,000.5元')
    expect(c.body).toContain('验收情况：2026年5月28日由村务监督委员会验收，验收合格。')
    expect(validateForIssue(c)).toEqual([])
  })

  it('refuses a 决议公开 without a decision', () => {
    expect(() => resolutionNoticeContent(createMatter({ id: 'y', title: '事项', motionSource: '村干部提议' }, now), opts)).toThrow(
      '尚无通过的决议',
    )
  })
})

describe('home-screen 待办', () => {
  it('lists matters waiting at a step, 公开 due and 公开 ended', () => {
    const waiting = createMatter({ id: 'w', title: '村规民约修订', motionSource: '村干部提议' }, now)
    const toDisclose = decided()
    const disclosing = startDisclosure({ ...decided(), id: 'd' }, { noticeId: 'n1', start: '2026-03-16' }, { now })
    const items = mattersDue([waiting, toDisclose, disclosing], '2026-03-23')
    expect(items.map((i) => [i.matterId, i.kind, i.step])).toEqual([
      ['w', 'waiting_step', 1],
      ['x', 'disclosure_due', 5],
      ['d', 'disclosure_ended', 5],
    ])
    expect(items[0]?.message).toBe('“村规民约修订”待提议（村党组织提议）')
    expect(mattersDue([disclosing], '2026-03-22')[0]?.kind).toBe('disclosure_running')
  })
})
