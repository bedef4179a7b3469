/**
 * Excel 台账 for the township (issue 15 item 3). Each builder is pure: data + options in, the .xlsx
 * bytes out (Promise<Uint8Array>), masked unless `reveal: true` (the caller audits a reveal).
 *
 *   buildMatterLedger({ matters: MatterLedgerRow[], period? })             四议两公开台账
 *   buildMeetingLedger({ meetings: MeetingLedgerRow[], period? })          会议台账
 *   buildCompactVersionLedger({ versions: CompactVersionLedgerRow[] })     村规民约版本台账
 *   buildViolationLedger({ cases: ViolationCase[], year, parties })        违约处理台账
 *   buildNoticeLedger({ notices: Notice[], year? })                        公示台账
 *   (人员花名册: exchange/roster/export.ts buildRosterWorkbook)
 *
 * options: { villageName, exportedAt (ISO instant), reveal? }.
 * Layout (title, subtitle, header, widths, frozen header, A4 landscape, header repeated on print,
 * borders, formula-safe text, real dates): exchange/spreadsheet/sheet.ts.
 */
export { MASKED_NOTE, REVEALED_NOTE, type LedgerOptions } from './common'
export {
  buildCompactVersionLedger,
  COMPACT_VERSION_LEDGER_SHEET,
  type CompactVersionLedgerData,
  type CompactVersionLedgerRow,
} from './compactVersions'
export { buildMatterLedger, MATTER_LEDGER_SHEET, type MatterLedgerData, type MatterLedgerRow } from './matters'
export { buildMeetingLedger, MEETING_LEDGER_SHEET, type MeetingLedgerData, type MeetingLedgerRow } from './meetings'
export { buildNoticeLedger, NOTICE_LEDGER_SHEET, type NoticeLedgerData } from './notices'
export { buildViolationLedger, VIOLATION_LEDGER_SHEET, type LedgerParty, type ViolationLedgerData } from './violations'
