/**
 * 更正户信息: a household's 户号 or 村民小组 was entered wrong and is corrected.
 *
 * correctHousehold(ctx, seen, request) → HouseholdCorrectionResult with the stored row
 *   seen     the row as the drawer showed it (refused with StaleRecordError if it changed since)
 *   request  { field: 'householdNo' | 'groupName', value, reason }
 *   result   { ok: true, value: HouseholdRow } | { ok: false, reason, at: 'value' | 'reason' } (nothing written)
 * The domain (domain/people/householdCorrections.ts) decides; the old value is kept in the row's
 * `corrections` and the audit summary names the field: "更正户号：0101 → 0110，原因：录入错字；户 0110（户主 王大山）".
 * Whether the new 户号 is free is read inside the unit (another window may have taken it meanwhile).
 */
import { householdWithNumber } from '@/db/repositories/people'
import type { HouseholdRow } from '@/db/rows'
import { audited } from '@/db/unitOfWork'
import { todayIso } from '@/domain/calendar/clock'
import {
  correctHousehold as decide,
  describeHouseholdCorrection,
  type HouseholdCorrectionRequest,
} from '@/domain/people/householdCorrections'
import type { AppContext } from '../context'

export type HouseholdCorrectionOutcome = { ok: true; value: HouseholdRow } | { ok: false; reason: string; at: 'value' | 'reason' }

export function correctHousehold(
  ctx: AppContext,
  seen: HouseholdRow,
  request: HouseholdCorrectionRequest,
): Promise<HouseholdCorrectionOutcome> {
  const today = todayIso(ctx.clock)
  return audited(ctx, ['households', 'villagers'], async (work): Promise<HouseholdCorrectionOutcome> => {
    const current = await work.require('households', seen.id, seen.updatedAt)
    const numberHolders = new Map<string, string>()
    if (request.field === 'householdNo') {
      const wanted = request.value.trim().replace(/\s+/g, '')
      const holder = wanted ? await householdWithNumber(work.db, [wanted]) : undefined
      if (holder && holder.id !== current.id) {
        const head = holder.headId ? await work.db.villagers.get(holder.headId) : undefined
        numberHolders.set(holder.householdNo, head ? `户主 ${head.name}` : '')
      }
    }
    const decided = decide(current, request, { today, numberHolders })
    if (!decided.ok) return decided
    const head = current.headId ? await work.db.villagers.get(current.headId) : undefined
    const written = await work.put(
      'households',
      { ...current, ...decided.value.household },
      {
        action: 'update',
        summary: `${describeHouseholdCorrection(decided.value.correction)}；户 ${decided.value.household.householdNo}${head ? `（户主 ${head.name}）` : ''}`,
      },
    )
    return { ok: true, value: written }
  })
}
