import { describe, expect, it } from 'vitest'
import { readCases, readCompactFilings, readCompactVersions, readMatters, readMeetings } from './records'

describe('readMatters', () => {
  it('reads the flat record the 台账 uses', () => {
    const [m] = readMatters([
      {
        id: 'a',
        title: '村道硬化',
        decidedOn: '2026-03-15',
        result: '通过',
        resolutionPublishedOn: '2026-03-16',
        state: 'disclosing',
        pdfs: ['pdf/x.pdf'],
      },
    ])
    expect(m).toEqual({
      id: 'a',
      title: '村道硬化',
      decidedOn: '2026-03-15',
      passed: true,
      resolutionPublishedOn: '2026-03-16',
      state: 'disclosing',
      quorumFailures: [],
      noticeIds: [],
      pdfs: ['x.pdf'],
    })
  })

  it('reads 未通过 as not passed although it contains 通过', () => {
    expect(readMatters([{ result: '未通过' }])[0]!.passed).toBe(false)
    expect(readMatters([{ decisionResult: '赞成12票，反对20票，未通过' }])[0]!.passed).toBe(false)
    expect(readMatters([{ result: '通过（决议公开中）' }])[0]!.passed).toBe(true)
    expect(readMatters([{ result: '会议无效（待决议）' }])[0]!.passed).toBeNull()
    expect(readMatters([{ result: '尚未决议（待审议）' }])[0]!.passed).toBeNull()
    expect(readMatters([{ passed: true, result: '未通过' }])[0]!.passed).toBe(true)
    expect(readMatters([{ state: 'rejected' }])[0]!.passed).toBe(false)
    expect(readMatters([{ title: '只有标题' }])[0]!.passed).toBeNull()
  })

  it('reads a domain Matter: the last ④ decides, failed quorums are listed, the first 决议公开 dates it', () => {
    const [m] = readMatters([
      {
        id: 'm',
        title: '土地承包方案',
        state: 'disclosing',
        // what app/exchange writes beside the steps: its own result sentence and decidedOn
        result: '通过（决议公开中）',
        decidedOn: '2026-02-20',
        steps: [
          { step: 1, date: '2026-01-05', meetingId: 'g1', outcome: { quorumMet: true, passed: true } },
          { step: 4, date: '2026-02-01', meetingId: 'g2', outcome: { quorumMet: false, passed: false } },
          { step: 4, date: '2026-02-20', meetingId: 'g3', outcome: { quorumMet: true, passed: true } },
        ],
        disclosures: [{ start: '2026-02-22', end: '2026-03-01', noticeId: '01JNOTICEABC123' }],
        implementation: { noticeId: '01JNOTICEDEF456' },
      },
    ])
    expect(m!.decidedOn).toBe('2026-02-20')
    expect(m!.passed).toBe(true)
    expect(m!.quorumFailures).toEqual([{ meetingId: 'g2', date: '2026-02-01' }])
    expect(m!.resolutionPublishedOn).toBe('2026-02-22')
    expect(m!.noticeIds).toEqual(['01JNOTICEABC123', '01JNOTICEDEF456'])
  })

  it('a last ④ without quorum decided nothing: not 未通过, and no decision date', () => {
    const [m] = readMatters([
      {
        title: 'x',
        result: '会议无效（待决议）',
        decidedOn: '2026-02-01',
        steps: [{ step: 4, date: '2026-02-01', outcome: { quorumMet: false, passed: false } }],
      },
    ])
    expect(m).toMatchObject({ passed: null, decidedOn: null })
    expect(m!.quorumFailures).toHaveLength(1)
  })

  it('never throws on junk: non-arrays, nulls, wrong types read as nothing or null', () => {
    expect(readMatters(null)).toEqual([])
    expect(readMatters({ a: 1 })).toEqual([])
    const [m] = readMatters([null, 3, { id: 7, title: ['x'], decidedOn: '2026-13', steps: 'x' }])
    expect(m).toMatchObject({ id: '7', title: '（无标题）', decidedOn: null, passed: null })
  })
})

describe('readMeetings, readCompactVersions, readCases', () => {
  it('reads quorum from the flat field or the evaluation', () => {
    expect(
      readMeetings([
        { date: '2026-04-01', quorumMet: false },
        { heldOn: '2026-04-02T01:00:00Z', outcome: { quorumMet: true } },
      ]),
    ).toEqual([
      { id: null, date: '2026-04-01', body: null, quorumMet: false },
      { id: null, date: '2026-04-02', body: null, quorumMet: true },
    ])
  })

  it('reads the 备案 date from filedOn or a filing record, and names an unnamed version by its 施行日期', () => {
    expect(
      readCompactVersions([{ id: 'v1', effectiveFrom: '2024-03-01', adoptedAt: '2024-02-20', filing: { date: '2024-03-05' } }]),
    ).toEqual([{ id: 'v1', version: '2024-03-01施行', effectiveFrom: '2024-03-01', adoptedOn: '2024-02-20', filedOn: '2024-03-05' }])
    expect(readCompactVersions([{ version: '2025年修订', filedOn: '2025-06-01' }])[0]!.version).toBe('2025年修订')
  })

  it('reads the 备案 recorded on data/compact.json’s procedures', () => {
    const compact = [
      {
        id: 'c',
        title: '宅子村村规民约',
        procedures: [
          { effectiveFrom: '2024-03-01', adoptedAt: '2024-02-20', filing: { date: '2024-03-05', receiptNumber: '罗备2024-3' } },
          { effectiveFrom: '2026-05-01', adoptedAt: '2026-04-10' }, // adopted, not yet filed
        ],
      },
    ]
    expect(readCompactFilings(compact)).toEqual([{ effectiveFrom: '2024-03-01', adoptedOn: '2024-02-20', filedOn: '2024-03-05' }])
    expect(readCompactFilings('x')).toEqual([])
  })

  it('counts every case as open until 已结案', () => {
    const states = ['reported', 'rectifying', 'restored', 'closed', '已结案', '整改中']
    expect(readCases(states.map((state) => ({ state }))).map((c) => c.open)).toEqual([true, true, true, false, false, true])
    expect(readCases([{ state: 'decided', closedOn: '2026-05-01' }])[0]!.open).toBe(false)
  })
})
