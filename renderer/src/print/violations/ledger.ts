/**
 * 违约处理台账 for a year — buildViolationLedgerDoc(data, village): PrintDocument.
 *
 * Input: { cases: every case of the village (those REGISTERED in `year` are listed, in
 *          registration order: domain timeline.ts ledgerRows), year, parties: the registry's
 *          names by villagerId, benefits: the village list (names of suspended benefits),
 *          preparedOn: 制表日期 'YYYY-MM-DD' (also the day a rectification counts as overdue on),
 *          names?: 'full' (default) | 'masked' }.
 * Output: a landscape A4 ledger (print/ledger.ts: header row repeated on every page, rows never
 *   split, “第 n 页 共 m 页”) with the columns 编号、登记日期、当事人（户）、行为、所依条款、处理措施、
 *   告知/申辩、决定日期、整改、恢复日期、状态, and a footer with the count and 制表人.
 *   Dates in the ledger's own year are printed without it (“10月21日”; the subtitle names the
 *   year), others in full (“2027年1月5日”), so the eleven columns fit a landscape page.
 *
 * Privacy (design principle 5), chosen so: this is an internal register kept in the committee's
 * files as the record of whom it handled and how (principle 3: records are evidence), so the
 * party is named in full with their 村民小组 and 户 — a register with 李某 would not say which
 * 李. ID numbers and phone numbers are never printed: the ledger has no column for them (it needs
 * none to identify a villager within the village), and any full ID/mobile typed into the facts is
 * masked. No address below the 村民小组. For a copy that leaves the office (e.g. to the township),
 * `names: 'masked'` prints every name as maskName does (李*, 李*明).
 * A case number must be unique in the village: rows are matched to their case by it. Pure.
 */
import { formatChineseDate } from '@/domain/calendar/calendar'
import { maskName } from '@/domain/people/masking'
import type { Benefit } from '@/domain/violations/benefits'
import type { Measure, ViolationCase } from '@/domain/violations/case'
import { isRectificationOverdue } from '@/domain/violations/lifecycle'
import { ledgerRows } from '@/domain/violations/timeline'
import type { VillageProfile } from '@/domain/village/profile'
import { buildLedgerDoc } from '../ledger'
import type { PrintDocument } from '../pdf-types'
import type { TableColumn, TableRow } from '../table'
import { scrubber } from './letter'
import { clause, type Party } from './wording'

/** 全角空格 between the subtitle's parts (as typed in Word). */
const GAP = '\u3000'

export interface ViolationLedgerInput {
  cases: readonly ViolationCase[]
  year: number
  parties: Readonly<Record<string, Party>>
  benefits: readonly Benefit[]
  preparedOn: string
  names?: 'full' | 'masked'
}

export const VIOLATION_LEDGER_COLUMNS: readonly TableColumn[] = [
  { header: '编号', key: 'caseNo', width: 52 },
  { header: '登记日期', key: 'reportDate', width: 46, align: 'center' },
  { header: '当事人（户）', key: 'party', width: 64 },
  { header: '行为', key: 'act' },
  { header: '所依条款', key: 'articles', width: 64 },
  { header: '处理措施', key: 'measures' },
  { header: '告知/申辩', key: 'hearing', width: 70 },
  { header: '决定日期', key: 'decisionDate', width: 46, align: 'center' },
  { header: '整改', key: 'rectification', width: 54 },
  { header: '恢复日期', key: 'restorationDate', width: 46, align: 'center' },
  { header: '状态', key: 'status', width: 48, align: 'center' },
]

/** “10月21日” inside the ledger's year, “2027年1月5日” outside it, '' for none. */
export function ledgerDate(iso: string | undefined, year: number): string {
  if (!iso) return ''
  const full = formatChineseDate(iso)
  return iso.startsWith(`${year}-`) ? full.slice(full.indexOf('年') + 1) : full
}

function partyCell(party: Party | undefined, masked: boolean): string {
  if (!party) return '（未找到村民）'
  const show = (n: string) => (masked ? maskName(n) : n.trim())
  const group = party.group?.trim() ? `（${party.group.trim()}）` : ''
  const head = party.householdHead?.trim()
  const household = head && head !== party.name.trim() ? `\n${show(head)}户` : ''
  return `${show(party.name)}${group}${household}`
}

function measuresCell(c: ViolationCase, benefits: readonly Benefit[], year: number): string {
  const d = c.decision
  if (!d) return ''
  const one = (m: Measure) =>
    m.kind === '暂停享受福利' ? `暂停享受“${benefits.find((b) => b.id === m.benefitId)?.name ?? m.benefitId ?? ''}”` : m.kind
  const text = d.measures.map(one).join('、')
  return d.reversal ? `${text}（${ledgerDate(d.reversal.date, year)}撤销）` : text
}

function hearingCell(c: ViolationCase, year: number): string {
  const n = c.notification
  if (!n) return ''
  const served = `${ledgerDate(n.serviceDate, year)}${n.serviceMethod}`
  const h = c.hearing
  if (!h) return `${served}；申辩期至${ledgerDate(n.period.lastDay, year)}`
  if (h.kind === 'none') return `${served}；期满未申辩`
  if (h.kind === 'waived') return `${served}；${ledgerDate(h.date, year)}书面放弃申辩`
  const response = h.response ? `，${ledgerDate(h.response.date, year)}答复` : ''
  return `${served}；${ledgerDate(h.date, year)}陈述申辩${response}`
}

function rectificationCell(c: ViolationCase, year: number, preparedOn: string): string {
  const r = c.rectification
  if (!r) return ''
  const passed = r.verifications.find((v) => v.passed)
  if (passed) return `${ledgerDate(passed.date, year)}验收合格`
  return `限${ledgerDate(r.deadline, year)}前${isRectificationOverdue(c, preparedOn) ? '，已逾期' : ''}`
}

function articlesCell(c: ViolationCase): string {
  const conduct = c.assessment?.conductArticle.number
  const handling = (c.decision ?? c.notification)?.handlingArticle.number
  return [conduct ? `违反${conduct}` : '', handling ? `依据${handling}` : ''].filter(Boolean).join('\n')
}

export function violationLedgerRows(data: ViolationLedgerInput, village: VillageProfile): TableRow[] {
  const scrub = scrubber(village)
  const byNo = new Map<string, ViolationCase[]>()
  for (const c of data.cases) byNo.set(c.caseNo, [...(byNo.get(c.caseNo) ?? []), c])
  const masked = data.names === 'masked'
  return ledgerRows(data.cases, data.year).map((row) => {
    const c = byNo.get(row.caseNo)?.shift()
    if (!c) throw new Error(`台账行${row.caseNo}找不到对应案件`)
    const y = data.year
    return {
      caseNo: row.caseNo,
      reportDate: ledgerDate(row.reportDate, y),
      party: partyCell(data.parties[row.villagerId], masked),
      act: scrub(
        `${ledgerDate(row.actDate, y)}，${clause(masked ? maskIn(c.report.facts, data.parties[row.villagerId]) : c.report.facts)}`,
      ),
      articles: articlesCell(c),
      measures: measuresCell(c, data.benefits, y),
      hearing: hearingCell(c, y),
      decisionDate: ledgerDate(row.decisionDate, y) + (c.decision?.body === '村民代表会议' ? '\n（代表会议）' : ''),
      rectification: rectificationCell(c, y, data.preparedOn),
      restorationDate: ledgerDate(row.restorationDate, y),
      status: row.status,
    }
  })
}

/** In a masked copy the party's own name in the facts is masked too. */
function maskIn(text: string, party: Party | undefined): string {
  if (!party) return text
  let out = text
  for (const n of [party.name, party.householdHead]) {
    const name = n?.trim()
    if (name) out = out.split(name).join(maskName(name))
  }
  return out
}

export function buildViolationLedgerDoc(data: ViolationLedgerInput, village: VillageProfile): PrintDocument {
  const rows = violationLedgerRows(data, village)
  return buildLedgerDoc({
    title: `${village.villageName}违约处理台账（${data.year}年度）`,
    subtitle: `${village.committeeName}${GAP}登记日期：${data.year}年1月1日至12月31日${GAP}制表日期：${formatChineseDate(data.preparedOn)}`,
    columns: VIOLATION_LEDGER_COLUMNS,
    rows,
    orientation: 'landscape',
    footerNote: `共${rows.length}件。表中未注明年份的日期均为${data.year}年。制表人：${village.secretaryName.trim()}${GAP}${GAP}审核人：`,
  })
}
