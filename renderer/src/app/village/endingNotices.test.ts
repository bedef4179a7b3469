import { describe, expect, it } from 'vitest'
import type { Notice } from '@/domain/notices/model'
import { endingNotices } from './endingNotices'

/** A 7-calendar-day 公示 posted on 03-01: its last day is 03-07. */
const notice = (over: Partial<Notice> = {}) =>
  ({
    id: 'N1',
    title: '关于修路的公示',
    state: 'publicizing',
    period: { start: '2026-03-01', days: 7, unit: 'calendar' },
    ...over,
  }) as Notice

describe('endingNotices: 公示 ending within 3 days, today included', () => {
  it('shows it from 3 days left to its last day, not at 4 days left nor after it', () => {
    const n = [notice()]
    expect(endingNotices(n, '2026-03-04')).toEqual([]) // 4 days left: 04, 05, 06, 07
    expect(endingNotices(n, '2026-03-05')).toEqual([{ id: 'N1', title: '关于修路的公示', end: '2026-03-07', left: 3 }])
    expect(endingNotices(n, '2026-03-07')).toEqual([{ id: 'N1', title: '关于修路的公示', end: '2026-03-07', left: 1 }])
    expect(endingNotices(n, '2026-03-08')).toEqual([])
  })

  it('only a notice on the board (张贴中, 公示中) and not one a correction replaced', () => {
    const today = '2026-03-06'
    expect(endingNotices([notice({ state: 'posted' })], today)).toHaveLength(1)
    for (const state of ['draft', 'issued', 'ended', 'archived'] as Notice['state'][])
      expect(endingNotices([notice({ state })], today)).toEqual([])
    expect(endingNotices([notice({ supersededBy: 'N2' })], today)).toEqual([])
  })

  it('soonest end first', () => {
    const later = notice({ id: 'N2', period: { start: '2026-03-02', days: 7, unit: 'calendar' } })
    expect(endingNotices([later, notice()], '2026-03-06').map((x) => x.id)).toEqual(['N1', 'N2'])
  })
})
