import { describe, expect, it } from 'vitest'
import type { RoleAssignment } from '@/domain/people/model'
import { villager } from '@/domain/people/testFixtures'
import { evaluateMeeting, type MeetingRecord } from './meeting'
import { buildRoster } from './roster'
import { enterVote } from './votes'

const DAY = '2026-03-15'
const repRole: RoleAssignment = { kind: 'representative', termStart: '2026-03-01', represents: { kind: 'group', groupName: '一组' } }

function record(present: number, yes: number, noticeDate?: string): MeetingRecord {
  const villagers = Array.from({ length: 10 }, (_, i) => villager({ id: `v${i}`, name: `村民${i}`, householdId: `H${i}` }))
  const roster = buildRoster({ body: 'villagers_meeting', meetingDate: DAY, villagers })
  const attendance = Object.fromEntries(villagers.slice(0, present).map((v) => [v.id, { status: '到会' as const }]))
  const vote = enterVote(
    { motion: '修建村道', method: 'show_of_hands', totals: { yes, no: present - yes } },
    { present },
    { who: '王文书', when: `${DAY}T10:00:00+08:00` },
  )
  return {
    id: 'm1',
    body: 'villagers_meeting',
    mode: 'individual',
    date: DAY,
    place: '村委会会议室',
    form: '现场会议',
    host: { name: '张三', post: '村民委员会主任' },
    recorder: '王文书',
    noticeDate,
    topics: ['修建村道'],
    roster,
    attendance,
    motions: [{ vote: vote.value!, tags: ['art24_3'] }],
  }
}

describe('evaluateMeeting: notice, attendance and every vote under one profile', () => {
  it('a quorate 村民会议 with ten days’ notice passes', () => {
    const e = evaluateMeeting(record(6, 4, '2026-03-05'))
    expect(e.attendance.counts).toMatchObject({ entitled: 10, present: 6 })
    expect(e.notice.findings.map((f) => f.code)).toEqual(['notice_ok'])
    expect(e.votes[0]?.passed).toBe(true)
    expect(e.votes[0]?.sentence).toBe(
      '应到10人，实到6人，超过半数（至少6人），会议有效；同意4票，超过到会人员半数（至少4票），通过 —《村民委员会组织法》第二十二条',
    )
  })

  it('one short of a quorum, and nine days’ notice, are both reported', () => {
    const e = evaluateMeeting(record(5, 5, '2026-03-06'))
    expect(e.votes[0]?.quorum.met).toBe(false)
    expect(e.notice.findings[0]).toMatchObject({ code: 'notice_too_short', field: 'noticeDate' })
    expect(e.notice.earliestMeetingDate).toBe('2026-03-16')
    expect(e.findings.map((f) => f.code)).toContain('unmarked_absent')
  })

  it('a 村民代表会议 deciding an Art. 24 matter needs the authorisation on the motion', () => {
    const villagers = Array.from({ length: 6 }, (_, i) => villager({ id: `r${i}`, roles: [repRole], sex: i < 3 ? '女' : '男' }))
    const roster = buildRoster({ body: 'representatives_meeting', meetingDate: DAY, villagers })
    const vote = enterVote(
      { motion: '误工补贴标准', method: 'show_of_hands', totals: { yes: 4 } },
      { present: 5 },
      { who: '王文书', when: `${DAY}T10:00:00+08:00` },
    ).value!
    const base: MeetingRecord = {
      ...record(6, 4),
      body: 'representatives_meeting',
      roster,
      attendance: Object.fromEntries(villagers.slice(0, 5).map((v) => [v.id, { status: '到会' as const }])),
      motions: [{ vote, tags: ['art24_1'] }],
    }
    expect(evaluateMeeting(base).votes[0]?.passed).toBe(false)
    const authorised = {
      ...base,
      motions: [{ vote, tags: ['art24_1' as const], authorisation: { date: '2026-01-05', meeting: '2026年1月5日村民会议' } }],
    }
    expect(evaluateMeeting(authorised).votes[0]?.passed).toBe(true)
  })
})
