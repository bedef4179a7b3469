import { describe, expect, it } from 'vitest'
import { NATIONAL_PROFILE } from './national'
import { fractionWords, shareWords, thresholdsOf } from './profile'

describe('the law’s words for a share', () => {
  it('以上 and 过半数 / 超过', () => {
    expect(shareWords({ comparator: 'moreThan', num: 1, den: 2 })).toBe('过半数')
    expect(shareWords({ comparator: 'atLeast', num: 1, den: 2 })).toBe('半数以上')
    expect(shareWords({ comparator: 'atLeast', num: 2, den: 3 })).toBe('三分之二以上')
    expect(shareWords({ comparator: 'atLeast', num: 3, den: 4 })).toBe('四分之三以上')
    expect(shareWords({ comparator: 'moreThan', num: 2, den: 3 })).toBe('超过三分之二')
  })

  it('the bare fraction, for “超过到会人员半数”', () => {
    expect(fractionWords({ num: 1, den: 2 })).toBe('半数')
    expect(fractionWords({ num: 2, den: 4 })).toBe('半数')
    expect(fractionWords({ num: 4, den: 5 })).toBe('五分之四')
  })
})

describe('the national profile', () => {
  it('names every body’s quorum and decision, and the household forms', () => {
    const paths = thresholdsOf(NATIONAL_PROFILE).map((t) => t.path)
    expect(paths).toEqual(
      expect.arrayContaining([
        'bodies.villagers_meeting.quorum.individual',
        'bodies.villagers_meeting.quorum.household',
        'bodies.group_meeting.quorum.household',
        'bodies.party_assembly.decision',
        'bodies.collective_assembly.noticeDays',
        'nonMemberSharing',
      ]),
    )
  })

  it('allows a written proxy only at the 成员大会 (集体经济组织法 Art. 27)', () => {
    const proxies = Object.entries(NATIONAL_PROFILE.bodies).filter(([, b]) => b.proxy !== 'none')
    expect(proxies.map(([k, b]) => [k, b.proxy])).toEqual([['collective_assembly', 'same_household']])
  })
})
