import { describe, expect, it } from 'vitest'
import { meetingReminders } from './reminders'

describe('quarterly 村民代表会议 reminder (Art. 26)', () => {
  it('reminds when none was held this quarter, not when one was', () => {
    const none = meetingReminders({ meetings: [{ body: 'representatives_meeting', date: '2026-09-30' }], today: '2026-10-01' })
    const q = none.find((r) => r.code === 'quarterly_representatives_meeting')
    expect(q).toMatchObject({ level: 'warning', message: '本季度尚未召开村民代表会议', due: '2026-12-31' })
    expect(q?.detail).toBe('2026年第4季度，至2026年12月31日止；村民代表会议每季度召开一次')
    expect(q?.citation.article).toBe('第二十六条')
    const held = meetingReminders({ meetings: [{ body: 'representatives_meeting', date: '2026-10-01' }], today: '2026-10-01' })
    expect(held.map((r) => r.code)).not.toContain('quarterly_representatives_meeting')
  })

  it('a meeting scheduled later in the quarter is not yet held; another body does not count', () => {
    const r = meetingReminders({
      meetings: [
        { body: 'representatives_meeting', date: '2026-03-20' },
        { body: 'villagers_meeting', date: '2026-01-10' },
      ],
      today: '2026-03-01',
    })
    expect(r.map((x) => x.code)).toEqual(['quarterly_representatives_meeting'])
    expect(r[0]?.due).toBe('2026-03-31')
  })

  it('no reminder where the village has no 村民代表会议', () => {
    expect(
      meetingReminders({
        meetings: [{ body: 'villagers_meeting', date: '2026-01-10' }],
        today: '2026-05-01',
        hasRepresentativesAssembly: false,
      }),
    ).toEqual([])
  })
})

describe('yearly reminders', () => {
  it('村民会议 once a year, labelled as from the 2025 draft, from 2026 on', () => {
    const r = meetingReminders({ meetings: [{ body: 'representatives_meeting', date: '2026-05-02' }], today: '2026-05-03' })
    expect(r).toHaveLength(1)
    expect(r[0]).toMatchObject({
      code: 'yearly_villagers_meeting',
      level: 'info',
      message: '本年度尚未召开村民会议',
      label: '2025修正草案，待核',
      due: '2026-12-31',
    })
    expect(r[0]?.citation.note).toContain('待核')
    expect(meetingReminders({ meetings: [{ body: 'representatives_meeting', date: '2025-05-02' }], today: '2025-05-03' })).toEqual([])
    expect(
      meetingReminders({
        meetings: [
          { body: 'representatives_meeting', date: '2026-05-02' },
          { body: 'villagers_meeting', date: '2026-01-02' },
        ],
        today: '2026-05-03',
      }),
    ).toEqual([])
  })

  it('成员大会 once a year where a collective exists (集体经济组织法 Art. 27)', () => {
    const r = meetingReminders({
      meetings: [
        { body: 'representatives_meeting', date: '2026-05-02' },
        { body: 'villagers_meeting', date: '2026-01-02' },
        { body: 'collective_assembly', date: '2025-12-30' },
      ],
      today: '2026-05-03',
      hasCollectiveOrganisation: true,
    })
    expect(r.map((x) => x.code)).toEqual(['yearly_collective_assembly'])
    expect(r[0]?.citation.article).toBe('第二十七条第二款')
  })
})
