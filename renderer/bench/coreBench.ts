/**
 * Core-domain benchmark page (built only for `npm run bench`, never shipped): the figures issues
 * 12–14 budget, on the large sample village, in Chromium. Results land in window.__coreBench.
 *
 * - meeting_roster_10000_ms: build the 村民会议 roster of the large village on a date (frozen,
 *   with every exclusion and its reason) and evaluate a vote on it; one warm-up, median of 5.
 * - suspensions_on_ms: suspensionsOn over ~1,000 sample cases on a date; median of 21 dates.
 * - compact_review_ms: reviewing every article of the sample compact after one keystroke, the
 *   worst case (every article's text changed, so no cached result helps); max of 21 rounds.
 * - compact_pdf_ms: the sample compact (~45 articles) as a PDF through the worker, warm; median of 3.
 */
import { benchVillage, median, publishBench } from './page'
import { reviewCompact } from '@/domain/compact/reviewArticle'
import { sampleCompact } from '@/domain/compact/sampleCompact'
import { evaluateVote } from '@/domain/meetings/evaluateVote'
import { buildRoster } from '@/domain/meetings/roster'
import { suspensionsOn } from '@/domain/violations/suspensionsOn'
import { buildCompactDoc } from '@/print/compact/compactDoc'
import { renderPdf } from '@/print/render'
import { generateSampleVillage } from '@/sample/generateVillage'
import { sampleViolations } from '@/sample/violationCases'

const round = (ms: number) => Math.round(ms * 10) / 10

function timeSync(fn: () => unknown): number {
  const t0 = performance.now()
  fn()
  return performance.now() - t0
}

async function run() {
  const large = generateSampleVillage('large')

  const roster = () => {
    const frozen = buildRoster({
      body: 'villagers_meeting',
      meetingDate: '2026-11-20',
      villagers: large.villagers,
      households: large.households,
    })
    const present = Math.ceil(frozen.counts.entitled * 0.6)
    return evaluateVote({
      body: 'villagers_meeting',
      counts: { entitled: frozen.counts.entitled, present, yes: Math.ceil(present * 0.6), no: 10, abstain: 0, invalid: 0 },
    })
  }
  roster()
  const rosterRuns = Array.from({ length: 5 }, () => timeSync(roster))

  const { cases } = sampleViolations({
    villagers: large.villagers.map((v) => ({ id: v.id, householdId: v.householdId, name: v.name })),
    today: '2026-11-20',
  })
  const dates = Array.from({ length: 21 }, (_, i) => `${2017 + (i % 10)}-0${1 + (i % 9)}-15`)
  suspensionsOn(cases, dates[0]!)
  const suspensionRuns = dates.map((d) => timeSync(() => suspensionsOn(cases, d)))

  const latest = sampleCompact.versions.at(-1)!
  const reviewRuns = Array.from({ length: 21 }, (_, round) =>
    timeSync(() => reviewCompact({ articles: latest.articles.map((a) => ({ ...a, text: `${a.text}${'。'.repeat(round + 1)}` })) })),
  )

  await renderPdf(() => buildCompactDoc({ compact: sampleCompact }, benchVillage))
  const pdfRuns: number[] = []
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now()
    await renderPdf(() => buildCompactDoc({ compact: sampleCompact }, benchVillage))
    pdfRuns.push(performance.now() - t0)
  }

  return {
    meeting_roster_10000_ms: round(median(rosterRuns)),
    meeting_roster_entitled: buildRoster({
      body: 'villagers_meeting',
      meetingDate: '2026-11-20',
      villagers: large.villagers,
      households: large.households,
    }).counts.entitled,
    suspensions_on_ms: round(median(suspensionRuns)),
    suspensions_cases: cases.length,
    compact_review_ms: round(Math.max(...reviewRuns)),
    compact_review_articles: latest.articles.length,
    compact_pdf_ms: round(median(pdfRuns)),
  }
}

publishBench('__coreBench', run)
