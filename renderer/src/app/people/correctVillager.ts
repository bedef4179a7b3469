/**
 * 更正村民信息: a villager's 姓名, 身份证号 or 与户主关系 was entered wrong and is corrected.
 *
 * correctVillager(ctx, seen, request) → Change<VillagerRow>
 *   seen     the row as the drawer showed it (refused with StaleRecordError if it changed since)
 *   request  { field, value, reason }
 * The domain (domain/people/corrections.ts) decides; the old value is kept in the row's
 * `corrections`, and the audit summary names the field: "更正姓名：张爱 → 张艾，原因：录入错字".
 * Inside the unit the ID number and the household's 户主 are read again (another window may have
 * changed them). A correction to or from 户主 moves the household's headId with it, in the same unit.
 */
import { villagerWithIdNumber } from '@/db/repositories/people'
import type { VillagerRow } from '@/db/rows'
import { audited } from '@/db/unitOfWork'
import { todayIso } from '@/domain/calendar/clock'
import type { Change } from '@/domain/people/changes'
import { correctVillager as decide, describeCorrection, type CorrectionRequest } from '@/domain/people/corrections'
import { acceptIdNumber } from '@/domain/people/idNumber'
import { latestStatus } from '@/domain/people/model'
import type { AppContext } from '../context'
import { who } from './who'

export async function correctVillager(ctx: AppContext, seen: VillagerRow, request: CorrectionRequest): Promise<Change<VillagerRow>> {
  const today = todayIso(ctx.clock)
  return audited(ctx, ['villagers', 'households'], async (work) => {
    const current = await work.require('villagers', seen.id, seen.updatedAt)
    const idHolders = new Map<string, string>()
    if (request.field === 'idNumber') {
      const id = acceptIdNumber(request.value, { today })
      const holder = id.ok ? await villagerWithIdNumber(work.db, [id.idNumber]) : undefined
      if (holder && holder.id !== current.id) idHolders.set(holder.idNumber, holder.name)
    }
    const stored = await work.db.households.get(current.householdId)
    const headRow = stored?.headId && stored.headId !== current.id ? await work.db.villagers.get(stored.headId) : undefined
    const otherHeadName = headRow?.relationToHead === '户主' ? headRow.name : undefined
    const decided = decide(current, request, { today, idHolders, ...(otherHeadName !== undefined ? { otherHeadName } : {}) })
    if (!decided.ok) return decided
    const next = decided.value.villager
    const row: VillagerRow = { ...current, ...next, status: latestStatus(next) }
    const written = await work.put('villagers', row, {
      action: 'update',
      summary: `${describeCorrection(decided.value.correction)}；村民 ${who(next)}`,
    })
    if (request.field === 'relationToHead' && stored) {
      const becomesHead = next.relationToHead === '户主'
      const wasHead = stored.headId === current.id
      if (becomesHead !== wasHead) {
        const household = await work.read('households', stored.id, stored.updatedAt)
        if (household) {
          const { headId: _old, ...rest } = household
          await work.put('households', becomesHead ? { ...rest, headId: current.id } : rest, {
            action: 'update',
            summary: becomesHead
              ? `户 ${household.householdNo} 的户主更正为 ${who(next)}`
              : `户 ${household.householdNo} 暂无户主（原户主 ${who(next)} 的关系已更正）`,
          })
        }
      }
    }
    return { ok: true, value: written }
  })
}
