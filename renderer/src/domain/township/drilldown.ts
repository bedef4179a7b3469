/**
 * 村详情 (drill-down): one village's matters as the township reads them, with their PDFs.
 *
 * Input:  villageMatters(bundles of ONE village, { year?, disclosureStartDays? })
 * Output: MatterLine[], newest decision first (undecided last): title, 决议日期, 结果 in words,
 *         决议公开 date, whether 公开 is overdue (summary.ts rule), 办理状态, and its PDFs — the names
 *         the record lists, else its notices' PDFs (by notice id), else the bundle's PDFs whose
 *         name contains the matter's title — each
 *         with the bundle that holds it, so the app can read the file.
 *         With `year`, only matters decided in that year (and undecided ones) are listed.
 */
import { DEFAULT_DISCLOSURE_START_DAYS, disclosureOverdue, mergeArea, type ReceivedBundle } from './summary'
import { readMatters } from './records'
import { MATTER_STATE_LABELS } from '@/domain/decisions/model'

export interface MatterLine {
  key: string
  title: string
  decidedOn: string | null
  result: '通过' | '未通过' | '未表决'
  resolutionPublishedOn: string | null
  overdue: boolean
  state: string | null
  pdfs: { name: string; bundleSha256: string }[]
}

/** The village's matter states in words (a code from the bundle reads as words). */
const STATE_LABELS: Readonly<Record<string, string>> = MATTER_STATE_LABELS

export function stateLabel(state: string | null): string | null {
  return state === null ? null : (STATE_LABELS[state] ?? state)
}

export function villageMatters(
  bundles: readonly ReceivedBundle[],
  options: { year?: number; disclosureStartDays?: number } = {},
): MatterLine[] {
  const days = options.disclosureStartDays ?? DEFAULT_DISCLOSURE_START_DAYS
  const held = mergeArea(bundles, 'matters', readMatters).filter(
    (h) => options.year === undefined || h.fact.decidedOn === null || h.fact.decidedOn.startsWith(`${options.year}-`),
  )
  const lines = held.map(({ fact, from }, i): MatterLine => {
    const named = fact.pdfs.filter((n) => from.pdfNames.includes(n))
    // the village names a notice's PDF …-<last 6 of the notice id>.pdf (app/exchange pdfNameOf)
    const byNotice = from.pdfNames.filter((n) => fact.noticeIds.some((id) => id.length >= 6 && n.endsWith(`-${id.slice(-6)}.pdf`)))
    const compactTitle = fact.title.replace(/\s+/g, '')
    const pdfs =
      named.length > 0
        ? named
        : byNotice.length > 0
          ? byNotice
          : compactTitle.length >= 2
            ? from.pdfNames.filter((n) => n.includes(compactTitle))
            : []
    return {
      key: fact.id ?? `${from.sha256}:${i}`,
      title: fact.title,
      decidedOn: fact.decidedOn,
      result: fact.passed === true ? '通过' : fact.passed === false ? '未通过' : '未表决',
      resolutionPublishedOn: fact.resolutionPublishedOn,
      overdue: disclosureOverdue(fact, from.period.to, days),
      state: stateLabel(fact.state),
      pdfs: pdfs.map((name) => ({ name, bundleSha256: from.sha256 })),
    }
  })
  return lines.sort((a, b) => (b.decidedOn ?? '').localeCompare(a.decidedOn ?? '') || a.title.localeCompare(b.title, 'zh-CN'))
}
