import { describe, expect, it } from 'vitest'
import { decideByAssembly, failedAssembly, undecidedBecause } from './assemblyDecision'
import type { AssemblyMeeting, ViolationCase } from './case'
import { notifyCase, recordNoStatement } from './lifecycle'
import { nextAction } from './nextAction'
import { unwrap, type Outcome } from './outcome'
import { ARTICLES, BENEFITS, COMPACT, EDUCATE, REPLY_RULE, SUSPEND_GIFT, TODAY, assessed } from './testFixtures'
import { timeline } from './timeline'

/** Notified 2026-10-28 under 第二十一条 (decided by the 村民代表会议): the period ends 11-02. */
function heardByAssembly(): ViolationCase {
  const n = unwrap(
    notifyCase(
      assessed(),
      {
        articles: ARTICLES,
        compactId: COMPACT,
        number: '第二十一条',
        date: '2026-10-28',
        serviceDate: '2026-10-28',
        serviceMethod: '直接送达',
        intendedMeasures: [{ kind: '批评教育' }, { kind: '暂停享受福利', benefitId: 'gift' }],
        replyRule: REPLY_RULE,
      },
      TODAY,
      BENEFITS,
    ),
  )
  return unwrap(recordNoStatement(n, '2026-11-03'))
}

const SHORT = '应到6人，实到3人，未达到三分之二以上（至少4人），不足法定人数，会议不能召开；所作表决无效 —《村民委员会组织法》第二十六条'

function meeting(over: Partial<Omit<AssemblyMeeting, 'result'>> = {}): Omit<AssemblyMeeting, 'result'> {
  return { meetingId: 'm1', date: '2026-11-05', quorumReached: true, passed: true, sentence: '应到6人，实到4人…通过', ...over }
}

function byAssembly(c: ViolationCase, m: Omit<AssemblyMeeting, 'result'>, measures = [EDUCATE]): Outcome<ViolationCase> {
  return decideByAssembly(c, { date: m.date, body: '村民代表会议', meeting: m, measures }, TODAY, BENEFITS)
}

const reason = (o: Outcome<unknown>) => (o.ok ? '' : o.reason)

describe('村民代表会议 decides a case: the meeting and its consequence together', () => {
  it('a quorate meeting that passed decides, and is listed as the deciding meeting', () => {
    const out = unwrap(byAssembly(heardByAssembly(), meeting()))
    expect(out.state).toBe('decided')
    expect(out.decision?.meeting).toEqual({ meetingId: 'm1', date: '2026-11-05', quorumReached: true, passed: true })
    expect(out.assemblyMeetings).toEqual([{ ...meeting(), result: 'decided' }])
    expect(failedAssembly(out)).toBeUndefined()
  })

  it('a meeting short of its quorum is recorded against the case, which stays undecided, and says why and what next', () => {
    const c = heardByAssembly()
    const out = unwrap(byAssembly(c, meeting({ quorumReached: false, passed: false, sentence: SHORT })))
    expect(out.state).toBe('heard')
    expect(out.decision).toBeUndefined()
    expect(out.assemblyMeetings).toEqual([{ ...meeting({ quorumReached: false, passed: false, sentence: SHORT }), result: 'no_quorum' }])
    expect(undecidedBecause(out)).toContain('2026年11月5日的村民代表会议到会人数不足')
    expect(undecidedBecause(out)).toContain('第二十六条')
    expect(undecidedBecause(out)).toContain('请重新召集村民代表会议')
    expect(nextAction(out, '2026-11-06')).toBe('11月5日的村民代表会议到会人数不足，请重新召集村民代表会议，到会人数达到法定人数后再表决')
    expect(timeline(out).map((e) => e.step)).toContain('村民代表会议')
    // the case as it was, apart from the meeting on file
    expect({ ...out, assemblyMeetings: undefined }).toEqual({ ...c, assemblyMeetings: undefined })
  })

  it('a quorate meeting whose motion failed is recorded as 未通过; a second meeting can then decide', () => {
    const c = heardByAssembly()
    const failed = unwrap(byAssembly(c, meeting({ passed: false })))
    expect(failed.state).toBe('heard')
    expect(failed.assemblyMeetings?.[0]?.result).toBe('not_passed')
    expect(undecidedBecause(failed)).toContain('表决未通过处理决定')
    expect(nextAction(failed, '2026-11-06')).toContain('未通过')
    // the same meeting cannot be recorded twice
    expect(reason(byAssembly(failed, meeting()))).toContain('已经记入本案件')
    const again = unwrap(byAssembly(failed, meeting({ meetingId: 'm2', date: '2026-11-12' }), [{ ...EDUCATE, startDate: '2026-11-12' }]))
    expect(again.state).toBe('decided')
    expect(again.assemblyMeetings?.map((m) => m.result)).toEqual(['not_passed', 'decided'])
    expect(again.decision?.meeting?.meetingId).toBe('m2')
    expect(failedAssembly(again)).toBeUndefined()
  })

  it('refuses (nothing to record) a meeting that could not have decided lawfully even with its quorum', () => {
    const c = heardByAssembly()
    // held on the period's last day: too early, whatever the count
    expect(reason(byAssembly(c, meeting({ date: '2026-11-02', quorumReached: false })))).toContain('陈述申辩')
    // a measure the 告知书 did not name
    expect(reason(byAssembly(c, meeting({ quorumReached: false }), [{ kind: '书面检讨', startDate: '2026-11-05' }]))).not.toBe('')
    // a 风险 measure without its reason
    expect(reason(byAssembly(c, meeting(), [{ ...SUSPEND_GIFT, startDate: '2026-11-05', riskReason: '' }]))).not.toBe('')
    // a case the 村民委员会 decides takes no meeting
    const byCommittee = decideByAssembly(
      c,
      { date: '2026-11-05', body: '村民委员会', meeting: meeting(), measures: [EDUCATE] },
      TODAY,
      BENEFITS,
    )
    expect(reason(byCommittee)).toContain('村民代表会议')
  })
})
