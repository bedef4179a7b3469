/**
 * 人员花名册 is the sixth 台账 (exchange/roster/export.ts, not written here): the same checks as
 * the other five, so all six ledgers the township asks for are held to one standard.
 */
import { describe, expect, it } from 'vitest'
import type { HouseholdRow, VillagerRow } from '@/db/rows'
import { computeCheckDigit } from '@/domain/people/idNumber'
import { buildRosterWorkbook } from '@/exchange/roster/export'
import { ROSTER_COLUMNS } from '@/exchange/roster/columns'
import { ROSTER_SHEET_NAME } from '@/exchange/roster/layout'
import { checkLedger, unmarkedFormulaText, unmaskedNumbers } from './checks.node'

const ID = (() => {
  const f = '41138119800101001'
  return f + computeCheckDigit(f)
})()
const STAMP = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' }
const households: HouseholdRow[] = [
  { id: 'H1', householdNo: '0001', groupName: '=一组', address: '一组', status: '在册', headId: 'V1', ...STAMP },
]
const villagers: VillagerRow[] = [
  {
    id: 'V1',
    householdId: 'H1',
    name: '+王大山',
    idNumber: ID,
    relationToHead: '户主',
    phone: '13800138000',
    statusHistory: [{ status: '在册', from: '2020-01-01' }],
    roles: [],
    status: '在册',
    ...STAMP,
  },
]
const OPTIONS = { villageName: '张庄村', exportedAt: '2026-03-01T09:30:00.000Z' }

describe('人员花名册 meets the same 台账 checks', () => {
  it('title, header, rows, frozen header, print setup; masked and formula-safe', async () => {
    const ledger = await checkLedger(await buildRosterWorkbook(households, villagers, { ...OPTIONS, reveal: false }), {
      sheetName: ROSTER_SHEET_NAME,
      title: '张庄村村民花名册',
      headers: ROSTER_COLUMNS.map((c) => c.header),
      rows: 1,
    })
    expect(unmaskedNumbers(ledger)).toEqual([])
    expect(unmarkedFormulaText(ledger)).toEqual([])
    expect(ledger.allText).toContain("'+王大山")
  })
})
