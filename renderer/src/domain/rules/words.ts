/**
 * A threshold in words, the way the statute phrases it: “应到会人员三分之二以上”, “10个自然日”,
 * “村民代表五分之四以上、妇女代表三分之一以上”, “全体组成人员三分之二以上同意”. What 设置 lists, what a
 * local profile's changes are described with, and what messages quote.
 */
import { COUNT_BASE_LABELS, shareWords, type AssemblyComposition, type CountRule, type DaysRule } from './profile'

/** A vote (表决通过, 非成员分配) is counted in 同意 votes; every other count rule is attendance. */
export const isVoteThreshold = (path: string): boolean => path.endsWith('.decision') || path === 'nonMemberSharing'

/**
 * A vote taken of the whole body (集体经济组织法第二十七条 “全体成员三分之二以上同意”) is said so:
 * “应到会人员” would read as attendance.
 */
export function ruleWords(rule: CountRule | DaysRule | AssemblyComposition, vote = false): string {
  if ('days' in rule) return `${rule.days}个${rule.unit}`
  if ('representativesShare' in rule) return `村民代表${shareWords(rule.representativesShare)}、妇女代表${shareWords(rule.womenShare)}`
  // 组织法第二十二条: “本村三分之二以上的户的代表” — the share comes before 户.
  if (rule.base === 'households') return `${shareWords(rule.share)}的户派代表`
  if (!vote) return `${COUNT_BASE_LABELS[rule.base]}${shareWords(rule.share)}`
  const base = rule.base === 'entitled' ? '全体组成人员' : COUNT_BASE_LABELS[rule.base]
  return `${base}${shareWords(rule.share)}同意`
}
