/** The people module's Art. 22 and Art. 25 thresholds come from the rule profile, not from constants. */
import { describe, expect, it } from 'vitest'
import { NATIONAL_PROFILE } from '@/domain/rules/national'
import type { RuleProfile } from '@/domain/rules/profile'
import { checkAssemblyCounts } from './composition'
import { villagersMeetingDecision, villagersMeetingQuorum } from './eligibility'

function tightened(edit: (p: RuleProfile) => void): RuleProfile {
  const p = structuredClone(NATIONAL_PROFILE)
  p.id = 'local'
  edit(p)
  return p
}

describe('Art. 22 / Art. 25 on the rule profile', () => {
  it('the national floor: 100 eligible → 51, 150 households → 100, 20 present → 11', () => {
    const q = villagersMeetingQuorum(100, 150)
    expect([q.individual.required, q.household.required]).toEqual([51, 100])
    expect(q.individual.explanation).toBe('本村十八周岁以上村民100人，过半数即至少51人到会')
    expect(villagersMeetingDecision(20).required).toBe(11)
  })

  it('a local profile requiring 2/3 of villagers in person raises the individual quorum, with its own citation', () => {
    const local = tightened((p) => {
      p.bodies.villagers_meeting.quorum.individual = {
        ...p.bodies.villagers_meeting.quorum.individual!,
        share: { comparator: 'atLeast', num: 2, den: 3 },
        citation: { law: '某省实施办法', version: '2020', article: '第十条', text: '……三分之二以上……' },
      }
    })
    const q = villagersMeetingQuorum(100, 150, local)
    expect(q.individual.required).toBe(67)
    expect(q.individual.rule).toBe('三分之二以上')
    expect(q.individual.citation.law).toBe('某省实施办法')
    expect(q.household.required).toBe(100)
  })

  it('a local women share of 2/5 tightens the Art. 25 check: 30 members need 12 women, 11 fail', () => {
    const local = tightened((p) => {
      p.composition.womenShare = { comparator: 'atLeast', num: 2, den: 5 }
    })
    const counts = { committeeMembers: 5, representatives: 25, womenRepresentatives: 11 }
    expect(checkAssemblyCounts(counts).find((f) => f.code === 'women_share')?.level).toBe('ok')
    const women = checkAssemblyCounts(counts, local).find((f) => f.code === 'women_share')
    expect(women?.level).toBe('error')
    expect(women?.message).toContain('五分之二以上：组成人员30人，至少需12名妇女村民代表，现有11名')
  })
})
