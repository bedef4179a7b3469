import { describe, expect, it } from 'vitest'
import { StaleRecordError } from '@/db/unitOfWork'
import { buildRoster } from '@/domain/meetings/roster'
import { computeCheckDigit } from '@/domain/people/idNumber'
import { verifyAuditLog } from '../audit/auditLog'
import { snapshotOf, useTestContexts } from '../testContext'
import { addHousehold } from './addHousehold'
import { addVillager, type NewVillagerInput } from './addVillager'
import { confirmFullMembership, assignRole } from './changeVillager'
import { addCollectiveMembership, collectiveMembers, endCollectiveMembership } from './collectiveMembership'
import { correctVillager } from './correctVillager'
import { addGridWorker, assignHouseholds, createGrid, GridFieldError, setGridLeader, updateGrid } from './grids'
import { loadPeople } from './loadPeople'

const context = useTestContexts('app-people-records')
const id = (first17: string) => first17 + computeCheckDigit(first17)
const HEAD = id('41138119800101001')
const WIFE = id('41138119820202002')
const OTHER = id('41138119900303003')

const lastSummary = async (ctx: ReturnType<typeof context>) => (await ctx.db.auditLog.orderBy('seq').last())!.summary

/** A household entered by hand, its head and his wife (张爱, 配偶). */
async function family() {
  const ctx = context('2026-03-01T02:00:00.000Z')
  const made = await addHousehold(ctx, { householdNo: '0101', groupName: '第一村民小组' }, [])
  if (!made.ok) throw new Error(JSON.stringify(made.errors))
  const base: NewVillagerInput = {
    householdMode: 'existing',
    householdId: made.household.id,
    householdNo: '',
    groupName: '',
    name: '王大山',
    idNumber: HEAD,
    relationToHead: '户主',
    phone: '',
  }
  let snap = await loadPeople(ctx)
  const head = await addVillager(ctx, base, snap)
  if (!head.ok) throw new Error(JSON.stringify(head.check.errors))
  snap = await loadPeople(ctx)
  const wife = await addVillager(ctx, { ...base, name: '张爱', idNumber: WIFE, relationToHead: '配偶' }, snap)
  if (!wife.ok) throw new Error(JSON.stringify(wife.check.errors))
  return { ctx, household: (await loadPeople(ctx)).households[0]!, head: head.villager, wife: wife.villager }
}

describe('addHousehold', () => {
  it('creates a household without a head; the first 户主 entered into it becomes its head', async () => {
    const { ctx, household, head } = await family()
    expect(household).toMatchObject({ householdNo: '0101', groupName: '第一村民小组', address: '第一村民小组', headId: head.id })
    const again = await addHousehold(ctx, { householdNo: '0101', groupName: '一组', phone: '123' }, [household])
    expect(again).toEqual({ ok: false, errors: { householdNo: '户号 0101 已存在，请换一个户号', phone: expect.any(String) } })
    expect((await verifyAuditLog(ctx)).ok).toBe(true)
  })
})

describe('correctVillager', () => {
  it('corrects a name: old value kept, audit summary names the field and the reason', async () => {
    const { ctx, wife } = await family()
    const r = await correctVillager(ctx, wife, { field: 'name', value: '张艾', reason: '依户口簿核对' })
    if (!r.ok) throw new Error(r.reason)
    expect(r.value.name).toBe('张艾')
    expect(r.value.corrections).toEqual([{ field: 'name', from: '张爱', to: '张艾', reason: '依户口簿核对', on: '2026-03-01' }])
    const summary = await lastSummary(ctx)
    expect(summary).toMatch(/^更正姓名：张爱 → 张艾，原因：依户口簿核对；村民 张艾（/)
    expect((await ctx.db.auditLog.orderBy('seq').last())!.beforeHash).toEqual(expect.any(String))
    expect((await verifyAuditLog(ctx)).ok).toBe(true)
  })

  it('corrects an ID number with both numbers masked in the log, and refuses one held by another villager', async () => {
    const { ctx, wife, head } = await family()
    const before = await snapshotOf(ctx)
    expect(await correctVillager(ctx, wife, { field: 'idNumber', value: HEAD, reason: '核对' })).toEqual({
      ok: false,
      reason: `该身份证号已登记给村民 ${head.name}`,
    })
    expect(await snapshotOf(ctx)).toEqual(before)
    const r = await correctVillager(ctx, wife, { field: 'idNumber', value: OTHER, reason: '出生日期录错' })
    if (!r.ok) throw new Error(r.reason)
    const summary = await lastSummary(ctx)
    expect(summary).toContain(`更正身份证号：411381********${WIFE.slice(-4)} → 411381********${OTHER.slice(-4)}，原因：出生日期录错`)
    expect(summary).not.toContain(OTHER)
    expect(summary).not.toContain(WIFE)
  })

  it('moves the household head with a relation correction, and refuses a second 户主', async () => {
    const { ctx, wife, head, household } = await family()
    expect(await correctVillager(ctx, wife, { field: 'relationToHead', value: '户主', reason: '核对' })).toEqual({
      ok: false,
      reason: '该户已有户主 王大山；请先更正原户主与户主的关系',
    })
    const demoted = await correctVillager(ctx, head, { field: 'relationToHead', value: '配偶', reason: '户主登记反了' })
    if (!demoted.ok) throw new Error(demoted.reason)
    expect((await ctx.db.households.get(household.id))!.headId).toBeUndefined()
    const promoted = await correctVillager(ctx, wife, { field: 'relationToHead', value: '户主', reason: '户主登记反了' })
    if (!promoted.ok) throw new Error(promoted.reason)
    expect((await ctx.db.households.get(household.id))!.headId).toBe(wife.id)
    expect(await lastSummary(ctx)).toContain('户 0101 的户主更正为 张爱')
  })

  it('refuses a correction to a row changed since it was read', async () => {
    const { ctx, wife } = await family()
    await correctVillager(ctx, wife, { field: 'name', value: '张艾', reason: '错字' })
    await expect(correctVillager(ctx, wife, { field: 'name', value: '张蔼', reason: '错字' })).rejects.toBeInstanceOf(StaleRecordError)
  })
})

describe('collective membership and 转正', () => {
  it('records and ends membership, audited; collectiveMembers feeds the 成员大会 roster', async () => {
    const { ctx, wife, head } = await family()
    const added = await addCollectiveMembership(ctx, wife, { from: '2020-01-01', note: '婚入' })
    if (!added.ok) throw new Error(added.reason)
    expect(await lastSummary(ctx)).toContain('登记为集体经济组织成员：2020-01-01 至 今（婚入）')
    const ended = await endCollectiveMembership(ctx, added.value, 0, '2025-12-31', '取得其他集体经济组织成员身份')
    if (!ended.ok) throw new Error(ended.reason)
    expect(await lastSummary(ctx)).toContain('集体经济组织成员身份于 2025-12-31 终止：取得其他集体经济组织成员身份')
    const h = await addCollectiveMembership(ctx, head, { from: '2000-01-01' })
    if (!h.ok) throw new Error(h.reason)
    const members = await collectiveMembers(ctx)
    expect(members).toEqual(
      expect.arrayContaining([
        { villagerId: wife.id, from: '2020-01-01', to: '2025-12-31' },
        { villagerId: head.id, from: '2000-01-01' },
      ]),
    )
    const { villagers } = await loadPeople(ctx)
    const roster = buildRoster({ body: 'collective_assembly', meetingDate: '2026-02-01', villagers, collectiveMembers: members })
    expect(roster.members.map((m) => m.villagerId)).toEqual([head.id])
    expect((await verifyAuditLog(ctx)).ok).toBe(true)
  })

  it('转正 a 预备党员 with its date', async () => {
    const { ctx, head } = await family()
    const joined = await assignRole(ctx, head, { kind: 'party_member', joinDate: '2026-03-01', stage: '预备' })
    if (!joined.ok) throw new Error(joined.reason)
    ctx.clock.set('2027-03-05T02:00:00.000Z')
    expect(await confirmFullMembership(ctx, joined.value, 0, '2027-03-06')).toEqual({ ok: false, reason: '转正日期不能晚于今天' })
    const full = await confirmFullMembership(ctx, joined.value, 0, '2027-03-01')
    if (!full.ok) throw new Error(full.reason)
    expect(full.value.roles[0]).toMatchObject({ kind: 'party_member', fullMemberDate: '2027-03-01' })
    expect(await lastSummary(ctx)).toContain('预备党员转正，转正日期 2027-03-01')
  })
})

describe('grids', () => {
  it('creates, renames, appoints a 网格长 (ending the previous one) and 网格员, and puts households in', async () => {
    const { ctx, head, wife, household } = await family()
    const grid = await createGrid(ctx, { name: '第一网格', phone: '0377-62123456' }, [])
    await expect(createGrid(ctx, { name: '第一网格' }, [grid])).rejects.toBeInstanceOf(GridFieldError)
    const renamed = await updateGrid(ctx, grid, { name: '东片网格', phone: '0377-62123456' }, [grid])
    expect(await lastSummary(ctx)).toBe('网格“第一网格”：名称“第一网格”改为“东片网格”')
    const first = await setGridLeader(ctx, renamed, head)
    if (!first.ok) throw new Error(first.reason)
    expect(first.value.grid.leaderId).toBe(head.id)
    expect(first.value.villager.roles).toEqual([{ kind: 'grid', post: '网格长', gridId: grid.id, from: '2026-03-01' }])
    const second = await setGridLeader(ctx, first.value.grid, wife)
    if (!second.ok) throw new Error(second.reason)
    // began today, so it ends today (never before it began)
    expect(second.value.previous?.roles[0]).toMatchObject({ post: '网格长', to: '2026-03-01' })
    expect(await setGridLeader(ctx, second.value.grid, second.value.villager)).toEqual({ ok: false, reason: '张爱 已是该网格的网格长' })
    const worker = await addGridWorker(ctx, second.value.grid, second.value.previous!)
    if (!worker.ok) throw new Error(worker.reason)
    expect(worker.value.roles.at(-1)).toMatchObject({ post: '网格员', gridId: grid.id })
    const put = await assignHouseholds(ctx, second.value.grid, [household])
    expect(put.map((h) => h.gridId)).toEqual([grid.id])
    expect(await lastSummary(ctx)).toBe('户 0101 划入网格“东片网格”')
    expect(await assignHouseholds(ctx, second.value.grid, put)).toEqual([])
    expect((await verifyAuditLog(ctx)).ok).toBe(true)
  })
})
