import { describe, expect, it } from 'vitest'
import type { Matter, MeetingStep } from '@/domain/decisions/model'
import { stateTagType, stepDescription, stepperOf, TAG_OPTIONS } from './matterView'

const outcome = (passed: boolean, quorumMet = true): MeetingStep['outcome'] => ({
  quorumMet,
  passed,
  entitled: 5,
  present: 5,
  ratio: '100.0%',
  sentence: '',
  law: '',
  lawReason: '',
})
const step = (n: 1 | 2 | 3 | 4, date: string, passed = true, quorumMet = true): MeetingStep => ({
  step: n,
  body: 'party_committee',
  meetingId: `m${n}`,
  date,
  form: '现场会议',
  content: 'x',
  township: [],
  outcome: outcome(passed, quorumMet),
  recordedAt: date,
})
const matter = (over: Partial<Matter>): Matter => ({
  id: 'M',
  title: '修路',
  motionSource: '党员群众建议',
  tags: [],
  state: 'proposing',
  steps: [],
  disclosures: [],
  corrections: [],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...over,
})

describe('stepperOf', () => {
  it('points at the step a matter waits at, from ① to ⑥', () => {
    expect(stepperOf(matter({ state: 'proposing' }))).toEqual({ active: 0, status: 'process' })
    expect(stepperOf(matter({ state: 'resolving' }))).toEqual({ active: 3, status: 'process' })
    expect(stepperOf(matter({ state: 'disclosing' }))).toEqual({ active: 4, status: 'process' })
    expect(stepperOf(matter({ state: 'publishing_results' }))).toEqual({ active: 5, status: 'process' })
  })
  it('is all done when closed, and stops in red at the failed step', () => {
    expect(stepperOf(matter({ state: 'closed' }))).toEqual({ active: 6, status: 'finish' })
    const rejected = matter({
      state: 'rejected',
      steps: [step(1, '2026-03-01'), step(2, '2026-03-02'), step(3, '2026-03-03'), step(4, '2026-03-04', false)],
    })
    expect(stepperOf(rejected)).toEqual({ active: 3, status: 'error' })
    expect(
      stepperOf(matter({ state: 'dropped', steps: [step(1, '2026-03-01'), step(2, '2026-03-02'), step(3, '2026-03-03', false)] })),
    ).toEqual({
      active: 2,
      status: 'error',
    })
  })
})

describe('stepDescription', () => {
  it('says the date and result of the last meeting of each step', () => {
    const m = matter({ state: 'consulting', steps: [step(1, '2026-03-01', false, false), step(1, '2026-03-05')] })
    expect(stepDescription(m, 1)).toBe('2026-03-05 通过')
    expect(stepDescription(matter({ steps: [step(1, '2026-03-01', false, false)] }), 1)).toBe('2026-03-01 未达法定人数')
    expect(stepDescription(matter({ steps: [step(1, '2026-03-01', false)] }), 1)).toBe('2026-03-01 未通过')
    expect(stepDescription(m, 2)).toBe('')
  })
  it('counts a merged ①+② meeting (一肩挑) for ② too', () => {
    const merged = { ...step(1, '2026-03-01'), mergedWith: 2 as const }
    expect(stepDescription(matter({ state: 'reviewing', steps: [merged] }), 2)).toBe('2026-03-01 通过')
  })
  it('gives the 公示期 of ⑤ and ⑥', () => {
    const m = matter({
      state: 'publishing_results',
      disclosures: [{ decisionIndex: 3, noticeId: 'N', start: '2026-03-10', end: '2026-03-16', unresolved: [] }],
      implementation: { progress: '完工', recordedAt: 'x', start: '2026-04-01', end: '2026-04-07' },
    })
    expect(stepDescription(m, 5)).toBe('2026-03-10至2026-03-16')
    expect(stepDescription(m, 6)).toBe('2026-04-01至2026-04-07')
  })
})

describe('tags and states', () => {
  it('names the Art. 24 items by number with their words', () => {
    expect(TAG_OPTIONS).toHaveLength(14)
    expect(TAG_OPTIONS[2]).toEqual({ value: 'art24_3', label: '第二十四条第（三）项：本村公益事业的兴办和筹资筹劳方案及建设承包方案' })
    expect(TAG_OPTIONS.at(-1)!.label).toBe('涉及非集体经济组织成员享有集体收益、服务和福利')
  })
  it('colours 未通过 red and 已办结 green', () => {
    expect(stateTagType('rejected')).toBe('danger')
    expect(stateTagType('closed')).toBe('success')
    expect(stateTagType('proposing')).toBe('primary')
  })
})
