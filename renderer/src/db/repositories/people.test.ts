import { describe, expect, it } from 'vitest'
import { changeStatus, endRole } from '@/domain/people/changes'
import { generateSampleVillage } from '@/sample/generateVillage'
import { verifyStoredAuditChain } from '../audit/log'
import { useFreshDatabases } from '../testDb'
import {
  ImportConflictError,
  importPeople,
  loadPeople,
  recordReveal,
  saveHousehold,
  saveVillagerContact,
  saveVillagerRoleEnded,
  saveVillagerStatus,
} from './people'

const freshDb = useFreshDatabases('people-test')

describe('people repository', () => {
  it('imports all rows in one transaction, every record listed with its hash in one audit entry', async () => {
    const db = freshDb()
    const { households, villagers } = generateSampleVillage('small')
    await importPeople(db, households, villagers, '李秀英', '花名册.xlsx')
    const people = await loadPeople(db)
    expect(people.villagers).toHaveLength(200)
    const log = await db.auditLog.toArray()
    expect(log).toHaveLength(1)
    expect(log[0]!.summary).toBe('从“花名册.xlsx”导入 60 户、200 人')
    expect(log[0]!.items).toHaveLength(260)
    expect(new Set(log[0]!.items!.map((i) => i.recordId))).toEqual(new Set([...households, ...villagers].map((r) => r.id)))
    expect((await verifyStoredAuditChain(db)).ok).toBe(true)
  })

  it('writes nothing when any row clashes with the database', async () => {
    const db = freshDb()
    const { households, villagers } = generateSampleVillage('small')
    await importPeople(
      db,
      households.slice(0, 1),
      villagers.filter((v) => v.householdId === households[0]!.id),
      '李秀英',
      'a.xlsx',
    )
    const before = await db.villagers.count()
    const auditBefore = await db.auditLog.count()
    const rest = generateSampleVillage('small')
    const again = rest.villagers.map((v, i) => (i === 150 ? { ...v, idNumber: villagers[0]!.idNumber } : v))
    await expect(
      importPeople(
        db,
        rest.households.slice(1),
        again.filter((v) => v.householdId !== rest.households[0]!.id),
        '李秀英',
        'b.xlsx',
      ),
    ).rejects.toBeInstanceOf(ImportConflictError)
    expect(await db.villagers.count()).toBe(before)
    expect(await db.auditLog.count()).toBe(auditBefore)
  })

  it('records status changes and role ends with masked IDs in the audit summary', async () => {
    const db = freshDb()
    const { households, villagers } = generateSampleVillage('small')
    await importPeople(db, households, villagers, '李秀英', 'x.xlsx')
    const v = villagers.find((x) => x.status === '在册' && x.roles.length > 0)!
    const moved = changeStatus(v, { status: '迁出', from: '2026-11-01', note: '考入大学' }, '2026-11-22')
    if (!moved.ok) throw new Error(moved.reason)
    const row = await saveVillagerStatus(db, moved.value, { status: '迁出', from: '2026-11-01', note: '考入大学' }, '李秀英')
    expect(row.status).toBe('迁出')
    const ended = endRole(row, 0, '2026-11-01')
    if (!ended.ok) throw new Error(ended.reason)
    await saveVillagerRoleEnded(db, ended.value, row.roles[0]!, '2026-11-01', '李秀英')
    await recordReveal(db, row, 'idNumber', '李秀英', '办理低保')
    const last = await db.auditLog.orderBy('seq').reverse().limit(3).toArray()
    expect(last.map((e) => e.action)).toEqual(['reveal', 'update', 'status'])
    for (const e of last) expect(e.summary).not.toContain(v.idNumber)
    expect(last[2]!.summary).toContain('登记为迁出：考入大学')
    expect(last[0]!.summary).toContain('用途：办理低保')
    expect((await verifyStoredAuditChain(db)).ok).toBe(true)
  })

  it('clears a removed phone instead of keeping the old one, and audits household edits', async () => {
    const db = freshDb()
    const { households, villagers } = generateSampleVillage('small')
    await importPeople(db, households, villagers, '李秀英', 'x.xlsx')
    const v = villagers.find((x) => x.phone)!
    const { phone: _gone, ...withoutPhone } = v
    const saved = await saveVillagerContact(db, withoutPhone, '李秀英')
    expect(saved.phone).toBeUndefined()
    expect((await db.villagers.get(v.id))?.phone).toBeUndefined()
    const h = households[0]!
    await saveHousehold(db, { ...h, groupName: '第二村民小组', address: '第二村民小组' }, '李秀英')
    expect((await db.households.get(h.id))?.groupName).toBe('第二村民小组')
    const last = await db.auditLog.orderBy('seq').last()
    expect(last).toMatchObject({ table: 'households', recordId: h.id, summary: `修改户 ${h.householdNo} 的信息` })
    expect((await verifyStoredAuditChain(db)).ok).toBe(true)
  })
})
