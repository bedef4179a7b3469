import { describe, expect, it } from 'vitest'
import { dateReachingAge } from '@/domain/calendar/age'
import { readIdFacts } from '@/domain/people/idNumber'
import { evaluateMeeting } from '@/domain/meetings/meeting'
import type { MeetingRecord } from '@/domain/meetings/meeting'
import { generateSampleVillage } from './generateVillage'
import { buildRoster } from '@/domain/meetings/roster'
import { addDays } from '@/domain/calendar/calendar'
import { EARLIER_TERMS, rosterCache, sampleMatterHistory, withEarlierTerms } from './matterHistory'

const TODAY = '2026-11-20'
const village = { committeeName: '宅子村村民委员会', supervisionPhone: '0377-62123456' }

describe('sampleMatterHistory (small village)', async () => {
  const v = generateSampleVillage('small')
  const history = await sampleMatterHistory({ villagers: v.villagers, households: v.households, today: TODAY, village })

  it('is the same for the same input', async () => {
    const again = await sampleMatterHistory({ villagers: v.villagers, households: v.households, today: TODAY, village })
    expect(again.matters.map((m) => [m.id, m.state, m.steps.length])).toEqual(history.matters.map((m) => [m.id, m.state, m.steps.length]))
  })

  it('spans ten years, nothing after today, every meeting pointing at its matter and step', () => {
    expect(history.matters).toHaveLength(60)
    const dates = history.meetings.map((m) => m.date).sort()
    expect(dates[0]! < '2017-01-01').toBe(true)
    expect(dates.at(-1)! <= TODAY).toBe(true)
    const ids = new Set(history.matters.map((m) => m.id))
    for (const m of history.meetings) expect(ids.has(m.matterId!)).toBe(true)
    for (const m of history.matters)
      for (const s of m.steps) expect(history.meetings.some((x) => x.id === s.meetingId && x.step === s.step)).toBe(true)
    expect(history.meetings.length).toBeGreaterThan(3 * 50)
  })

  it('records every meeting as the law judges it: the stored outcome is what evaluateMeeting says of the frozen record', () => {
    for (const m of history.matters) {
      for (const s of m.steps) {
        const meeting = history.meetings.find((x) => x.id === s.meetingId)! as MeetingRecord
        const vote = evaluateMeeting(meeting).votes[0]!
        expect(vote.sentence).toBe(s.outcome.sentence)
        expect(s.outcome.entitled).toBeGreaterThan(0) // the earlier terms give old meetings their committee
      }
    }
  })

  it('holds failures and every state, with notices for ⑤ and ⑥', () => {
    const states = new Set(history.matters.map((m) => m.state))
    for (const s of ['closed', 'rejected']) expect(states).toContain(s)
    expect(history.matters.some((m) => m.steps.some((s) => !s.outcome.passed))).toBe(true)
    const noticeIds = new Set(history.notices.map((n) => n.id))
    for (const m of history.matters) {
      for (const d of m.disclosures) expect(noticeIds.has(d.noticeId)).toBe(true)
      if (m.implementation?.noticeId) expect(noticeIds.has(m.implementation.noticeId)).toBe(true)
    }
    expect(history.notices.filter((n) => n.state === 'archived').length).toBeGreaterThan(10)
  })
})

describe('withEarlierTerms', () => {
  const v = generateSampleVillage('small')
  const with3 = withEarlierTerms(v.villagers)
  it('gives the current holders the two earlier terms, only where they were adults at the start', () => {
    const secretary = with3.find((x) => x.roles.some((r) => r.kind === 'committee' && r.post === '书记'))!
    const terms = secretary.roles
      .filter((r) => r.kind === 'committee' && r.post === '书记')
      .map((r) => (r as { termStart: string }).termStart)
    expect(terms).toEqual(
      [...EARLIER_TERMS.map((t) => t.start), '2026-03-20'].filter(
        (start) => dateReachingAge(readIdFacts(secretary.idNumber)!.birthDate, 18) <= start,
      ),
    )
    for (const x of with3) {
      const birth = readIdFacts(x.idNumber)!.birthDate
      for (const r of x.roles) if ('termStart' in r) expect(dateReachingAge(birth, 18) <= r.termStart).toBe(true)
    }
    const plain = v.villagers.filter((x) => x.roles.length === 0)
    expect(with3.filter((x) => x.roles.length === 0)).toHaveLength(plain.length)
  })
})

describe('the roster cache of the history', () => {
  it('gives on every date the roster a fresh build gives, for each body, from the office holders or the whole register', () => {
    const v = generateSampleVillage('small')
    const villagers = withEarlierTerms(v.villagers)
    const office = villagers.filter((x) => x.roles.length > 0)
    const cache = rosterCache(office)
    let misses = 0
    for (let d = '2016-01-01'; d <= '2026-11-30'; d = addDays(d, 23)) {
      for (const body of ['party_committee', 'joint_committees', 'party_assembly', 'representatives_meeting'] as const) {
        const fresh = buildRoster({ body, meetingDate: d, villagers: office, households: v.households })
        const cached = cache.get(body, d, () => (misses++, fresh))
        expect(cached).toEqual(fresh)
        // the office holders alone give the roster the whole register gives
        expect(buildRoster({ body, meetingDate: d, villagers, households: v.households })).toEqual(fresh)
      }
    }
    expect(misses).toBeLessThan(4 * 173) // some dates share a stretch
  })
})

describe('sampleMatterHistory (large village)', () => {
  it('makes about 500 matters and 2,000 meetings', { timeout: 120_000 }, async () => {
    const v = generateSampleVillage('large')
    const t0 = performance.now()
    const h = await sampleMatterHistory({ villagers: v.villagers, households: v.households, today: TODAY, village })
    console.warn(
      `large history: ${h.matters.length} matters, ${h.meetings.length} meetings, ${h.notices.length} notices in ${Math.round(performance.now() - t0)} ms`,
    )
    expect(h.matters).toHaveLength(500)
    expect(h.meetings.length).toBeGreaterThan(1800)
    expect(h.meetings.some((m) => m.body === 'villagers_meeting')).toBe(true)
  })
})
