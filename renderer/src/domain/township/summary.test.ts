import { describe, expect, it } from 'vitest'
import { disclosureOverdue, summariseVillage, summariseVillages } from './summary'
import { received } from './testFixtures'
import type { MatterFact } from './records'

const passed = (decidedOn: string, resolutionPublishedOn: string | null = null): MatterFact => ({
  id: 'x',
  title: 't',
  decidedOn,
  passed: true,
  resolutionPublishedOn,
  state: null,
  quorumFailures: [],
  noticeIds: [],
  pdfs: [],
})

describe('disclosureOverdue (决议公开 within 7 days of ④, local practice)', () => {
  it('published on day 7 is in time, day 8 is late, day 6 is in time', () => {
    expect(disclosureOverdue(passed('2026-03-01', '2026-03-08'), '2026-06-30')).toBe(false)
    expect(disclosureOverdue(passed('2026-03-01', '2026-03-09'), '2026-06-30')).toBe(true)
    expect(disclosureOverdue(passed('2026-03-01', '2026-03-07'), '2026-06-30')).toBe(false)
  })

  it('not yet published: overdue only once the reported period runs past the 7th day', () => {
    expect(disclosureOverdue(passed('2026-06-23'), '2026-06-30')).toBe(false) // due 06-30, period ends 06-30
    expect(disclosureOverdue(passed('2026-06-22'), '2026-06-30')).toBe(true) // due 06-29
    expect(disclosureOverdue(passed('2026-06-24'), '2026-06-30')).toBe(false)
  })

  it('counts across month and year ends by the calendar', () => {
    expect(disclosureOverdue(passed('2026-12-28', '2027-01-04'), '2027-06-30')).toBe(false)
    expect(disclosureOverdue(passed('2026-12-28', '2027-01-05'), '2027-06-30')).toBe(true)
  })

  it('a matter that did not pass, or has no decision, has nothing to disclose', () => {
    expect(disclosureOverdue({ ...passed('2026-03-01'), passed: false }, '2026-12-31')).toBe(false)
    expect(disclosureOverdue({ ...passed('2026-03-01'), decidedOn: null }, '2026-12-31')).toBe(false)
  })

  it('takes another number of days when the township sets one', () => {
    expect(disclosureOverdue(passed('2026-03-01', '2026-03-04'), '2026-06-30', 2)).toBe(true)
    expect(disclosureOverdue(passed('2026-03-01', '2026-03-04'), '2026-06-30', 3)).toBe(false)
  })
})

describe('summariseVillage', () => {
  const data = {
    matters: [
      { id: 'm1', title: '村道硬化', decidedOn: '2026-03-15', result: '通过', resolutionPublishedOn: '2026-03-16' },
      { id: 'm2', title: '承包方案', decidedOn: '2026-05-20', result: '未通过' },
      { id: 'm3', title: '路灯', decidedOn: '2026-04-01', result: '通过' }, // never published, period ends 06-30: overdue
      { id: 'm4', title: '去年的', decidedOn: '2025-12-31', result: '通过' }, // last year: not counted
      { id: 'm5', title: '今年首日', decidedOn: '2026-01-01', result: '通过', resolutionPublishedOn: '2026-01-09' }, // day 8: overdue
      { id: 'm6', title: '待决议', state: 'resolving' },
    ],
    meetings: [
      { id: 'a', date: '2026-02-01', quorumMet: false },
      { id: 'b', date: '2026-02-02', quorumMet: true },
      { id: 'c', date: '2025-12-31', quorumMet: false },
      { id: 'd', date: '2026-12-31', quorumMet: false },
    ],
    compactVersions: [
      { id: 'v2', version: '2025年修订', effectiveFrom: '2025-05-01', filedOn: '2025-05-10' },
      { id: 'v1', version: '2021年制定', effectiveFrom: '2021-03-01', filedOn: '2021-03-05' },
    ],
    violations: [
      { id: 'c1', state: 'rectifying' },
      { id: 'c2', state: 'closed' },
      { id: 'c3', state: 'reported' },
    ],
  }

  it('counts this year only, at the year boundary exactly', () => {
    const row = summariseVillage([received({ data })], { year: 2026 })
    expect(row).toMatchObject({
      code: '410105001001',
      name: '东风村',
      bundleCount: 1,
      mattersDecided: 3, // m1, m3, m5
      mattersRejected: 1,
      quorumFailures: 2, // a and d; not c (2025)
      disclosureOverdue: 2, // m3, m5
      compact: { version: '2025年修订', effectiveFrom: '2025-05-01', filedOn: '2025-05-10' },
      openCases: 2,
      lastBundleOn: '2026-07-02',
      lastPeriod: { from: '2026-01-01', to: '2026-06-30' },
      warnings: [],
    })
    expect(summariseVillage([received({ data })], { year: 2025 })).toMatchObject({
      mattersDecided: 1,
      quorumFailures: 1,
      disclosureOverdue: 1,
    })
  })

  it('falls back to the matters’ own meetings for quorum failures when no meetings file was sent', () => {
    const matters = [
      {
        id: 'm',
        title: 'x',
        steps: [
          { step: 4, date: '2026-02-01', outcome: { quorumMet: false, passed: false } },
          { step: 4, date: '2026-03-01', outcome: { quorumMet: true, passed: true } },
        ],
      },
    ]
    expect(summariseVillage([received({ data: { matters } })], { year: 2026 }).quorumFailures).toBe(1)
  })

  it('counts a meeting without quorum once, whether meetings.json or the matter’s step says so', () => {
    const row = summariseVillage(
      [
        received({
          data: {
            matters: [
              {
                id: 'm',
                title: 'x',
                steps: [{ step: 4, date: '2026-02-01', meetingId: 'g2', outcome: { quorumMet: false, passed: false } }],
              },
              {
                id: 'n',
                title: 'y',
                steps: [{ step: 3, date: '2026-03-01', meetingId: 'g5', outcome: { quorumMet: false, passed: false } }],
              },
            ],
            meetings: [
              { id: 'g2', date: '2026-02-01', quorumMet: false },
              { id: 'g3', date: '2026-02-02' },
            ],
          },
        }),
      ],
      { year: 2026 },
    )
    expect(row.quorumFailures).toBe(2) // g2 (both sources) and g5; g3 carries no quorum fact
    expect(row.mattersDecided + row.mattersRejected).toBe(0) // 会议无效 decides nothing
  })

  it('takes the compact’s 备案 from the procedure that adopted the newest version', () => {
    const data = {
      compactVersions: [
        { id: 'v1', effectiveFrom: '2024-03-01', adoptedAt: '2024-02-20', note: '2024年制定' },
        { id: 'v2', effectiveFrom: '2026-05-01', adoptedAt: '2026-04-10', note: '2026年修订' },
      ],
      compact: [{ procedures: [{ effectiveFrom: '2024-03-01', filing: { date: '2024-03-05' } }] }],
    }
    expect(summariseVillage([received({ data })], { year: 2026 }).compact).toEqual({
      version: '2026年修订',
      effectiveFrom: '2026-05-01',
      filedOn: null,
    })
    const filed = {
      ...data,
      compact: [{ procedures: [...data.compact[0]!.procedures, { adoptedAt: '2026-04-10', filing: { date: '2026-05-08' } }] }],
    }
    expect(summariseVillage([received({ data: filed })], { year: 2026 }).compact?.filedOn).toBe('2026-05-08')
  })

  it('merges overlapping bundles by id, the newest copy winning', () => {
    const first = received({
      createdAt: '2026-07-02T00:00:00.000Z',
      data: {
        matters: [{ id: 'm1', title: '路灯', decidedOn: '2026-04-01', result: '通过' }],
        violations: [{ id: 'c1', state: 'reported' }],
      },
    })
    const second = received({
      createdAt: '2027-01-05T00:00:00.000Z',
      period: { from: '2026-01-01', to: '2026-12-31' },
      previousBundleSha256: first.sha256,
      data: {
        matters: [
          { id: 'm1', title: '路灯', decidedOn: '2026-04-01', result: '通过', resolutionPublishedOn: '2026-04-05' },
          { id: 'm2', title: '绿化', decidedOn: '2026-09-01', result: '通过', resolutionPublishedOn: '2026-09-02' },
        ],
        violations: [{ id: 'c1', state: 'closed' }],
      },
    })
    const row = summariseVillage([second, first], { year: 2026 })
    expect(row).toMatchObject({
      bundleCount: 2,
      mattersDecided: 2,
      disclosureOverdue: 0,
      openCases: 0,
      lastBundleOn: '2027-01-05',
      warnings: [],
    })
    // the first bundle alone: 路灯 not published by 06-30
    expect(summariseVillage([first], { year: 2026 }).disclosureOverdue).toBe(1)
  })

  it('reads the last bundle date in Beijing time: 16:30 UTC is already the next day', () => {
    expect(summariseVillage([received({ createdAt: '2026-07-01T16:30:00.000Z' })], { year: 2026 }).lastBundleOn).toBe('2026-07-02')
    expect(summariseVillage([received({ createdAt: '2026-07-01T15:59:59.000Z' })], { year: 2026 }).lastBundleOn).toBe('2026-07-01')
  })

  it('has no compact when none was sent, and refuses an empty village', () => {
    expect(summariseVillage([received()], { year: 2026 }).compact).toBeNull()
    expect(() => summariseVillage([], { year: 2026 })).toThrow('没有报送包')
  })
})

describe('summariseVillages', () => {
  it('one row per village code, ordered by code, with a chain warning where a previous bundle is missing', () => {
    const rows = summariseVillages(
      [
        received({ village: { name: '西岭村', code: '410105001002' }, previousBundleSha256: 'f'.repeat(64) }),
        received({ village: { name: '东风村', code: '410105001001' } }),
        received({ village: { name: '东风村', code: '410105001001' }, createdAt: '2027-01-02T00:00:00.000Z' }),
      ],
      { year: 2026 },
    )
    expect(rows.map((r) => [r.name, r.bundleCount])).toEqual([
      ['东风村', 2],
      ['西岭村', 1],
    ])
    expect(rows[1]!.warnings.map((w) => w.code)).toEqual(['chain.gap'])
    expect(rows[1]!.warnings[0]!.message).toContain('ffff ffff')
    // two bundles that both say they are the first
    expect(rows[0]!.warnings.map((w) => w.code)).toEqual(['chain.fork'])
  })
})
