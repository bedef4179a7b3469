import { describe, expect, it } from 'vitest'
import { NATIONAL_PROFILE } from '@/domain/rules/national'
import type { BodyKind, RuleProfile } from '@/domain/rules/profile'
import { evaluateVote, type VoteInput } from './evaluateVote'

const codes = (e: { findings: { code: string }[] }) => e.findings.map((f) => f.code)

function local(edit: (p: RuleProfile) => void): RuleProfile {
  const p = structuredClone(NATIONAL_PROFILE)
  p.id = 'local'
  p.name = '某县规则'
  p.tightens = 'national'
  edit(p)
  return p
}

/**
 * The thresholds written straight from the law's words (not from law/counting), so a wrong
 * requiredCount or a wrong profile entry fails here.
 */
const QUORUM_WORDS: Record<string, (k: number, n: number) => boolean> = {
  party_committee: (k, n) => 2 * k >= n, // 半数以上委员到会
  joint_committees: (k, n) => 2 * k >= n, // 半数以上成员到会 (地方惯例)
  party_assembly: (k, n) => 2 * k >= n, // 半数以上有表决权的党员到会
  villagers_meeting: (k, n) => 2 * k > n, // 十八周岁以上村民的过半数
  'villagers_meeting/household': (k, n) => 3 * k >= 2 * n, // 三分之二以上的户的代表
  representatives_meeting: (k, n) => 3 * k >= 2 * n, // 三分之二以上的组成人员
  group_meeting: (k, n) => 3 * k >= 2 * n, // 十八周岁以上的村民三分之二以上
  'group_meeting/household': (k, n) => 3 * k >= 2 * n,
  collective_assembly: (k, n) => 3 * k >= 2 * n, // 三分之二以上具有完全民事行为能力的成员参加
  collective_representatives: (k, n) => 3 * k >= 2 * n,
}

/** Decision: y votes, p present, n entitled. */
const DECISION_WORDS: Record<BodyKind, (y: number, p: number, n: number) => boolean> = {
  party_committee: (y, p) => 2 * y > p,
  joint_committees: (y, p) => 2 * y > p,
  party_assembly: (y, _p, n) => 2 * y > n, // 超过应到会有表决权的党员的半数
  villagers_meeting: (y, p) => 2 * y > p, // 到会人员的过半数
  representatives_meeting: (y, p) => 2 * y > p,
  group_meeting: (y, p) => 2 * y > p,
  collective_assembly: (y, _p, n) => 3 * y >= 2 * n, // 全体成员三分之二以上
  collective_representatives: (y, _p, n) => 3 * y >= 2 * n, // 全体成员代表三分之二以上
}

function smallest(n: number, ok: (k: number) => boolean): number {
  for (let k = 0; k <= n + 1; k++) if (ok(k)) return k
  throw new Error('unreachable')
}

describe('domain-rules §0 examples', () => {
  it('100 eligible villagers → 51 must attend (50 is one short, 52 is fine)', () => {
    const at = (present: number) => evaluateVote({ body: 'villagers_meeting', entitled: 100, present, yes: present })
    expect(at(51).quorum).toMatchObject({ required: 51, met: true, base: 'entitled', rule: '过半数' })
    expect(at(50).quorum.met).toBe(false)
    expect(at(52).quorum.met).toBe(true)
    expect(at(51).quorum.citation.article).toBe('第二十二条')
  })

  it('150 households → representatives of 100 households', () => {
    const at = (presentHouseholds: number) =>
      evaluateVote({ body: 'villagers_meeting', mode: 'household', entitledHouseholds: 150, presentHouseholds, yes: presentHouseholds })
    expect(at(100).quorum).toMatchObject({ required: 100, met: true, base: 'households', unit: '户', rule: '三分之二以上' })
    expect(at(99).quorum.met).toBe(false)
    expect(at(101).quorum.met).toBe(true)
    expect(at(100).sentence).toBe(
      '应到150户，实到100户，达到三分之二以上（至少100户），会议有效；同意100票，超过到会人员半数（至少51票），通过 —《村民委员会组织法》第二十二条',
    )
  })

  it('a 30-member 村民代表会议 needs 20 present; 20 present need 11 votes — the sentence in words', () => {
    const e = evaluateVote({ body: 'representatives_meeting', counts: { entitled: 30, present: 20, yes: 11, no: 8, abstain: 1 } })
    expect(e.quorum).toMatchObject({ required: 20, met: true })
    expect(e.decision).toMatchObject({ required: 11, passed: true, base: 'present', rule: '过半数' })
    expect(e.passed).toBe(true)
    expect(e.sentence).toBe(
      '应到30人，实到20人，达到三分之二以上（至少20人），会议有效；同意11票，超过到会人员半数（至少11票），通过 —《村民委员会组织法》第二十六条',
    )
    expect(e.lawApplied.law).toBe('村民委员会组织法')
    expect(e.lawApplied.collectiveSwitch).toBe(false)
  })

  it('19 of 30 present: no quorum, so the vote fails whatever the count', () => {
    const e = evaluateVote({ body: 'representatives_meeting', entitled: 30, present: 19, yes: 19 })
    expect(e.quorum.met).toBe(false)
    expect(e.decision.countReached).toBe(true)
    expect(e.passed).toBe(false)
    expect(e.sentence).toBe(
      '应到30人，实到19人，未达到三分之二以上（至少20人），不足法定人数，会议不能召开；所作表决无效 —《村民委员会组织法》第二十六条',
    )
    expect(e.findings.find((f) => f.code === 'quorum_not_met')?.field).toBe('present')
  })

  it('20 present: 10 votes fail, 11 pass, 12 pass', () => {
    const at = (yes: number) => evaluateVote({ body: 'representatives_meeting', entitled: 30, present: 20, yes, no: 20 - yes }).passed
    expect([at(10), at(11), at(12)]).toEqual([false, true, true])
    expect(evaluateVote({ body: 'representatives_meeting', entitled: 30, present: 20, yes: 10, no: 10 }).sentence).toContain(
      '同意10票，未超过到会人员半数（至少11票），未通过',
    )
  })
})

describe('every body, quorum and decision exactly at, one below and one above each threshold', () => {
  const cases: { body: BodyKind; mode?: 'household'; key: string }[] = [
    { body: 'party_committee', key: 'party_committee' },
    { body: 'joint_committees', key: 'joint_committees' },
    { body: 'party_assembly', key: 'party_assembly' },
    { body: 'villagers_meeting', key: 'villagers_meeting' },
    { body: 'villagers_meeting', mode: 'household', key: 'villagers_meeting/household' },
    { body: 'representatives_meeting', key: 'representatives_meeting' },
    { body: 'group_meeting', key: 'group_meeting' },
    { body: 'group_meeting', mode: 'household', key: 'group_meeting/household' },
    { body: 'collective_assembly', key: 'collective_assembly' },
    { body: 'collective_representatives', key: 'collective_representatives' },
  ]
  const sizes = [5, 7, 9, 30, 31, 32, 100, 101, 150]

  for (const { body, mode, key } of cases) {
    it(`${key}: quorum`, () => {
      const words = QUORUM_WORDS[key]!
      for (const n of sizes) {
        const need = smallest(n, (k) => words(k, n))
        for (const k of [need - 1, need, need + 1]) {
          if (k < 0 || k > n) continue
          const input: VoteInput = mode
            ? { body, mode, entitled: n, present: k, entitledHouseholds: n, presentHouseholds: k, yes: 0 }
            : { body, entitled: n, present: k, yes: 0 }
          const e = evaluateVote(input)
          expect(e.quorum.required, `${key} n=${n}`).toBe(need)
          expect(e.quorum.met, `${key} n=${n} k=${k}`).toBe(words(k, n))
        }
      }
    })

    it(`${key}: decision (quorum met, everyone present)`, () => {
      const words = DECISION_WORDS[body]
      for (const n of sizes) {
        const p = n
        const need = smallest(n, (y) => words(y, p, n))
        for (const y of [need - 1, need, need + 1]) {
          if (y < 0 || y > p) continue
          const input: VoteInput = mode
            ? { body, mode, entitled: n, present: p, entitledHouseholds: n, presentHouseholds: p, yes: y, no: p - y }
            : { body, entitled: n, present: p, yes: y, no: p - y }
          const e = evaluateVote(input)
          expect(e.decision.required, `${key} n=${n}`).toBe(need)
          expect(e.decision.passed, `${key} n=${n} y=${y}`).toBe(words(y, p, n))
          expect(e.passed).toBe(e.decision.passed)
        }
      }
    })
  }
})

describe('the two decision bases', () => {
  it('党员大会: more than half of ALL voting members, not of those present', () => {
    // 21 正式党员, 15 present: 10 is a majority of those present but not more than 10.5
    const e = evaluateVote({ body: 'party_assembly', entitled: 21, present: 15, yes: 10, no: 5 })
    expect(e.quorum.met).toBe(true)
    expect(e.decision).toMatchObject({ base: 'entitledVoters', baseCount: 21, required: 11, passed: false })
    expect(evaluateVote({ body: 'party_assembly', entitled: 21, present: 15, yes: 11, no: 4 }).passed).toBe(true)
    expect(e.sentence).toContain('未超过应到会有表决权的党员半数（至少11票）')
    expect(e.lawApplied.law).toBe('中国共产党支部工作条例（试行）')
  })

  it('村民会议: a majority of those present, even far below a majority of all', () => {
    const e = evaluateVote({ body: 'villagers_meeting', entitled: 100, present: 60, yes: 31, no: 29 })
    expect(e.decision).toMatchObject({ base: 'present', baseCount: 60, required: 31, passed: true })
    expect(evaluateVote({ body: 'villagers_meeting', entitled: 100, present: 60, yes: 30, no: 30 }).passed).toBe(false)
  })
})

describe('the 集体经济组织法 switch (组织法 Art. 24 ¶3, 集体经济组织法 Art. 64, 27)', () => {
  const members = { body: 'villagers_meeting', entitled: 90 } as const

  it('a majority of those present is not enough: 2/3 of ALL members must agree', () => {
    const e = evaluateVote({ ...members, tags: ['art24_7'], present: 80, yes: 59, no: 21 })
    expect(e.quorum).toMatchObject({ required: 60, met: true, base: 'entitled' })
    expect(e.decision).toMatchObject({ required: 60, passed: false, base: 'entitled', baseCount: 90, rule: '三分之二以上' })
    expect(e.lawApplied).toMatchObject({ law: '农村集体经济组织法', collectiveSwitch: true })
    expect(e.lawApplied.reason).toContain('征地补偿费的使用、分配方案')
    expect(e.lawApplied.reason).toContain('第六十四条')
    expect(e.sentence).toBe(
      '应到90人，实到80人，达到三分之二以上（至少60人），会议有效；同意59票，未达到全体成员三分之二以上（至少60票），未通过 —《农村集体经济组织法》第二十七条、第六十四条',
    )
    expect(evaluateVote({ ...members, tags: ['art24_7'], present: 80, yes: 60, no: 20 }).passed).toBe(true)
    expect(evaluateVote({ ...members, tags: ['art24_7'], present: 80, yes: 61, no: 19 }).passed).toBe(true)
  })

  it('2/3 of members must attend: 59 of 90 is one short, 60 exactly, 61 above', () => {
    const at = (present: number) => evaluateVote({ ...members, tags: ['art24_2'], present, yes: present }).quorum.met
    expect([at(59), at(60), at(61)]).toEqual([false, true, true])
  })

  it('switches for items 2, 4, 6, 7, 8 and the named collective tags; not for items 1, 3, 5, 9', () => {
    for (const tag of [
      'art24_2',
      'art24_4',
      'art24_6',
      'art24_7',
      'art24_8',
      'collective_property',
      'member_rights',
      '收益分配',
      '成员身份',
    ]) {
      expect(evaluateVote({ ...members, tags: [tag], present: 60, yes: 40 }).lawApplied.collectiveSwitch, tag).toBe(true)
    }
    for (const tag of ['art24_1', 'art24_3', 'art24_5', 'art24_9']) {
      const e = evaluateVote({ ...members, tags: [tag], present: 60, yes: 31 })
      expect(e.lawApplied.collectiveSwitch, tag).toBe(false)
      expect(e.passed, tag).toBe(true)
    }
  })

  it('non-member sharing needs 3/4 of all members (Art. 15): 74 of 100 fail, 75 pass, 76 pass', () => {
    const at = (yes: number) =>
      evaluateVote({ body: 'villagers_meeting', tags: ['non_member_sharing'], entitled: 100, present: 90, yes, no: 90 - yes })
    expect(at(74).decision).toMatchObject({ required: 75, passed: false, rule: '四分之三以上' })
    expect([at(75).passed, at(76).passed]).toEqual([true, true])
    expect(at(75).decision.citation.article).toBe('第十五条')
  })

  it('an authorised 村民代表会议 acting for the collective needs 2/3 of ALL representatives', () => {
    const authorisation = { date: '2026-01-05', meeting: '2026年1月5日村民会议' }
    const at = (yes: number) =>
      evaluateVote({ body: 'representatives_meeting', tags: ['art24_2'], authorisation, entitled: 30, present: 25, yes, no: 25 - yes })
    expect(at(19).decision).toMatchObject({ required: 20, passed: false, base: 'entitled' })
    expect([at(20).passed, at(21).passed]).toEqual([true, true])
    expect(at(20).lawApplied.collectiveSwitch).toBe(true)
  })

  it('meetings before 2025-05-01 are counted by the Organic Law', () => {
    const e = evaluateVote({ ...members, tags: ['art24_7'], present: 80, yes: 41, meetingDate: '2025-04-30' })
    expect(e.lawApplied.collectiveSwitch).toBe(false)
    expect(e.passed).toBe(true)
    expect(codes(e)).toContain('collective_law_not_in_force')
    expect(evaluateVote({ ...members, tags: ['art24_7'], present: 80, yes: 41, meetingDate: '2025-05-01' }).passed).toBe(false)
  })

  it('one person one vote: the household form is counted by members, with a warning', () => {
    const e = evaluateVote({
      body: 'villagers_meeting',
      mode: 'household',
      tags: ['art24_6'],
      entitled: 90,
      present: 60,
      entitledHouseholds: 30,
      presentHouseholds: 25,
      yes: 60,
    })
    expect(codes(e)).toContain('household_mode_not_for_collective')
    expect(e.quorum).toMatchObject({ base: 'entitled', required: 60, unit: '人' })
    expect(e.passed).toBe(true)
  })

  it('a 成员代表大会 may not decide membership or compensation (Art. 28 ¶4)', () => {
    const e = evaluateVote({ body: 'collective_representatives', tags: ['成员身份'], entitled: 30, present: 30, yes: 30 })
    expect(codes(e)).toContain('needs_full_assembly')
    expect(e.passed).toBe(false)
    expect(evaluateVote({ body: 'collective_representatives', tags: ['art24_8'], entitled: 30, present: 30, yes: 20 }).passed).toBe(true)
  })

  it('a village self-government matter is not for a collective body', () => {
    const e = evaluateVote({ body: 'collective_assembly', tags: ['art24_1'], entitled: 30, present: 30, yes: 30 })
    expect(codes(e)).toContain('village_matter')
    expect(e.passed).toBe(false)
  })
})

describe('Art. 24 matters: only the 村民会议 or an authorised 村民代表会议 decides', () => {
  const reps = {
    body: 'representatives_meeting',
    tags: ['art24_3'],
    entitled: 30,
    present: 24,
    yes: 20,
    no: 4,
    meetingDate: '2026-03-01',
  } as const

  it('delegation without an authorisation is refused at the field', () => {
    const e = evaluateVote(reps)
    expect(e.decision.countReached).toBe(true)
    expect(e.passed).toBe(false)
    const f = e.findings.find((x) => x.code === 'delegation_missing')
    expect(f).toMatchObject({ level: 'error', field: 'authorisation' })
    expect(f?.message).toContain('本村公益事业的兴办和筹资筹劳方案及建设承包方案')
    expect(f?.citation.article).toBe('第二十四条')
    expect(e.sentence).toContain('不能认定通过')
  })

  it('with a written authorisation (date and meeting) it passes', () => {
    const e = evaluateVote({ ...reps, authorisation: { date: '2026-01-05', meeting: '2026年1月5日村民会议' } })
    expect(e.passed).toBe(true)
    expect(e.findings.find((f) => f.code === 'delegation_ok')?.message).toBe('已有村民会议书面授权（2026年1月5日，2026年1月5日村民会议）')
  })

  it('an authorisation without date or meeting, dated after the meeting, or not covering the matter is refused', () => {
    expect(codes(evaluateVote({ ...reps, authorisation: { date: '2026-01-05' } }))).toContain('authorisation_incomplete')
    expect(codes(evaluateVote({ ...reps, authorisation: { date: '2026-03-02', meeting: '村民会议' } }))).toContain(
      'authorisation_after_meeting',
    )
    const scoped = evaluateVote({ ...reps, authorisation: { date: '2026-01-05', meeting: '村民会议', matters: ['art24_1'] } })
    expect(codes(scoped)).toContain('authorisation_scope')
    expect(scoped.passed).toBe(false)
    expect(evaluateVote({ ...reps, authorization: { date: '2026-01-05', meeting: '村民会议', matters: ['art24-3'] } }).passed).toBe(true)
  })

  it('a bare flag is accepted with a warning to record the details', () => {
    const e = evaluateVote({ ...reps, authorisation: true })
    expect(e.passed).toBe(true)
    expect(codes(e)).toContain('authorisation_unrecorded')
  })

  it('a matter outside Art. 24 needs no authorisation', () => {
    expect(evaluateVote({ ...reps, tags: [] }).passed).toBe(true)
  })

  it('the 两委 or a Party body cannot decide an Art. 24 matter, but may deliberate it', () => {
    const decide = evaluateVote({ body: 'joint_committees', tags: ['art24_1'], entitled: 9, present: 9, yes: 9 })
    expect(decide.passed).toBe(false)
    expect(decide.findings.find((f) => f.code === 'body_not_competent')?.level).toBe('error')
    const deliberate = evaluateVote({ body: 'party_assembly', role: 'deliberate', tags: ['art24_1'], entitled: 20, present: 15, yes: 11 })
    expect(deliberate.passed).toBe(true)
    expect(codes(deliberate)).toContain('deliberation_only')
  })

  it('the 村民会议 decides every Art. 24 item itself', () => {
    for (let i = 1; i <= 9; i++) {
      const e = evaluateVote({ body: 'villagers_meeting', art24Items: [i], entitled: 100, present: 100, yes: 67 })
      expect(e.passed, `item ${i}`).toBe(true)
    }
  })

  it('村规民约 at a 村民代表会议 is a hard warning', () => {
    expect(evaluateVote({ ...reps, tags: ['village_compact'] }).findings.find((f) => f.code === 'compact_at_representatives')?.level).toBe(
      'warning',
    )
  })
})

describe('who is never counted', () => {
  it('预备党员 attend without a vote: not in 应到, 实到 or the votes', () => {
    // 10 正式党员, 5 present, 3 预备党员 also there: 半数以上 of 10 = 5 present, but 6 votes needed
    const e = evaluateVote({ body: 'party_assembly', entitled: 10, present: 5, probationaryPresent: 3, yes: 5 })
    expect(e.quorum).toMatchObject({ baseCount: 10, actual: 5, required: 5, met: true })
    expect(e.decision).toMatchObject({ required: 6, passed: false })
    expect(codes(e)).toContain('probationary_not_counted')
    expect(e.sentence).toContain('另有预备党员3人到会，无表决权')
    expect(evaluateVote({ body: 'party_assembly', entitled: 10, present: 4, probationaryPresent: 3, yes: 4 }).quorum.met).toBe(false)
  })

  it('列席 (observers, 村务监督委员会 members at a 村民代表会议) do not make a quorum', () => {
    const e = evaluateVote({ body: 'representatives_meeting', entitled: 30, present: 19, observers: 5, yes: 19 })
    expect(e.quorum.met).toBe(false)
    expect(e.findings.find((f) => f.code === 'observers_not_counted')?.citation.version).toBe('2025修正')
  })

  it('委托 where the profile allows none is not counted', () => {
    const e = evaluateVote({ body: 'representatives_meeting', entitled: 30, present: 21, proxies: 2, yes: 19 })
    expect(e.quorum).toMatchObject({ actual: 19, met: false })
    expect(codes(e)).toContain('proxy_not_allowed')
  })

  it('委托 at a collective assembly (same household, Art. 27) counts', () => {
    const e = evaluateVote({ body: 'collective_assembly', entitled: 30, present: 20, proxies: 3, yes: 20 })
    expect(e.quorum.met).toBe(true)
    expect(codes(e)).not.toContain('proxy_not_allowed')
  })
})

describe('counts that do not fit together', () => {
  const base = { body: 'villagers_meeting', entitled: 100, present: 60 } as const

  it('votes exceed those present → error at the field, not passed', () => {
    const e = evaluateVote({ ...base, yes: 40, no: 21 })
    expect(e.findings.find((f) => f.code === 'votes_exceed_present')).toMatchObject({ level: 'error', field: 'yes' })
    expect(e.decision.countReached).toBe(true)
    expect(e.passed).toBe(false)
  })

  it('yes + no + abstain + invalid must equal the ballots cast', () => {
    const e = evaluateVote({ ...base, method: 'show_of_hands', yes: 40, no: 10, cast: 55 })
    expect(e.findings.find((f) => f.code === 'tally_mismatch')).toMatchObject({ level: 'error', field: 'cast' })
    expect(e.passed).toBe(false)
  })

  it('a paper count that does not add up stands only with a note and a photo of the tally sheet', () => {
    const paper = { ...base, method: 'paper_totals', yes: 40, no: 10, abstain: 2, invalid: 1, cast: 54 } as const
    expect(evaluateVote(paper).passed).toBe(false)
    expect(evaluateVote({ ...paper, note: '一张选票未投入票箱' }).passed).toBe(false)
    const ok = evaluateVote({ ...paper, note: '一张选票未投入票箱', tallySheetPhoto: 'photo:tally-1' })
    expect(ok.passed).toBe(true)
    expect(ok.findings.find((f) => f.code === 'tally_mismatch_accepted')?.level).toBe('warning')
  })

  it('ballots cast beyond those present are never accepted', () => {
    const e = evaluateVote({ ...base, method: 'paper_totals', yes: 40, no: 10, cast: 61, note: 'x', tallySheetPhoto: 'y' })
    expect(codes(e)).toContain('cast_exceeds_present')
    expect(e.passed).toBe(false)
  })

  it('a show of hands has no invalid votes', () => {
    expect(codes(evaluateVote({ ...base, method: 'show_of_hands', yes: 40, invalid: 1 }))).toContain('invalid_without_ballots')
  })

  it('present more than entitled, negative or fractional counts, missing essentials', () => {
    expect(
      evaluateVote({ body: 'villagers_meeting', entitled: 10, present: 11, yes: 6 }).findings.find(
        (f) => f.code === 'present_exceeds_entitled',
      )?.field,
    ).toBe('present')
    expect(codes(evaluateVote({ ...base, yes: -1 }))).toContain('invalid_count')
    expect(codes(evaluateVote({ ...base, yes: 2.5 }))).toContain('invalid_count')
    const missing = evaluateVote({ body: 'villagers_meeting', entitled: 10 } as VoteInput)
    expect(missing.findings.filter((f) => f.code === 'count_missing').map((f) => f.field)).toEqual(['present', 'yes'])
    expect(missing.passed).toBe(false)
    const noHouseholds = evaluateVote({ body: 'group_meeting', mode: 'household', yes: 3 })
    expect(noHouseholds.findings.filter((f) => f.code === 'count_missing').map((f) => f.field)).toEqual([
      'entitledHouseholds',
      'presentHouseholds',
    ])
  })

  it('nobody entitled: no meeting', () => {
    const e = evaluateVote({ body: 'party_committee', entitled: 0, present: 0, yes: 0 })
    expect(e.quorum.met).toBe(false)
    expect(codes(e)).toContain('no_entitled')
  })
})

describe('profiles', () => {
  it('a loosening profile is refused and the national floor applied', () => {
    const loose = local((p) => {
      p.bodies.villagers_meeting.quorum.individual!.share = { comparator: 'atLeast', num: 1, den: 3 }
    })
    const e = evaluateVote({ body: 'villagers_meeting', entitled: 90, present: 40, yes: 30, profile: loose })
    expect(e.quorum).toMatchObject({ required: 46, met: false })
    expect(e.profileId).toBe('national')
    expect(e.findings.find((f) => f.code === 'profile_refused')?.message).toContain('村民会议到会人数（按人）')
  })

  it('a local 党员大会 attendance of 2/3 changes the result', () => {
    const strict = local((p) => {
      p.bodies.party_assembly.quorum.single!.share = { comparator: 'atLeast', num: 2, den: 3 }
    })
    const input = { body: 'party_assembly', entitled: 30, present: 15, yes: 15 } as const
    expect(evaluateVote(input).quorum).toMatchObject({ required: 15, met: true })
    const e = evaluateVote({ ...input, profile: strict })
    expect(e.quorum).toMatchObject({ required: 20, met: false, rule: '三分之二以上' })
    expect(e.profileId).toBe('local')
    expect(evaluateVote({ ...input, present: 20, yes: 16, profile: strict }).passed).toBe(true)
  })

  it('a local 村民代表会议 decision by a majority of ALL representatives changes the result', () => {
    const strict = local((p) => {
      p.bodies.representatives_meeting.decision.base = 'entitled'
    })
    const input = { body: 'representatives_meeting', entitled: 30, present: 20, yes: 11, no: 9 } as const
    expect(evaluateVote(input).passed).toBe(true)
    const e = evaluateVote({ ...input, profile: strict })
    expect(e.decision).toMatchObject({ base: 'entitled', baseCount: 30, required: 16, passed: false })
    expect(e.sentence).toContain('未超过全体组成人员半数（至少16票）')
    expect(evaluateVote({ ...input, yes: 16, no: 4, profile: strict }).passed).toBe(true)
  })
})

describe('plain input from outside', () => {
  it('reads Chinese body names, tag spellings and top-level or nested counts', () => {
    const e = evaluateVote({
      body: '村民代表会议',
      tags: ['第二十四条第二项'],
      authorisation: true,
      counts: { entitled: 30, present: 24, yes: 20 },
    })
    expect(e.body).toBe('representatives_meeting')
    expect(e.tags).toEqual(['art24_2'])
    expect(e.passed).toBe(true)
    expect(evaluateVote({ body: '支委会', entitled: 5, present: 3, yes: 2 }).body).toBe('party_committee')
  })

  it('warns about an unknown tag and throws on an unknown body', () => {
    expect(codes(evaluateVote({ body: 'villagers_meeting', tags: ['foo'], entitled: 3, present: 2, yes: 2 }))).toContain('unknown_tag')
    expect(() => evaluateVote({ body: 'council', entitled: 3, present: 2, yes: 2 })).toThrow('未知的会议类型')
    const single = evaluateVote({ body: 'villagers_meeting', tags: 'art24_7' as unknown as string[], entitled: 90, present: 60, yes: 59 })
    expect(single.tags).toEqual(['art24_7'])
  })

  it('household form given persons only: read as households, with a warning', () => {
    const e = evaluateVote({ body: 'villagers_meeting', mode: 'household', entitled: 150, present: 100, yes: 51 })
    expect(e.quorum).toMatchObject({ base: 'households', baseCount: 150, actual: 100, required: 100, met: true })
    expect(e.findings.filter((f) => f.code === 'households_assumed').map((f) => f.field)).toEqual([
      'entitledHouseholds',
      'presentHouseholds',
    ])
    expect(e.passed).toBe(true)
  })

  it('authorised / authorized flags stand for a recorded authorisation', () => {
    const base = { body: 'representatives_meeting', tags: ['art24_1'], entitled: 30, present: 20, yes: 11 } as const
    expect(evaluateVote({ ...base, authorised: true }).passed).toBe(true)
    expect(evaluateVote({ ...base, authorized: true }).passed).toBe(true)
    expect(evaluateVote({ ...base, authorized: false }).passed).toBe(false)
  })

  it('says which rules it applied, each source once', () => {
    const e = evaluateVote({ body: 'joint_committees', entitled: 9, present: 6, yes: 4 })
    expect(e.lawApplied.reason).toBe(
      '村“两委”联席会议按“四议两公开”工作法地方规范（地方惯例）计算：“两委”成员半数以上到会，到会人员过半数同意',
    )
    expect(e.decision.explanation).toBe('到会人员6人，须过半数即至少4票同意；同意4票，达到要求，通过')
  })

  it('defaults: national profile, individual mode, no tags', () => {
    const e = evaluateVote({ body: 'group_meeting', entitled: 30, present: 20, yes: 11 })
    expect(e).toMatchObject({ mode: 'individual', tags: [], profileId: 'national', passed: true })
    expect(e.counts).toMatchObject({ no: 0, abstain: 0, invalid: 0, cast: 11 })
  })
})
