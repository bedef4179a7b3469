/**
 * Changes to one villager or household: 迁出/死亡/恢复在册 (changeStatus), a new role (assignRole),
 * a role's end (endRole), 预备党员转正 (confirmFullMembership), a phone (changePhone), and a household's own fields (updateHousehold).
 *
 * Each reads like the procedure: ask domain/people/changes.ts whether the change may be made (a
 * refusal comes back as { ok: false, reason } in Chinese, nothing written), then write the record
 * and its audit entry in one unit of work, refused (StaleRecordError) if the record changed since
 * the caller read it. Input: ctx, the row as the caller saw it, the change. Output: the stored row.
 */
import { audited } from '@/db/unitOfWork'
import type { HouseholdRow, VillagerRow } from '@/db/rows'
import { todayIso } from '@/domain/calendar/clock'
import {
  addRole,
  changeStatus as decideStatus,
  confirmFullMembership as decideFull,
  describeRole,
  endRole as decideEnd,
  type Change,
} from '@/domain/people/changes'
import { maskPhone } from '@/domain/people/masking'
import { latestStatus, type RoleAssignment, type StatusEntry, type Villager } from '@/domain/people/model'
import type { AppContext } from '../context'
import { who } from './who'

/** The stored row for `next`: fields it no longer has (a cleared phone) are gone, not kept. */
function rowOf(next: Villager, seen: VillagerRow): VillagerRow {
  const row: VillagerRow = { ...next, status: latestStatus(next), createdAt: seen.createdAt, updatedAt: seen.updatedAt }
  if (seen.sample) row.sample = true
  return row
}

async function writeVillager(ctx: AppContext, seen: VillagerRow, next: Villager, note: { action: 'status' | 'update'; summary: string }) {
  return audited(ctx, ['villagers'], async (work) => {
    await work.require('villagers', seen.id, seen.updatedAt)
    return work.put('villagers', rowOf(next, seen), note)
  })
}

async function apply(
  ctx: AppContext,
  seen: VillagerRow,
  change: Change<Villager>,
  note: (next: Villager) => { action: 'status' | 'update'; summary: string },
): Promise<Change<VillagerRow>> {
  if (!change.ok) return change
  return { ok: true, value: await writeVillager(ctx, seen, change.value, note(change.value)) }
}

export function changeStatus(ctx: AppContext, villager: VillagerRow, entry: StatusEntry): Promise<Change<VillagerRow>> {
  return apply(ctx, villager, decideStatus(villager, entry, todayIso(ctx.clock)), (next) => ({
    action: 'status',
    summary: `${who(next)} 自 ${entry.from} 起${entry.status === '在册' ? '恢复在册' : `登记为${entry.status}`}${entry.note ? `：${entry.note}` : ''}`,
  }))
}

export function assignRole(ctx: AppContext, villager: VillagerRow, role: RoleAssignment): Promise<Change<VillagerRow>> {
  return apply(ctx, villager, addRole(villager, role), (next) => ({
    action: 'update',
    summary: `${who(next)} 新增身份：${describeRole(role)}`,
  }))
}

export function endRole(ctx: AppContext, villager: VillagerRow, roleIndex: number, end: string): Promise<Change<VillagerRow>> {
  const role = villager.roles[roleIndex]
  return apply(ctx, villager, decideEnd(villager, roleIndex, end), (next) => ({
    action: 'update',
    summary: `${who(next)} 的身份“${role ? describeRole(role) : ''}”于 ${end} 结束`,
  }))
}

/** 预备党员转正 on `date` (the role at roleIndex). */
export function confirmFullMembership(
  ctx: AppContext,
  villager: VillagerRow,
  roleIndex: number,
  date: string,
): Promise<Change<VillagerRow>> {
  return apply(ctx, villager, decideFull(villager, roleIndex, date, todayIso(ctx.clock)), (next) => ({
    action: 'update',
    summary: `${who(next)} 预备党员转正，转正日期 ${date}`,
  }))
}

/** A new phone ('' or undefined clears it); the caller has checked it with domain/people/phone.ts. */
export async function changePhone(ctx: AppContext, villager: VillagerRow, phone: string | undefined): Promise<VillagerRow> {
  const { phone: _old, ...rest } = villager
  return writeVillager(ctx, villager, phone ? { ...rest, phone } : rest, {
    action: 'update',
    summary: `修改电话：${maskPhone(villager.phone) || '无'} → ${maskPhone(phone) || '无'}；村民 ${who(villager)}`,
  })
}

/**
 * A household's fields that change over time (网格, 电话), audited with before and after. 户号 and
 * 村民小组 (with the address) are kept as stored: they are corrected with a reason (correctHousehold.ts),
 * never changed in passing, and so are the 户主 and the 更正记录.
 */
export function updateHousehold(ctx: AppContext, seen: HouseholdRow, next: HouseholdRow): Promise<HouseholdRow> {
  return audited(ctx, ['households'], async (work) => {
    const current = await work.require('households', seen.id, seen.updatedAt)
    const { householdNo, groupName, address, headId, corrections } = current
    return work.put(
      'households',
      {
        ...next,
        id: seen.id,
        createdAt: seen.createdAt,
        householdNo,
        groupName,
        address,
        ...(headId !== undefined ? { headId } : {}),
        ...(corrections !== undefined ? { corrections } : {}),
      },
      { action: 'update', summary: `修改户 ${seen.householdNo} 的信息` },
    )
  })
}
