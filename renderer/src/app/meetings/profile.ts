/**
 * The rule profile a village's meetings, notices and cases are judged under: the national floor, or
 * the local file the village loaded in 设置 → 法定规则 (app/village/localRuleProfile.ts), which may
 * only tighten it. This is the one place use cases read it.
 */
import type { RuleProfile } from '@/domain/rules/profile'
import type { AppContext } from '../context'
import { storedRuleProfile } from '../village/localRuleProfile'

export async function villageRuleProfile(ctx: AppContext): Promise<RuleProfile> {
  return (await storedRuleProfile(ctx)).profile
}
