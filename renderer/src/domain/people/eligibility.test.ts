import { describe, expect, it } from 'vitest'
import { ART_22_QUORUM } from '@/domain/law/citations'
import { villagersMeetingDecision, villagersMeetingEligibility, villagersMeetingQuorum } from './eligibility'
import { villager } from './testFixtures'

const MEETING = '2025-06-15'

describe('villagersMeetingEligibility (Art. 21: 18周岁以上 and 在册 on the meeting date)', () => {
  it('18th birthday on the meeting date is eligible; the day after is not', () => {
    const today18 = villager({ name: '甲', birthDate: '2007-06-15', registeredFrom: '2007-06-20' })
    const tomorrow18 = villager({ name: '乙', birthDate: '2007-06-16', registeredFrom: '2007-06-20' })
    const yesterday18 = villager({ name: '丙', birthDate: '2007-06-14', registeredFrom: '2007-06-20' })
    const r = villagersMeetingEligibility([today18, tomorrow18, yesterday18], MEETING)
    expect(r.eligible.map((v) => v.name)).toEqual(['甲', '丙'])
    expect(r.excluded).toHaveLength(1)
    expect(r.excluded[0]?.reason).toBe('under_18')
    expect(r.excluded[0]?.message).toBe('乙：未满18周岁（2025年6月16日满18周岁）')
    expect(r.citation.article).toBe('第二十一条')
  })

  it('born Feb 29: 18 on Feb 28 of a common year', () => {
    const v = villager({ name: '丁', birthDate: '2008-02-29' })
    expect(villagersMeetingEligibility([v], '2026-02-28').eligible).toHaveLength(1)
    const before = villagersMeetingEligibility([v], '2026-02-27')
    expect(before.excluded[0]?.message).toBe('丁：未满18周岁（2026年2月28日满18周岁）')
  })

  it('moved out or deceased on the date: excluded with the reason', () => {
    const moved = villager({
      name: '戊',
      statusHistory: [
        { status: '在册', from: '1980-01-01' },
        { status: '迁出', from: MEETING },
      ],
    })
    const dead = villager({
      name: '己',
      statusHistory: [
        { status: '在册', from: '1980-01-01' },
        { status: '死亡', from: '2025-06-01' },
      ],
    })
    const r = villagersMeetingEligibility([moved, dead], MEETING)
    expect(r.eligible).toEqual([])
    expect(r.excluded.map((e) => [e.reason, e.message])).toEqual([
      ['moved_out', '戊：已迁出'],
      ['deceased', '己：已死亡'],
    ])
  })

  it('moved out the day after the meeting: still eligible on the meeting date', () => {
    const v = villager({
      statusHistory: [
        { status: '在册', from: '1980-01-01' },
        { status: '迁出', from: '2025-06-16' },
      ],
    })
    expect(villagersMeetingEligibility([v], MEETING).eligible).toEqual([v])
  })

  it('status is checked before age (a deceased minor is listed as deceased)', () => {
    const v = villager({
      birthDate: '2010-01-01',
      statusHistory: [
        { status: '在册', from: '2010-01-01' },
        { status: '死亡', from: '2020-01-01' },
      ],
    })
    expect(villagersMeetingEligibility([v], MEETING).excluded[0]?.reason).toBe('deceased')
  })

  it('registered only after the meeting date: excluded as not yet registered', () => {
    const v = villager({ name: '庚', registeredFrom: '2025-06-16' })
    const r = villagersMeetingEligibility([v], MEETING)
    expect(r.excluded[0]?.reason).toBe('not_registered')
    expect(r.excluded[0]?.message).toBe('庚：会议当日尚未登记在册')
  })

  it('an unreadable ID number is reported, not silently treated as adult or minor', () => {
    const v = villager({ name: '辛', idNumber: '1101051900022900' + '1X', registeredFrom: '2000-01-01' })
    const r = villagersMeetingEligibility([v], MEETING)
    expect(r.excluded[0]?.reason).toBe('birth_date_unknown')
    expect(r.excluded[0]?.message).toBe('辛：身份证号码有误，无法确定年龄')
  })
})

describe('villagersMeetingQuorum (Art. 22)', () => {
  it('domain-rules examples: 100 villagers → 51; 150 households → 100', () => {
    const q = villagersMeetingQuorum(100, 150)
    expect(q.individual.required).toBe(51)
    expect(q.household.required).toBe(100)
    expect(q.individual.explanation).toBe('本村十八周岁以上村民100人，过半数即至少51人到会')
    expect(q.household.explanation).toBe('本村共150户，三分之二以上即至少100户的代表到会')
  })

  it('individual: exactly half is not enough (odd and even n)', () => {
    expect(villagersMeetingQuorum(101, 0).individual.required).toBe(51)
    expect(villagersMeetingQuorum(99, 0).individual.required).toBe(50)
  })

  it('household: exactly 2/3 is enough; one more household raises the bar', () => {
    expect(villagersMeetingQuorum(0, 300).household.required).toBe(200)
    expect(villagersMeetingQuorum(0, 301).household.required).toBe(201)
    expect(villagersMeetingQuorum(0, 299).household.required).toBe(200)
  })

  it('carries the Art. 22 citation with the quoted text', () => {
    const q = villagersMeetingQuorum(10, 10)
    expect(q.individual.citation).toEqual(ART_22_QUORUM)
    expect(q.household.citation.law).toBe('村民委员会组织法')
    expect(q.household.citation.version).toBe('2018修正')
    expect(q.household.citation.article).toBe('第二十二条')
    expect(q.household.citation.text).toContain('三分之二以上的户的代表参加')
  })
})

describe('villagersMeetingDecision (> half of those present)', () => {
  it('20 present → 11; 21 present → 11; 1 present → 1', () => {
    expect(villagersMeetingDecision(20).required).toBe(11)
    expect(villagersMeetingDecision(21).required).toBe(11)
    expect(villagersMeetingDecision(1).required).toBe(1)
    expect(villagersMeetingDecision(20).explanation).toBe('到会20人，须经过半数即至少11人同意方为通过')
    expect(villagersMeetingDecision(20).citation.text).toContain('到会人员的过半数通过')
  })
})
