/** Test support: a real .xlsx roster made from sample cells, through the same layout the export uses. */
import ExcelJS from 'exceljs'
import { addRosterSheet, workbookBytes } from './layout'
import type { sampleRosterCells } from './sampleRoster.node'

export async function rosterWorkbookFromCells(cells: ReturnType<typeof sampleRosterCells>): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  addRosterSheet(workbook, { title: '张庄村村民花名册', rows: cells })
  return workbookBytes(workbook)
}
