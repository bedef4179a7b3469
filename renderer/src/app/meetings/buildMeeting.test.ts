import { describe, expect, it } from 'vitest'
import { household } from '@/domain/people/testFixtures'
import { NATIONAL_PROFILE } from '@/domain/rules/national'
import { buildMeeting } from '@/domain/meetings/buildMeeting'
import { meetingInput, PEOPLE } from './testRegistry'

const meta = { id: 'M1', who: '丙', now: '2026-06-01T02:00:00.000Z', tags: [], role: 'decide' as const, profile: NATIONAL_PROFILE }

describe('buildMeeting: a 集体经济组织成员大会 from the people module’s membership periods', () => {
  it('puts on the roster exactly those who are members on the meeting date, whatever their 在册 status', () => {
    const villagers = [
      { ...PEOPLE.A, collectiveMembership: [{ from: '2000-01-01' }] },
      // membership ended the day before the meeting: not a member any more
      { ...PEOPLE.B, collectiveMembership: [{ from: '2020-01-01', to: '2026-05-31' }] },
      // membership ends on the meeting day: still a member that day (inclusive)
      { ...PEOPLE.C, collectiveMembership: [{ from: '2020-01-01', to: '2026-06-01' }] },
      // becomes a member the day after
      { ...PEOPLE.D, collectiveMembership: [{ from: '2026-06-02' }] },
      PEOPLE.E,
    ]
    const households = ['H1', 'H2', 'H3'].map((id) => household({ id }))
    const built = buildMeeting(meetingInput('collective_assembly', '2026-06-01', ['A', 'C'], 2), { villagers, households }, meta)
    expect(built.record.roster.members.map((m) => m.villagerId).sort()).toEqual(['A', 'C'])
  })
})
