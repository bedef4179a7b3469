/**
 * Households and villagers: the only code that reads or writes them. Every change is audited in
 * the same transaction; nothing is ever deleted (a villager who leaves is 迁出, not removed).
 */
import { ulid } from 'ulid'
import { describeRole, latestStatus } from '@/domain/people/changes'
import type { RoleAssignment, StatusEntry, Villager } from '@/domain/people/model'
import { maskIdNumber } from '@/domain/people/masking'
import { appendAudit, type AuditInput } from '../audit/log'
import type { GridRow, HouseholdRow, VillagerRow } from '../rows'
import type { XiangyueDb } from '../schema'

export interface PeopleSnapshot {
  households: HouseholdRow[]
  villagers: VillagerRow[]
  grids: GridRow[]
}

export async function loadPeople(db: XiangyueDb): Promise<PeopleSnapshot> {
  return db.transaction('r', db.households, db.villagers, db.grids, async () => {
    const [households, villagers, grids] = await Promise.all([db.households.toArray(), db.villagers.toArray(), db.grids.toArray()])
    return { households, villagers, grids }
  })
}

/** Who a villager is, for audit summaries: name and masked ID, never the full number. */
const who = (v: Pick<Villager, 'name' | 'idNumber'>) => `${v.name}（${maskIdNumber(v.idNumber)}）`

/** The stored row for `villager`: fields it no longer has (a cleared phone) are gone, not kept. */
function toRow(villager: Villager, previous: VillagerRow, now: string): VillagerRow {
  const row: VillagerRow = { ...villager, status: latestStatus(villager), createdAt: previous.createdAt, updatedAt: now }
  if (previous.sample) row.sample = true
  return row
}

async function updateVillager(
  db: XiangyueDb,
  next: Villager,
  audit: Omit<AuditInput, 'table' | 'recordId' | 'before' | 'after'>,
): Promise<VillagerRow> {
  return db.transaction('rw', db.villagers, db.auditLog, db.settings, async () => {
    const before = await db.villagers.get(next.id)
    if (!before) throw new Error('找不到该村民，可能已被其他窗口修改，请刷新后重试')
    const row = toRow(next, before, new Date().toISOString())
    await db.villagers.put(row)
    await appendAudit(db, { ...audit, table: 'villagers', recordId: row.id, before, after: row })
    return row
  })
}

export function saveVillagerStatus(db: XiangyueDb, next: Villager, entry: StatusEntry, actor: string): Promise<VillagerRow> {
  return updateVillager(db, next, {
    actor,
    action: 'status',
    summary: `${who(next)} 自 ${entry.from} 起${entry.status === '在册' ? '恢复在册' : `登记为${entry.status}`}${entry.note ? `：${entry.note}` : ''}`,
  })
}

export function saveVillagerRoleAdded(db: XiangyueDb, next: Villager, role: RoleAssignment, actor: string): Promise<VillagerRow> {
  return updateVillager(db, next, { actor, action: 'update', summary: `${who(next)} 新增身份：${describeRole(role)}` })
}

export function saveVillagerRoleEnded(
  db: XiangyueDb,
  next: Villager,
  role: RoleAssignment,
  end: string,
  actor: string,
): Promise<VillagerRow> {
  return updateVillager(db, next, { actor, action: 'update', summary: `${who(next)} 的身份“${describeRole(role)}”于 ${end} 结束` })
}

export function saveVillagerContact(db: XiangyueDb, next: Villager, actor: string): Promise<VillagerRow> {
  return updateVillager(db, next, { actor, action: 'update', summary: `修改 ${who(next)} 的基本信息` })
}

/** Changes to a household's own fields (村民小组, 网格, 电话), audited with before/after. */
export async function saveHousehold(db: XiangyueDb, next: HouseholdRow, actor: string): Promise<HouseholdRow> {
  return db.transaction('rw', db.households, db.auditLog, db.settings, async () => {
    const before = await db.households.get(next.id)
    if (!before) throw new Error('找不到该户，请刷新后重试')
    const row = { ...next, updatedAt: new Date().toISOString() }
    await db.households.put(row)
    await appendAudit(db, {
      actor,
      action: 'update',
      table: 'households',
      recordId: row.id,
      summary: `修改户 ${row.householdNo} 的信息`,
      before,
      after: row,
    })
    return row
  })
}

/** Showing a full ID or phone number is a deliberate act, recorded before the number is shown. */
export async function recordReveal(
  db: XiangyueDb,
  villager: Pick<Villager, 'id' | 'name' | 'idNumber'>,
  field: 'idNumber' | 'phone',
  actor: string,
  purpose: string,
): Promise<void> {
  await db.transaction('rw', db.auditLog, db.settings, async () => {
    await appendAudit(db, {
      actor,
      action: 'reveal',
      table: 'villagers',
      recordId: villager.id,
      summary: `查看 ${who(villager)} 的完整${field === 'idNumber' ? '身份证号' : '电话'}${purpose ? `，用途：${purpose}` : ''}`,
    })
  })
}

/**
 * One villager entered by hand, with a new household when the person heads one. The 户号 and the
 * ID number are checked again inside the transaction (another window may have added them).
 */
export async function addVillager(
  db: XiangyueDb,
  villager: VillagerRow,
  newHousehold: HouseholdRow | undefined,
  actor: string,
): Promise<void> {
  await db.transaction('rw', [db.households, db.villagers, db.auditLog, db.settings], async () => {
    if ((await db.villagers.where('idNumber').equals(villager.idNumber).count()) > 0)
      throw new ImportConflictError('该身份证号已登记，未保存')
    if (newHousehold) {
      if ((await db.households.where('householdNo').equals(newHousehold.householdNo).count()) > 0)
        throw new ImportConflictError(`户号 ${newHousehold.householdNo} 已存在，未保存`)
      await db.households.add(newHousehold)
      await appendAudit(db, {
        actor,
        action: 'create',
        table: 'households',
        recordId: newHousehold.id,
        summary: `新建户 ${newHousehold.householdNo}（${newHousehold.groupName}）`,
        after: newHousehold,
      })
    }
    await db.villagers.add(villager)
    await appendAudit(db, {
      actor,
      action: 'create',
      table: 'villagers',
      recordId: villager.id,
      summary: `登记村民 ${who(villager)}，与户主关系：${villager.relationToHead}`,
      after: villager,
    })
  })
}

export class ImportConflictError extends Error {}

/**
 * Writes an import in one transaction: either every row lands or none does. Conflicts that
 * appeared after the preview (the same ID number or 户号 added meanwhile) abort the whole import.
 */
export async function importPeople(
  db: XiangyueDb,
  households: HouseholdRow[],
  villagers: VillagerRow[],
  actor: string,
  fileName: string,
): Promise<void> {
  await db.transaction('rw', [db.households, db.villagers, db.auditLog, db.settings], async () => {
    const ids = villagers.map((v) => v.idNumber)
    const clash = await db.villagers.where('idNumber').anyOf(ids).first()
    if (clash) throw new ImportConflictError(`身份证号 ${maskIdNumber(clash.idNumber)} 已在库中（${clash.name}），本次导入未写入任何数据`)
    const numbers = households.map((h) => h.householdNo)
    const takenNo = await db.households.where('householdNo').anyOf(numbers).first()
    if (takenNo) throw new ImportConflictError(`户号 ${takenNo.householdNo} 已在库中，本次导入未写入任何数据`)
    await db.households.bulkAdd(households)
    await db.villagers.bulkAdd(villagers)
    // One act, one entry: the file's every household and villager are listed in it with the
    // hash of what was written, so the chain covers each record at the cost of a single write.
    await appendAudit(db, {
      actor,
      action: 'import',
      table: 'villagers',
      recordId: `import:${ulid()}`,
      summary: `从“${fileName}”导入 ${households.length} 户、${villagers.length} 人`,
      after: { fileName, households: households.length, villagers: villagers.length },
      items: [
        ...households.map((h) => ({ table: 'households', recordId: h.id, record: h })),
        ...villagers.map((v) => ({ table: 'villagers', recordId: v.id, record: v })),
      ],
    })
  })
}

/** Export of the roster: audited, and whether full numbers were included is part of the record. */
export async function recordRosterExport(db: XiangyueDb, actor: string, count: number, revealed: boolean, fileName: string): Promise<void> {
  await db.transaction('rw', db.auditLog, db.settings, async () => {
    await appendAudit(db, {
      actor,
      action: revealed ? 'reveal' : 'export',
      table: 'villagers',
      recordId: 'roster',
      summary: `导出花名册“${fileName}”，${count} 人，${revealed ? '含完整身份证号和电话（经确认）' : '号码已遮蔽'}`,
    })
  })
}

export function newVillagerId(): string {
  return ulid()
}
