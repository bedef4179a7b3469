/**
 * 乡镇汇总表 (.xlsx): the township table as one 台账 sheet (exchange/spreadsheet/sheet.ts layout:
 * title, subtitle, frozen header, A4 landscape, formula-safe cells).
 *
 * Input:  townshipTableXlsx(rows, { year, townshipName?, exportedAt }) → Promise<Uint8Array>
 *         exportTableXlsx(ctx, year, townshipName?) → { bytes, fileName } (rows from the database)
 * No person data is in this table.
 */
import ExcelJS from 'exceljs'
import { formatBeijingDateTime, nowIso, todayIso } from '@/domain/calendar/clock'
import type { VillageRow } from '@/domain/township/summary'
import { addLedgerSheet, workbookBytes, type LedgerColumn } from '@/exchange/spreadsheet/sheet'
import type { TownshipContext } from './context'
import { listVillages } from './villages'

type Key =
  | 'no'
  | 'name'
  | 'code'
  | 'decided'
  | 'rejected'
  | 'quorum'
  | 'overdue'
  | 'compactVersion'
  | 'compactFiled'
  | 'openCases'
  | 'lastBundle'
  | 'period'
  | 'bundles'
  | 'warnings'

export const TOWNSHIP_TABLE_SHEET = '乡镇汇总'

export const TOWNSHIP_TABLE_COLUMNS: readonly LedgerColumn<Key>[] = [
  { header: '序号', key: 'no', width: 6, kind: 'number' },
  { header: '村名', key: 'name', width: 12, kind: 'text' },
  { header: '区划代码', key: 'code', width: 15, kind: 'text' },
  { header: '决议通过', key: 'decided', width: 9, kind: 'number', group: '本年四议两公开' },
  { header: '未通过', key: 'rejected', width: 8, kind: 'number', group: '本年四议两公开' },
  { header: '未达法定人数会议', key: 'quorum', width: 10, kind: 'number', group: '本年四议两公开' },
  { header: '决议公开逾期', key: 'overdue', width: 10, kind: 'number', group: '本年四议两公开' },
  { header: '现行版本', key: 'compactVersion', width: 14, kind: 'text', group: '村规民约' },
  { header: '备案日期', key: 'compactFiled', width: 11, kind: 'date', group: '村规民约' },
  { header: '未结违约案件', key: 'openCases', width: 10, kind: 'number' },
  { header: '最近报送日期', key: 'lastBundle', width: 12, kind: 'date' },
  { header: '最近报送期间', key: 'period', width: 23, kind: 'text' },
  { header: '报送包数', key: 'bundles', width: 8, kind: 'number' },
  { header: '提示', key: 'warnings', width: 48, kind: 'text' },
]

export async function townshipTableXlsx(
  rows: readonly VillageRow[],
  options: { year: number; townshipName?: string; exportedAt: string },
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = '乡约'
  addLedgerSheet(workbook, {
    title: `${options.townshipName ?? ''}${options.year}年度各村报送情况汇总表`,
    sheetName: TOWNSHIP_TABLE_SHEET,
    subtitle: `导出时间：${formatBeijingDateTime(options.exportedAt)}（北京时间）\u3000共${rows.length}个村\u3000数据来自各村报送包（已校验签名）`,
    columns: TOWNSHIP_TABLE_COLUMNS,
    rows: rows.map((r, i) => ({
      no: i + 1,
      name: r.name,
      code: r.code,
      decided: r.mattersDecided,
      rejected: r.mattersRejected,
      quorum: r.quorumFailures,
      overdue: r.disclosureOverdue,
      compactVersion: r.compact?.version ?? '未报送',
      compactFiled: r.compact ? (r.compact.filedOn ?? '未备案') : '',
      openCases: r.openCases,
      lastBundle: r.lastBundleOn,
      period: `${r.lastPeriod.from}至${r.lastPeriod.to}`,
      bundles: r.bundleCount,
      warnings: r.warnings
        .filter((w) => w.level !== 'ok')
        .map((w) => w.message)
        .join('\n'),
    })),
  })
  return workbookBytes(workbook)
}

export async function exportTableXlsx(
  ctx: TownshipContext,
  year: number,
  townshipName?: string,
): Promise<{ bytes: Uint8Array; fileName: string }> {
  const rows = await listVillages(ctx, year)
  const bytes = await townshipTableXlsx(rows, { year, townshipName, exportedAt: nowIso(ctx.clock) })
  return { bytes, fileName: `乡镇汇总-${year}年度-${todayIso(ctx.clock)}.xlsx` }
}
