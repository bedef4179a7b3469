import { describe, expect, it } from 'vitest'
import { closeCase } from './lifecycle'
import { nextAction } from './nextAction'
import { unwrap } from './outcome'
import { remindersFor } from './reminders'
import {
  SUSPEND_GIFT,
  TODAY,
  assessed,
  decided,
  heard,
  notified,
  published,
  rectified,
  rectifying,
  reported,
  restored,
} from './testFixtures'

const kinds = (today: string, ...cases: Parameters<typeof remindersFor>[0]) =>
  remindersFor(cases, today).map((r) => `${r.kind}@${r.date}:${r.daysLeft}`)

describe('reminders (given today)', () => {
  it('hearing expiring within 3 days, then expired', () => {
    const c = notified() // last day 2026-11-02
    expect(kinds('2026-10-29', c)).toEqual([])
    expect(kinds('2026-10-30', c)).toEqual(['陈述申辩期将满@2026-11-02:3'])
    expect(kinds('2026-11-02', c)).toEqual(['陈述申辩期将满@2026-11-02:0'])
    expect(kinds('2026-11-03', c)).toEqual(['陈述申辩期已满@2026-11-02:-1'])
    expect(kinds('2026-11-03', heard())).toEqual([])
  })
  it('rectification due within 3 days, then overdue', () => {
    const c = rectifying() // deadline 2026-11-30
    expect(kinds('2026-11-26', c)).toEqual([])
    expect(kinds('2026-11-27', c)).toEqual(['整改到期@2026-11-30:3'])
    expect(kinds('2026-11-30', c)).toEqual(['整改到期@2026-11-30:0'])
    expect(kinds('2026-12-01', c)).toEqual(['整改逾期@2026-11-30:-1'])
    expect(remindersFor([c], '2026-12-01')[0]?.message).toContain('整改期限2026年11月30日已过')
  })
  it('restoration pending once rectification passed while the suspension still runs', () => {
    expect(kinds('2026-11-26', rectified())).toEqual(['待恢复@2026-11-25:-1'])
    expect(kinds('2026-12-02', restored())).toEqual([])
  })
  it('a fixed-term measure that ran out asks to close', () => {
    const c = decided(heard(), [{ ...SUSPEND_GIFT, untilRestored: false, lastDay: '2026-11-30' }])
    expect(kinds('2026-11-30', c)).toEqual([])
    expect(kinds('2026-12-01', c)).toEqual(['待结案@2026-11-30:-1'])
    expect(kinds('2026-12-01', unwrap(closeCase(c, { date: '2026-12-01' }, TODAY)))).toEqual([])
  })
  it('orders overdue first, then by days left', () => {
    const r = remindersFor([notified(), { ...rectifying(), id: 'c9', caseNo: 'n9' }], '2026-12-01')
    expect(r.map((x) => x.kind)).toEqual(['整改逾期', '陈述申辩期已满'])
  })
})

describe('nextAction names the next step', () => {
  it('waiting for the hearing, with its last day', () => {
    expect(nextAction(notified(), '2026-10-30')).toBe('等待陈述申辩，11月2日期满')
    expect(nextAction(notified(), '2026-11-03')).toBe('陈述申辩期已满，登记“未提出”后可以决定（11月3日起）')
  })
  it('walks every state', () => {
    expect(nextAction(reported(), TODAY)).toContain('认定')
    expect(nextAction(assessed(), TODAY)).toContain('告知')
    expect(nextAction(heard(), TODAY)).toBe('作出处理决定')
    expect(nextAction(decided(), TODAY)).toBe('发布违约处理公示')
    expect(nextAction(published(), TODAY)).toContain('责令整改')
    expect(nextAction(rectifying(), '2026-11-20')).toBe('等待整改，11月30日到期后验收')
    expect(nextAction(rectifying(), '2026-12-01')).toContain('整改已逾期')
    expect(nextAction(rectified(), TODAY)).toContain('办理恢复')
    expect(nextAction(restored(), TODAY)).toBe('结案')
    expect(nextAction(rectifying(), '2027-01-05')).toContain('2026年11月30日')
  })
})
