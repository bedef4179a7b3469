/**
 * 乡镇汇总 (the township's table): verified bundles from many villages → one row per village.
 *
 * Input:  summariseVillages(bundles: ReceivedBundle[], { year, disclosureStartDays? })
 *         Every bundle here has already passed verification (app/township refuses the others).
 * Output: VillageRow[], ordered by 区划代码, each with
 *   mattersDecided    本年决议通过事项: matters whose ④ passed in `year`
 *   mattersRejected   本年决议未通过
 *   quorumFailures    本年未达法定人数的会议: meetings in data/meetings.json marked so, and the
 *                     matters' own ①–④ meetings whose outcome says so, each meeting counted once
 *   disclosureOverdue 决议公开逾期: of this year's passed matters, those whose 决议公开 began more
 *                     than `disclosureStartDays` (default 7, local practice) after ④, or had not
 *                     begun by then as of the end of the bundle's 报送期间 (what the village knew
 *                     when it reported; the township cannot know what happened since)
 *   compact           the newest 村规民约 version (by 施行日期) with its 备案 date (the version's
 *                     filedOn, else the filing on data/compact.json's procedure that adopted it), or null
 *   openCases         违约处理 cases not 已结案
 *   lastBundleOn      Beijing date the newest bundle was made; lastPeriod its 报送期间
 *   warnings          chain.ts findings (gap, fork, key change)
 *
 * A village sends a bundle per period, and periods may overlap (a half-year, then the whole year):
 * records are merged by id, the newest bundle's copy winning. A record without an id cannot be
 * matched across bundles, so only the newest bundle that holds its area is read for it.
 */
import { addDays } from '@/domain/calendar/calendar'
import { beijingDate } from '@/domain/calendar/clock'
import type { Finding } from '@/domain/law/findings'
import { byCreation, chainFindings } from './chain'
import {
  readCases,
  readCompactFilings,
  readCompactVersions,
  readMatters,
  readMeetings,
  type CompactFiling,
  type CompactVersionFact,
  type MatterFact,
} from './records'

export interface ReceivedBundle {
  /** SHA-256 of the bundle file */
  sha256: string
  village: { name: string; code: string }
  period: { from: string; to: string }
  /** ISO UTC instant */
  createdAt: string
  previousBundleSha256: string | null
  fingerprint: string
  rotatedFrom: string | null
  /** area → the parsed content of data/<area>.json */
  data: Readonly<Record<string, unknown>>
  /** names of its PDFs (pdf/<name>) */
  pdfNames: readonly string[]
}

export interface TownshipOptions {
  year: number
  /** 决议公开 should begin within this many calendar days after ④ (local practice, default 7) */
  disclosureStartDays?: number
}

export const DEFAULT_DISCLOSURE_START_DAYS = 7

export interface VillageRow {
  code: string
  name: string
  bundleCount: number
  mattersDecided: number
  mattersRejected: number
  quorumFailures: number
  disclosureOverdue: number
  compact: { version: string; effectiveFrom: string | null; filedOn: string | null } | null
  openCases: number
  lastBundleOn: string
  lastPeriod: { from: string; to: string }
  fingerprint: string
  warnings: Finding[]
}

/** One record as the township holds it, with the bundle it was last read from. */
export interface Held<T> {
  fact: T
  from: ReceivedBundle
}

/** Records of one area across a village's bundles: by id, newest bundle winning (see header). */
export function mergeArea<T extends { id: string | null }>(
  bundles: readonly ReceivedBundle[],
  area: string,
  read: (value: unknown) => T[],
): Held<T>[] {
  const ordered = [...bundles].sort(byCreation)
  const byId = new Map<string, Held<T>>()
  let anonymous: Held<T>[] = []
  for (const bundle of ordered) {
    if (!Object.hasOwn(bundle.data, area)) continue
    const facts = read(bundle.data[area])
    anonymous = []
    for (const fact of facts) {
      if (fact.id === null) anonymous.push({ fact, from: bundle })
      else byId.set(fact.id, { fact, from: bundle })
    }
  }
  return [...byId.values(), ...anonymous]
}

const inYear = (date: string | null, year: number) => date !== null && date.startsWith(`${year}-`)

/** 决议公开逾期 (see header): late, or not begun by the end of the reported period. */
export function disclosureOverdue(matter: MatterFact, reportedUntil: string, days = DEFAULT_DISCLOSURE_START_DAYS): boolean {
  if (matter.passed !== true || matter.decidedOn === null) return false
  const due = addDays(matter.decidedOn, days)
  if (matter.resolutionPublishedOn !== null) return matter.resolutionPublishedOn > due
  return reportedUntil > due
}

/** The newest version by 施行日期; its 备案 from the version itself, else from the procedure that adopted it. */
function newestCompact(versions: Held<CompactVersionFact>[], filings: readonly CompactFiling[]): VillageRow['compact'] {
  const sorted = versions.map((h) => h.fact).sort((a, b) => (a.effectiveFrom ?? '').localeCompare(b.effectiveFrom ?? ''))
  const newest = sorted.at(-1)
  if (!newest) return null
  const filing =
    filings.find((f) => f.effectiveFrom !== null && f.effectiveFrom === newest.effectiveFrom) ??
    filings.find((f) => f.adoptedOn !== null && f.adoptedOn === newest.adoptedOn)
  return { version: newest.version, effectiveFrom: newest.effectiveFrom, filedOn: newest.filedOn ?? filing?.filedOn ?? null }
}

/** 未达法定人数的会议 in `year`: meetings.json's and the matters' own steps, each meeting once. */
function quorumFailuresIn(matters: Held<MatterFact>[], bundles: readonly ReceivedBundle[], year: number): number {
  const failed = new Set<string>()
  for (const { fact } of mergeArea(bundles, 'meetings', readMeetings))
    if (fact.quorumMet === false && inYear(fact.date, year)) failed.add(fact.id ?? `meeting:${fact.date}:${fact.body}`)
  for (const { fact } of matters)
    for (const f of fact.quorumFailures) if (inYear(f.date, year)) failed.add(f.meetingId ?? `matter:${fact.id ?? fact.title}:${f.date}`)
  return failed.size
}

/** One village's row, from its bundles (all of the same village code). */
export function summariseVillage(bundles: readonly ReceivedBundle[], options: TownshipOptions): VillageRow {
  if (bundles.length === 0) throw new RangeError('没有报送包，无法汇总')
  const ordered = [...bundles].sort(byCreation)
  const newest = ordered.at(-1)!
  const { year } = options
  const days = options.disclosureStartDays ?? DEFAULT_DISCLOSURE_START_DAYS

  const matters = mergeArea(ordered, 'matters', readMatters)
  const decidedThisYear = matters.filter((h) => inYear(h.fact.decidedOn, year))
  const newestCompactFile = [...ordered].reverse().find((b) => Object.hasOwn(b.data, 'compact'))
  const filings = newestCompactFile ? readCompactFilings(newestCompactFile.data.compact) : []

  return {
    code: newest.village.code,
    name: newest.village.name,
    bundleCount: ordered.length,
    mattersDecided: decidedThisYear.filter((h) => h.fact.passed === true).length,
    mattersRejected: decidedThisYear.filter((h) => h.fact.passed === false).length,
    quorumFailures: quorumFailuresIn(matters, ordered, year),
    disclosureOverdue: decidedThisYear.filter((h) => disclosureOverdue(h.fact, h.from.period.to, days)).length,
    compact: newestCompact(mergeArea(ordered, 'compactVersions', readCompactVersions), filings),
    openCases: mergeArea(ordered, 'violations', readCases).filter((h) => h.fact.open).length,
    lastBundleOn: beijingDate(new Date(newest.createdAt)),
    lastPeriod: { ...newest.period },
    fingerprint: newest.fingerprint,
    warnings: chainFindings(newest.village.name, ordered),
  }
}

/** The whole table: bundles of any villages, in any order → one row per village code. */
export function summariseVillages(bundles: readonly ReceivedBundle[], options: TownshipOptions): VillageRow[] {
  const byVillage = new Map<string, ReceivedBundle[]>()
  for (const b of bundles) byVillage.set(b.village.code, [...(byVillage.get(b.village.code) ?? []), b])
  return [...byVillage.keys()].sort().map((code) => summariseVillage(byVillage.get(code)!, options))
}
