/**
 * The rule profile a village's meetings are judged under. The village profile (村情) has no rule
 * profile yet, so every village is judged under the national floor; when 村情 carries one (a local
 * tightening, rules/tightening.ts), this is the one place to read it.
 */
import { NATIONAL_PROFILE } from '@/domain/rules/national'
import type { RuleProfile } from '@/domain/rules/profile'
import type { AppContext } from '../context'

export async function villageRuleProfile(_ctx: AppContext): Promise<RuleProfile> {
  return NATIONAL_PROFILE
}
