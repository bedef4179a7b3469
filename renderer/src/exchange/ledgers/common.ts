/**
 * What every 台账 shares: the options a caller passes, the subtitle line, and the privacy pass.
 *
 * Privacy (design.md principle 5): masked unless `reveal: true`. Person columns are masked by the
 * ledger that has them (ID: maskIdNumber, phone: maskPhone, name where the ledger says so); then,
 * in masked mode, EVERY text cell is swept for a full 18-digit ID or 11-digit mobile that slipped
 * into free text (a 公示结果, a 整改 note) and masks it, with the print engine's one sweep
 * (print/notices.ts scrubPersonalNumbers). So no masked ledger can carry a full number, whatever
 * the caller put in. `reveal` only changes what is written and what the subtitle says: the caller
 * asks the user and writes the audit entry.
 */
import ExcelJS from 'exceljs'
import { formatBeijingDateTime } from '@/domain/calendar/clock'
import { maskIdNumber, maskName, maskPhone } from '@/domain/people/masking'
import { addLedgerSheet, workbookBytes, type LedgerCell, type LedgerColumn } from '@/exchange/spreadsheet/sheet'
import { scrubPersonalNumbers } from '@/print/notices'

export interface LedgerOptions {
  /** e.g. '张庄村' — the title begins with it. */
  villageName: string
  /** The export's instant (ISO 8601); printed in Beijing time on the subtitle, and the file's date. */
  exportedAt: string
  /** Full ID numbers, phones and names. Default false (masked). The caller audits a true. */
  reveal?: boolean
}

export const MASKED_NOTE = '本表身份证号、电话等个人信息已按个人信息保护要求遮蔽'
export const REVEALED_NOTE = '本表含完整个人信息，请妥善保管，不得外传'

/** 全角空格, the usual gap in a Chinese header line. */
const GAP = '\u3000'

export function subtitleOf(options: LedgerOptions, count: number, unit: string): string {
  return [
    `导出时间：${formatBeijingDateTime(options.exportedAt)}（北京时间）`,
    `共${count}${unit}`,
    options.reveal ? REVEALED_NOTE : MASKED_NOTE,
  ].join(GAP)
}

export interface PersonMasks {
  id: (s: string | undefined) => string
  phone: (s: string | undefined) => string
  name: (s: string | undefined) => string
}

export function personMasks(reveal: boolean | undefined): PersonMasks {
  if (reveal) return { id: (s) => s ?? '', phone: (s) => s ?? '', name: (s) => s ?? '' }
  return { id: (s) => maskIdNumber(s), phone: (s) => maskPhone(s), name: (s) => maskName(s) }
}

/** Sweeps every text cell for stray full numbers (masked mode only). */
function sweepText<K extends string>(
  columns: readonly LedgerColumn<K>[],
  rows: readonly Partial<Record<K, LedgerCell>>[],
): Partial<Record<K, LedgerCell>>[] {
  const textKeys = columns.filter((c) => c.kind === 'text').map((c) => c.key)
  return rows.map((row) => {
    const out: Partial<Record<K, LedgerCell>> = { ...row }
    for (const key of textKeys) {
      const v = row[key]
      if (typeof v === 'string') out[key] = scrubPersonalNumbers(v)
    }
    return out
  })
}

export interface OneSheetLedger<K extends string> {
  title: string
  sheetName: string
  columns: readonly LedgerColumn<K>[]
  rows: readonly Partial<Record<K, LedgerCell>>[]
  /** 条 / 件 / 次 / 项 — the count's measure word in the subtitle. */
  unit: string
}

/** One workbook, one sheet, the bytes. */
export async function oneSheetLedger<K extends string>(spec: OneSheetLedger<K>, options: LedgerOptions): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = '乡约'
  const at = new Date(options.exportedAt)
  if (!Number.isNaN(at.getTime())) {
    workbook.created = at
    workbook.modified = at
  }
  addLedgerSheet(workbook, {
    title: spec.title,
    sheetName: spec.sheetName,
    subtitle: subtitleOf(options, spec.rows.length, spec.unit),
    columns: spec.columns,
    rows: options.reveal ? spec.rows : sweepText(spec.columns, spec.rows),
  })
  return workbookBytes(workbook)
}

/** '、'-joined list, blanks dropped. */
export function listCell(items: readonly (string | undefined)[] | undefined): string {
  return (items ?? []).filter((s): s is string => !!s && s.trim() !== '').join('、')
}

export function yesNo(value: boolean | undefined): string {
  return value === undefined ? '' : value ? '是' : '否'
}
