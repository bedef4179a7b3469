/**
 * 公示天数 (how long a notice stays on the board) by the kind of notice, from the village's rule
 * profile — the one place the default lives (domain/rules/national.ts `disclosureDays`, local
 * practice, adjustable). The editor starts a new notice with it and shows the rule and its source.
 *
 * disclosureRuleFor(kind, profile) → the DaysRule (days, unit, citation) for that kind of notice.
 */
import { NATIONAL_PROFILE } from '@/domain/rules/national'
import type { DaysRule, DisclosureMatter, RuleProfile } from '@/domain/rules/profile'
import type { NoticeKind } from './model'

/** Which 公示 rule a kind of notice falls under; kinds without their own rule take 一般公示. */
export const DISCLOSURE_MATTER_OF: Readonly<Record<NoticeKind, DisclosureMatter>> = {
  通用公示: '一般公示',
  公告: '一般公示',
  名单公示: '一般公示',
  决议公开: '决议公开',
  实施结果公开: '实施结果公开',
  村规民约公布: '村规民约公布',
  违约处理公示: '违约处理公示',
}

export function disclosureRuleFor(kind: NoticeKind, profile: RuleProfile = NATIONAL_PROFILE): DaysRule {
  return profile.disclosureDays[DISCLOSURE_MATTER_OF[kind]]
}

/** The period unit the notice model uses for the rule's unit. */
export function periodUnitOf(rule: DaysRule): 'calendar' | 'working' {
  return rule.unit === '工作日' ? 'working' : 'calendar'
}
