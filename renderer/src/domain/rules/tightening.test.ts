import { describe, expect, it } from 'vitest'
import type { Finding } from '@/domain/law/findings'
import { NATIONAL_PROFILE } from './national'
import type { RuleProfile } from './profile'
import { checkTightening, countRuleAtLeastAsStrict } from './tightening'

/** A deep copy to edit one threshold of. */
function local(edit: (p: RuleProfile) => void): RuleProfile {
  const p = structuredClone(NATIONAL_PROFILE)
  p.id = 'local'
  p.tightens = 'national'
  edit(p)
  return p
}

describe('a local profile may only tighten the national floor', () => {
  it('the national profile is at least as strict as itself', () => {
    expect(checkTightening(NATIONAL_PROFILE, NATIONAL_PROFILE)).toEqual([])
  })

  it('accepts 党员大会 attendance of 2/3 (domain-rules §2.4, local texts)', () => {
    const p = local((p) => {
      p.bodies.party_assembly.quorum.single!.share = { comparator: 'atLeast', num: 2, den: 3 }
    })
    expect(checkTightening(NATIONAL_PROFILE, p)).toEqual([])
  })

  it('accepts a 村民代表会议 decision by a majority of ALL representatives (§1.6 ⚠)', () => {
    const p = local((p) => {
      p.bodies.representatives_meeting.decision.base = 'entitled'
    })
    expect(checkTightening(NATIONAL_PROFILE, p)).toEqual([])
  })

  it('accepts the provincial 4/5 attendance and 2/3-of-all decision for the 村民代表会议 (§1.6, S26d)', () => {
    const p = local((p) => {
      p.bodies.representatives_meeting.quorum.single!.share = { comparator: 'atLeast', num: 4, den: 5 }
      p.bodies.representatives_meeting.decision = {
        ...p.bodies.representatives_meeting.decision,
        base: 'entitled',
        share: { comparator: 'atLeast', num: 2, den: 3 },
      }
    })
    expect(checkTightening(NATIONAL_PROFILE, p)).toEqual([])
  })

  it('refuses a 村民会议 quorum of 半数以上 (one below 过半数 for even n), naming threshold and floor', () => {
    const p = local((p) => {
      p.bodies.villagers_meeting.quorum.individual!.share = { comparator: 'atLeast', num: 1, den: 2 }
    })
    const [f, ...rest] = checkTightening(NATIONAL_PROFILE, p) as [Finding, ...Finding[]]
    expect(rest).toEqual([])
    expect(f.code).toBe('profile_loosens_floor')
    expect(f.message).toContain('村民会议到会人数（按人）')
    expect(f.message).toContain('应到会人员半数以上')
    expect(f.message).toContain('应到会人员过半数')
    expect(f.citation.article).toBe('第二十二条')
  })

  it('refuses a decision base of those present where the law counts all members (集体经济组织法 Art. 27)', () => {
    const p = local((p) => {
      p.bodies.collective_assembly.decision.base = 'present'
    })
    const found = checkTightening(NATIONAL_PROFILE, p)
    expect(found).toHaveLength(1)
    expect(found[0]!.message).toContain('集体经济组织成员大会表决通过')
  })

  it('refuses 9 days of notice for a 村民会议 (Art. 21: 10), and 10 自然日 where the floor is 10 工作日', () => {
    const p = local((p) => {
      p.bodies.villagers_meeting.noticeDays!.days = 9
    })
    expect(checkTightening(NATIONAL_PROFILE, p).map((f) => f.message)).toEqual([
      '“村民会议提前通知”定为9个自然日，低于法定最低标准10个自然日，地方规则只能从严，不能放宽',
    ])
    const floorWorking = local((p) => {
      p.bodies.villagers_meeting.noticeDays!.unit = '工作日'
    })
    expect(checkTightening(floorWorking, NATIONAL_PROFILE)).toHaveLength(1)
    expect(checkTightening(NATIONAL_PROFILE, floorWorking)).toEqual([])
  })

  it('lets local practice go either way (公示 days are a default, not a floor)', () => {
    const p = local((p) => {
      p.disclosureDays.决议公开.days = 5
      p.hearingReplyDays.days = 3
    })
    expect(checkTightening(NATIONAL_PROFILE, p)).toEqual([])
  })

  it('refuses a lower women share in the 村民代表会议 (Art. 25: 1/3)', () => {
    const p = local((p) => {
      p.composition.womenShare = { comparator: 'atLeast', num: 1, den: 4 }
    })
    expect(checkTightening(NATIONAL_PROFILE, p)[0]!.message).toContain('妇女代表比例')
  })

  it('compares shares at every size: 超过三分之二 is stricter than 三分之二以上, not the reverse', () => {
    const floor = NATIONAL_PROFILE.bodies.representatives_meeting.quorum.single!
    const over = { ...floor, share: { comparator: 'moreThan' as const, num: 2, den: 3 } }
    expect(countRuleAtLeastAsStrict(over, floor)).toBe(true)
    expect(countRuleAtLeastAsStrict(floor, over)).toBe(false)
  })

  it('never treats a household base and a person base as comparable', () => {
    const p = local((p) => {
      p.bodies.villagers_meeting.quorum.individual!.base = 'households'
    })
    expect(checkTightening(NATIONAL_PROFILE, p)).toHaveLength(1)
  })
  it('refuses a 党员大会 decision counted on those present (支部工作条例 Art. 11 counts all voting members)', () => {
    const p = local((p) => {
      p.bodies.party_assembly.decision.base = 'present'
    })
    const found = checkTightening(NATIONAL_PROFILE, p)
    expect(found.map((f) => f.code)).toEqual(['profile_loosens_floor'])
    expect(found[0]?.message).toContain('党员大会表决通过')
  })

  it('refuses non-member sharing below 3/4 of all members (集体经济组织法 Art. 15)', () => {
    const p = local((p) => {
      p.nonMemberSharing.share = { comparator: 'atLeast', num: 2, den: 3 }
    })
    expect(checkTightening(NATIONAL_PROFILE, p)[0]?.message).toContain('非成员享有集体收益分配')
  })

  it('refuses a profile that drops a threshold (the household form of the 村民小组会议)', () => {
    const p = local((p) => {
      delete p.bodies.group_meeting.quorum.household
    })
    expect(checkTightening(NATIONAL_PROFILE, p).map((f) => f.code)).toEqual(['profile_missing_threshold'])
  })

  it('refuses several loosened floors at once, one finding each', () => {
    const p = local((p) => {
      p.bodies.representatives_meeting.quorum.single!.share = { comparator: 'atLeast', num: 1, den: 2 }
      p.bodies.collective_representatives.decision.share = { comparator: 'moreThan', num: 1, den: 2 }
    })
    expect(checkTightening(NATIONAL_PROFILE, p)).toHaveLength(2)
  })
})
