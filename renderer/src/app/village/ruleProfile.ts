/**
 * 法定规则 (设置 tab): the village's rule profile as rows a person can read.
 *
 * describeRuleProfile(profile = NATIONAL_PROFILE) → RuleRow[], one per threshold of
 * thresholdsOf(profile) (domain/rules/profile.ts), in that order:
 *   { path, label,            e.g. 'bodies.representatives_meeting.quorum.single', '村民代表会议到会人数'
 *     words,                  the rule in the law's words: '应到会人员三分之二以上', '10个自然日',
 *                             '村民代表五分之四以上、妇女代表三分之一以上'
 *     binding, bindingLabel,  'floor' → '法定最低标准', 'default' → '地方惯例（可调整）'
 *     citationTitle, citation, '《村民委员会组织法》第二十六条' and the quoted LegalCitation
 *     effectiveFrom, effectiveFromWords }  '2018-12-29' → '2018年12月29日'
 * Today every village uses NATIONAL_PROFILE; a provincial profile (once one exists) passes through the
 * same function, so the screen never hard-codes a number.
 */
import { citationTitle, type LegalCitation } from '@/domain/law/citations'
import { formatChineseDate } from '@/domain/calendar/calendar'
import { NATIONAL_PROFILE } from '@/domain/rules/national'
import { thresholdsOf, type Binding, type RuleProfile } from '@/domain/rules/profile'
import { isVoteThreshold, ruleWords } from '@/domain/rules/words'

export { ruleWords }

export interface RuleRow {
  path: string
  label: string
  words: string
  binding: Binding
  bindingLabel: string
  citationTitle: string
  citation: LegalCitation
  effectiveFrom: string
  effectiveFromWords: string
}

export const BINDING_LABELS: Record<Binding, string> = { floor: '法定最低标准', default: '地方惯例（可调整）' }

/** The plain note at the top of the tab: which profile applies and what a local one may do. */
export function profileNote(profile: RuleProfile = NATIONAL_PROFILE): string {
  if (profile.tightens === undefined) return '本村目前采用全国通用规则（法定最低标准）。省、市、县的实施办法只能比它更严格，不能放宽。'
  return `本村目前采用“${profile.name}”，依据为${profile.source}。它只能比全国通用规则更严格，不能放宽。`
}

export function describeRuleProfile(profile: RuleProfile = NATIONAL_PROFILE): RuleRow[] {
  return thresholdsOf(profile).map(({ path, label, rule }) => ({
    path,
    label,
    words: ruleWords(rule, isVoteThreshold(path)),
    binding: rule.binding,
    bindingLabel: rule.citation.kind === '地方性法规' ? '地方法规规定' : BINDING_LABELS[rule.binding],
    citationTitle: citationTitle(rule.citation),
    citation: rule.citation,
    effectiveFrom: rule.effectiveFrom,
    effectiveFromWords: formatChineseDate(rule.effectiveFrom),
  }))
}
