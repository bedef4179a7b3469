import { describe, expect, it } from 'vitest'
import { NATIONAL_PROFILE } from '@/domain/rules/national'
import type { RuleProfile } from '@/domain/rules/profile'
import { NOTICE_KINDS } from './model'
import { disclosureRuleFor, periodUnitOf } from './disclosure'

describe('公示 days by kind of notice', () => {
  it('takes each kind’s days from the profile, the general rule for kinds without their own', () => {
    expect(disclosureRuleFor('决议公开')).toBe(NATIONAL_PROFILE.disclosureDays.决议公开)
    expect(disclosureRuleFor('名单公示')).toBe(NATIONAL_PROFILE.disclosureDays.一般公示)
    for (const kind of NOTICE_KINDS) expect(disclosureRuleFor(kind).days).toBe(7)
  })

  it('follows a local profile that sets other days and working days', () => {
    const local: RuleProfile = {
      ...NATIONAL_PROFILE,
      disclosureDays: {
        ...NATIONAL_PROFILE.disclosureDays,
        违约处理公示: { ...NATIONAL_PROFILE.disclosureDays.违约处理公示, days: 5, unit: '工作日' },
      },
    }
    const rule = disclosureRuleFor('违约处理公示', local)
    expect(rule.days).toBe(5)
    expect(periodUnitOf(rule)).toBe('working')
    expect(periodUnitOf(disclosureRuleFor('公告', local))).toBe('calendar')
  })
})
