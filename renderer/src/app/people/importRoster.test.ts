import { describe, expect, it } from 'vitest'
import { sampleRosterCells } from '@/exchange/roster/sampleRoster.node'
import { rosterWorkbookFromCells } from '@/exchange/roster/testWorkbook.node'
import { verifyAuditLog } from '../audit/auditLog'
import { snapshotOf, useTestContexts } from '../testContext'
import { addVillager } from './addVillager'
import { ImportConflictError } from './conflicts'
import { importRoster, previewRosterImport, RosterNotImportableError } from './importRoster'
import { loadPeople } from './loadPeople'

const context = useTestContexts('app-people-import')
const EMPTY = { households: [], villagers: [] }

describe('importRoster', () => {
  it('previews without writing, then writes every row in one unit with one audit entry listing each record', async () => {
    const ctx = context('2026-03-01T17:00:00.000Z')
    const cells = sampleRosterCells(40)
    const preview = await previewRosterImport(ctx, await rosterWorkbookFromCells(cells), EMPTY)
    expect(preview.validation.summary).toMatchObject({ bad: 0, good: 40 })
    expect(await ctx.db.villagers.count()).toBe(0)

    const plan = await importRoster(ctx, preview, '花名册.xlsx', EMPTY)
    const people = await loadPeople(ctx)
    expect(people.villagers).toHaveLength(40)
    expect(people.households).toHaveLength(plan.households.length)
    // statuses take effect on the Beijing date (2 March), rows stamped with the clock's instant
    expect(people.villagers[0]!.statusHistory[0]!.from).toBe('2026-03-02')
    expect(people.villagers[0]!.createdAt).toBe('2026-03-01T17:00:00.000Z')
    const log = await ctx.db.auditLog.toArray()
    expect(log).toHaveLength(1)
    expect(log[0]!.summary).toBe(`从“花名册.xlsx”导入 ${plan.households.length} 户、40 人`)
    expect(new Set(log[0]!.items!.map((i) => i.recordId))).toEqual(new Set([...people.households, ...people.villagers].map((r) => r.id)))
    expect((await verifyAuditLog(ctx)).ok).toBe(true)
  })

  it('refuses a preview with a bad row, writing nothing', async () => {
    const ctx = context()
    const cells = sampleRosterCells(10)
    cells[3] = { ...cells[3]!, idNumber: '411381198001010010' }
    const preview = await previewRosterImport(ctx, await rosterWorkbookFromCells(cells), EMPTY)
    expect(preview.validation.summary.bad).toBeGreaterThan(0)
    await expect(importRoster(ctx, preview, 'a.xlsx', EMPTY)).rejects.toBeInstanceOf(RosterNotImportableError)
    expect(await ctx.db.villagers.count()).toBe(0)
    expect(await ctx.db.auditLog.count()).toBe(0)
  })

  it('refuses the whole file when an ID number was stored after the preview, leaving the database unchanged', async () => {
    const ctx = context()
    const cells = sampleRosterCells(20)
    const preview = await previewRosterImport(ctx, await rosterWorkbookFromCells(cells), EMPTY)
    const last = cells.at(-1)!
    const added = await addVillager(
      ctx,
      {
        householdMode: 'new',
        householdId: '',
        householdNo: '9999',
        groupName: '一组',
        name: '另一个人',
        idNumber: last.idNumber,
        relationToHead: '户主',
        phone: '',
      },
      EMPTY,
    )
    expect(added.ok).toBe(true)
    const before = await snapshotOf(ctx)
    await expect(importRoster(ctx, preview, 'b.xlsx', EMPTY)).rejects.toBeInstanceOf(ImportConflictError)
    expect(await snapshotOf(ctx)).toEqual(before)
  })
})
