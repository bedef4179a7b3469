/**
 * Budget xlsx_import_10000_ms (parse + validate + write 10,000 rows ≤ 5000 ms). This measures the
 * parse + validate + plan part in node; the lead's browser bench adds the IndexedDB write.
 * Usage: `npx vite-node renderer/src/exchange/roster/bench.node.ts` or import benchRosterImport.
 */
import ExcelJS from 'exceljs'
import { addRosterSheet, workbookBytes } from './layout'
import { parseRosterWorkbook } from './parse'
import { planRosterImport } from './plan'
import { sampleRosterCells } from './sampleRoster.node'
import { validateRoster } from './validate'

export interface RosterBenchResult {
  rows: number
  fileBytes: number
  parseMs: number
  validateMs: number
  planMs: number
  /** parse + validate + plan */
  totalMs: number
  goodRows: number
  badRows: number
}

export async function rosterWorkbookFromCells(cells: ReturnType<typeof sampleRosterCells>): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  addRosterSheet(workbook, { title: '张庄村村民花名册', rows: cells })
  return workbookBytes(workbook)
}

export async function benchRosterImport(rows = 10_000): Promise<RosterBenchResult> {
  const bytes = await rosterWorkbookFromCells(sampleRosterCells(rows))
  const t0 = performance.now()
  const parsed = await parseRosterWorkbook(bytes)
  const t1 = performance.now()
  const validation = validateRoster(parsed, { idNumbers: new Map(), householdNos: new Set() }, '2026-01-01')
  const t2 = performance.now()
  const plan = planRosterImport(validation, { today: '2026-01-01', existingHouseholdIds: new Map() })
  const t3 = performance.now()
  if (plan.villagers.length !== validation.goodRows.length) throw new Error('plan lost rows')
  const round = (ms: number) => Math.round(ms)
  return {
    rows: parsed.rows.length,
    fileBytes: bytes.byteLength,
    parseMs: round(t1 - t0),
    validateMs: round(t2 - t1),
    planMs: round(t3 - t2),
    totalMs: round(t3 - t0),
    goodRows: validation.summary.good,
    badRows: validation.summary.bad,
  }
}
