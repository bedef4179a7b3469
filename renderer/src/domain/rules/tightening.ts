/**
 * 只能从严 (a local profile may only tighten the national floor).
 *
 * `checkTightening(floor, local)` compares every threshold marked 'floor' in `floor` with the same
 * threshold in `local` and returns one error finding per loosened threshold, naming it and the
 * floor it breaks. An empty list means the local profile may be loaded.
 *
 * When is a count rule “at least as strict”? Its required count must never be lower, for any
 * meeting size. Two rules on the same base are compared for every n from 1 to 1,000 (a village has
 * at most a few thousand entitled people; shares with denominators ≤ 10 repeat every 10). A rule on
 * a larger base (all entitled instead of those present) is stricter when its share is not lower,
 * because present ≤ entitled; a rule on a smaller base is always looser.
 */
import { CIVIL_CODE_1259, type LegalCitation } from '@/domain/law/citations'
import { requiredCount } from '@/domain/law/counting'
import type { Finding } from '@/domain/law/findings'
import {
  COUNT_BASE_LABELS,
  shareWords,
  thresholdsOf,
  type AssemblyComposition,
  type CountBase,
  type CountRule,
  type DaysRule,
  type RuleProfile,
} from './profile'

const SIZES_CHECKED = 1000

/** Larger rank = larger base: present ≤ entitledVoters ≤ entitled; households stands apart. */
const BASE_RANK: Record<CountBase, number> = { present: 0, entitledVoters: 1, entitled: 2, households: -1 }

function isCountRule(rule: unknown): rule is CountRule {
  return typeof rule === 'object' && rule !== null && 'share' in rule && 'base' in rule
}
function isDaysRule(rule: unknown): rule is DaysRule {
  return typeof rule === 'object' && rule !== null && 'days' in rule
}

function shareNotLower(local: CountRule['share'], floor: CountRule['share']): boolean {
  for (let n = 1; n <= SIZES_CHECKED; n++) {
    if (requiredCount(local, n) < requiredCount(floor, n)) return false
  }
  return true
}

export function countRuleAtLeastAsStrict(local: CountRule, floor: CountRule): boolean {
  if (local.base === floor.base) return shareNotLower(local.share, floor.share)
  if (local.base === 'households' || floor.base === 'households') return false
  return BASE_RANK[local.base] > BASE_RANK[floor.base] && shareNotLower(local.share, floor.share)
}

function describeCount(rule: CountRule): string {
  return `${COUNT_BASE_LABELS[rule.base]}${shareWords(rule.share)}`
}

function loosened(label: string, local: string, floor: string, citation: LegalCitation): Finding {
  return {
    level: 'error',
    code: 'profile_loosens_floor',
    message: `“${label}”定为${local}，低于法定最低标准${floor}，地方规则只能从严，不能放宽`,
    citation,
  }
}

function compareDays(label: string, local: DaysRule, floor: DaysRule): Finding | null {
  // 工作日 are never fewer than the same number of 自然日, so only a shorter count, or 自然日 where
  // the floor says 工作日, loosens.
  const shorter = local.days < floor.days || (local.days === floor.days && floor.unit === '工作日' && local.unit === '自然日')
  return shorter ? loosened(label, `${local.days}个${local.unit}`, `${floor.days}个${floor.unit}`, floor.citation) : null
}

function compareComposition(label: string, local: AssemblyComposition, floor: AssemblyComposition): Finding[] {
  const out: Finding[] = []
  if (!shareNotLower(local.representativesShare, floor.representativesShare)) {
    out.push(
      loosened(`${label}（村民代表比例）`, shareWords(local.representativesShare), shareWords(floor.representativesShare), floor.citation),
    )
  }
  if (!shareNotLower(local.womenShare, floor.womenShare)) {
    out.push(loosened(`${label}（妇女代表比例）`, shareWords(local.womenShare), shareWords(floor.womenShare), floor.citation))
  }
  return out
}

/** Errors for every floor that `local` loosens; an empty list means `local` may be loaded. */
export function checkTightening(floor: RuleProfile, local: RuleProfile): Finding[] {
  const localByPath = new Map(thresholdsOf(local).map((t) => [t.path, t.rule]))
  const out: Finding[] = []
  for (const { path, label, rule } of thresholdsOf(floor)) {
    if (rule.binding !== 'floor') continue
    const mine = localByPath.get(path)
    if (!mine) {
      out.push({
        level: 'error',
        code: 'profile_missing_threshold',
        message: `地方规则缺少“${label}”，不能低于法定最低标准`,
        citation: rule.citation,
      })
      continue
    }
    if (isCountRule(rule) && isCountRule(mine)) {
      if (!countRuleAtLeastAsStrict(mine, rule)) out.push(loosened(label, describeCount(mine), describeCount(rule), rule.citation))
    } else if (isDaysRule(rule) && isDaysRule(mine)) {
      const f = compareDays(label, mine, rule)
      if (f) out.push(f)
    } else if (!isCountRule(rule) && !isDaysRule(rule) && !isCountRule(mine) && !isDaysRule(mine)) {
      out.push(...compareComposition(label, mine as AssemblyComposition, rule as AssemblyComposition))
    } else {
      out.push({ level: 'error', code: 'profile_wrong_shape', message: `地方规则中“${label}”的格式有误`, citation: CIVIL_CODE_1259 })
    }
  }
  return out
}
