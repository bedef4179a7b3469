/**
 * 违约处理台账 (.xlsx): one row per violation case registered (登记日期) in the year, in
 * registration order — the rows of domain/violations/timeline.ts `ledgerRows`, with the party's
 * name, ID, phone and 村民小组 looked up by the caller (the case stores ids only).
 *
 * Input:  buildViolationLedger({ cases: ViolationCase[], year: 2026, parties: Map<villagerId, LedgerParty> },
 *                              { villageName, exportedAt, reveal? })
 * Output: Promise<Uint8Array> — the .xlsx bytes, one sheet '违约处理台账'.
 *
 * Masked by default: 身份证号 via maskIdNumber, 联系电话 via maskPhone, and the party's name via
 * maskName (王*山). The name too, because this is a list of sanctioned villagers that leaves the
 * village: the 违约处理公示 itself prints only “李某” unless a reason is recorded (publicName.ts),
 * and 案件编号 + masked name + masked ID is enough for the township to ask about a case.
 * `reveal: true` writes everything in full (the caller audits it).
 */
import type { ViolationCase } from '@/domain/violations/case'
import { ledgerRows } from '@/domain/violations/timeline'
import type { LedgerColumn } from '@/exchange/spreadsheet/sheet'
import { oneSheetLedger, personMasks, type LedgerOptions } from './common'

export interface LedgerParty {
  name: string
  idNumber?: string
  phone?: string
  /** 村民小组 */
  groupName?: string
}

export interface ViolationLedgerData {
  cases: readonly ViolationCase[]
  year: number
  /** villagerId → the party as the registry has them. */
  parties: ReadonlyMap<string, LedgerParty>
}

export const VIOLATION_LEDGER_SHEET = '违约处理台账'

/** Shown when the case's villager is not in the registry (never a blank that hides it). */
export const UNKNOWN_PARTY = '（档案中未找到）'

type Key =
  | 'no'
  | 'caseNo'
  | 'reportDate'
  | 'actDate'
  | 'name'
  | 'idNumber'
  | 'phone'
  | 'group'
  | 'conductArticle'
  | 'measures'
  | 'decisionDate'
  | 'rectification'
  | 'restorationDate'
  | 'status'

export const VIOLATION_LEDGER_COLUMNS: readonly LedgerColumn<Key>[] = [
  { header: '序号', key: 'no', width: 6, kind: 'number' },
  { header: '案件编号', key: 'caseNo', width: 22, kind: 'text' },
  { header: '登记日期', key: 'reportDate', width: 12, kind: 'date' },
  { header: '行为发生日期', key: 'actDate', width: 12, kind: 'date' },
  { header: '当事人', key: 'name', width: 10, kind: 'text' },
  { header: '身份证号', key: 'idNumber', width: 21, kind: 'text' },
  { header: '联系电话', key: 'phone', width: 14, kind: 'text' },
  { header: '村民小组', key: 'group', width: 10, kind: 'text' },
  { header: '违反条款', key: 'conductArticle', width: 12, kind: 'text' },
  { header: '处理措施', key: 'measures', width: 26, kind: 'text' },
  { header: '决定日期', key: 'decisionDate', width: 12, kind: 'date' },
  { header: '整改情况', key: 'rectification', width: 18, kind: 'text' },
  { header: '恢复日期', key: 'restorationDate', width: 12, kind: 'date' },
  { header: '办理状态', key: 'status', width: 16, kind: 'text' },
]

export async function buildViolationLedger(data: ViolationLedgerData, options: LedgerOptions): Promise<Uint8Array> {
  const mask = personMasks(options.reveal)
  const rows = ledgerRows(data.cases, data.year).map((r, i) => {
    const party = data.parties.get(r.villagerId)
    return {
      no: i + 1,
      caseNo: r.caseNo,
      reportDate: r.reportDate,
      actDate: r.actDate,
      name: party ? mask.name(party.name) : UNKNOWN_PARTY,
      idNumber: mask.id(party?.idNumber),
      phone: mask.phone(party?.phone),
      group: party?.groupName ?? '',
      conductArticle: r.conductArticle,
      measures: r.measures,
      decisionDate: r.decisionDate,
      rectification: r.rectification,
      restorationDate: r.restorationDate,
      status: r.status,
    }
  })
  return oneSheetLedger(
    {
      title: `${options.villageName}${data.year}年度违约处理台账`,
      sheetName: VIOLATION_LEDGER_SHEET,
      columns: VIOLATION_LEDGER_COLUMNS,
      rows,
      unit: '件',
    },
    options,
  )
}
