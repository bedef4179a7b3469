/**
 * 四议两公开台账 for a year — buildDecisionLedgerDoc(data, village): PrintDocument.
 *
 * Input: { matters: the village's matters (those whose ① — or, before it, their creation — falls
 *          in `year` are listed, in that order), year, preparedOn: 制表日期 'YYYY-MM-DD' }.
 * Output: a landscape A4 ledger (print/ledger.ts: header row repeated on every page, rows never
 *   split, “第 n 页 共 m 页”), one row per matter: 序号 | 事项 | 动议事由 | ①提议 | ②商议 | ③审议 |
 *   ④决议 | ⑤决议公开 | ⑥实施结果公开 | 状态. A meeting step shows each attempt's date and result
 *   (“3月6日／未通过”, “3月10日／通过”, a line each), ④ its body and counts; ⑤ and ⑥ their 公示期, ⑥ the cost.
 *   Dates within the ledger's year are printed without it (“3月15日”; the subtitle names the
 *   year), others in full (“2027年1月5日”), so the ten columns fit a page. A footer gives the
 *   counts by state and 制表人.
 *
 * Privacy (design principle 5): no person is named (a matter is the committee's, not a villager's);
 * typed text is masked of full ID and mobile numbers. Pure.
 */
import { formatChineseDate } from '@/domain/calendar/calendar'
import { MATTER_STATE_LABELS, type Matter, type MatterState, type MeetingStep } from '@/domain/decisions/model'
import { BODY_LABELS } from '@/domain/rules/profile'
import type { VillageProfile } from '@/domain/village/profile'
import { buildLedgerDoc } from '../ledger'
import type { PrintDocument } from '../pdf-types'
import type { TableColumn, TableRow } from '../table'
import { GAP, scrubber } from './form'
import { outcomeWord } from './wording'
import { yuan } from './registerForm'

export interface DecisionLedgerInput {
  matters: readonly Matter[]
  year: number
  preparedOn: string
}

export const DECISION_LEDGER_COLUMNS: readonly TableColumn[] = [
  { header: '序号', key: 'seq', width: 26, align: 'center' },
  { header: '事项', key: 'title' },
  { header: '动议事由', key: 'source', width: 50, align: 'center' },
  { header: '①提议', key: 's1', width: 62 },
  { header: '②商议', key: 's2', width: 62 },
  { header: '③审议', key: 's3', width: 62 },
  { header: '④决议', key: 's4', width: 86 },
  { header: '⑤决议公开', key: 's5', width: 70 },
  { header: '⑥实施结果公开', key: 's6', width: 84 },
  { header: '状态', key: 'state', width: 50, align: 'center' },
]

/** “3月15日” inside the ledger's year, “2027年1月5日” outside it. */
export function ledgerDate(iso: string | undefined, year: number): string {
  if (!iso) return ''
  const full = formatChineseDate(iso)
  return iso.startsWith(`${year}-`) ? full.slice(full.indexOf('年') + 1) : full
}

/** The day a matter is filed under: its ① (or the first meeting), else the day it was created. */
export function matterYearDate(m: Matter): string {
  return m.steps[0]?.date ?? m.createdAt.slice(0, 10)
}

function attemptWords(s: MeetingStep, year: number, withBody: boolean): string {
  // date, (body,) result each on its own line: the step columns stay narrow enough for ten columns
  const body = withBody ? `${BODY_LABELS[s.body]}\n` : ''
  const counts = withBody ? `（应到${s.outcome.entitled}，实到${s.outcome.present}）` : ''
  return `${ledgerDate(s.date, year)}\n${body}${outcomeWord(s.outcome)}${counts}`
}

function stepCell(m: Matter, n: 1 | 2 | 3 | 4, year: number): string {
  const attempts = m.steps.filter((s) => s.step === n)
  if (n === 2 && attempts.length === 0 && m.steps.some((s) => s.step === 1 && s.mergedWith === 2)) return '与①合并召开'
  return attempts.map((s) => attemptWords(s, year, n === 4)).join('\n')
}

function periodCell(start: string | undefined, end: string | undefined, year: number): string {
  if (!start) return ''
  return end ? `${ledgerDate(start, year)}至\n${ledgerDate(end, year)}` : `自${ledgerDate(start, year)}起`
}

export function decisionLedgerRows(data: DecisionLedgerInput, village: VillageProfile): TableRow[] {
  const scrub = scrubber(village)
  return listedMatters(data).map((m, i) => {
    const d = m.disclosures.at(-1)
    const impl = m.implementation
    const six = impl
      ? [
          periodCell(impl.start, impl.end, data.year),
          impl.cost !== undefined ? `费用${yuan(impl.cost)}` : '',
          impl.acceptance?.result ?? '',
        ]
          .filter(Boolean)
          .join('\n')
      : ''
    return {
      seq: i + 1,
      title: scrub(m.title),
      source: m.motionSource,
      s1: stepCell(m, 1, data.year),
      s2: stepCell(m, 2, data.year),
      s3: stepCell(m, 3, data.year),
      s4: stepCell(m, 4, data.year),
      s5: d ? periodCell(d.start, d.end, data.year) + (d.outcome === 'returned_to_review' ? '\n异议未化解，退回审议' : '') : '',
      s6: six,
      state: MATTER_STATE_LABELS[m.state],
    }
  })
}

export function listedMatters(data: Pick<DecisionLedgerInput, 'matters' | 'year'>): Matter[] {
  return data.matters
    .filter((m) => matterYearDate(m).startsWith(`${data.year}-`))
    .sort((a, b) => (matterYearDate(a) < matterYearDate(b) ? -1 : matterYearDate(a) > matterYearDate(b) ? 1 : a.id < b.id ? -1 : 1))
}

export function buildDecisionLedgerDoc(data: DecisionLedgerInput, village: VillageProfile): PrintDocument {
  const listed = listedMatters(data)
  const byState = new Map<MatterState, number>()
  for (const m of listed) byState.set(m.state, (byState.get(m.state) ?? 0) + 1)
  const counts = [...byState.entries()].map(([s, n]) => `${MATTER_STATE_LABELS[s]}${n}件`).join('，')
  const note = listed.length > 0 ? `共${listed.length}件：${counts}。` : `${data.year}年度无“四议两公开”事项。`
  return buildLedgerDoc({
    title: `${village.villageName}“四议两公开”台账（${data.year}年度）`,
    subtitle: `${village.committeeName}${GAP}制表日期：${formatChineseDate(data.preparedOn)}`,
    columns: DECISION_LEDGER_COLUMNS,
    rows: decisionLedgerRows(data, village),
    orientation: 'landscape',
    footerNote: `${note}\n制表人：${village.secretaryName.trim()}${GAP}${GAP}审核人：`,
  })
}
