/** Fixtures of the 村规民约 print tests. */
import type { Compact } from '@/domain/compact/model'
import { sampleCompactFor } from '@/domain/compact/sampleCompact'
import type { FilingMeeting, FilingReportInput } from './filingReport'

/** The sample compact (45 articles, 6 chapters, 3 versions) of the test village 东风村. */
export const sample = sampleCompactFor('东风村')
/** Its first version alone: an adoption, not an amendment. */
export const firstOnly: Compact = { ...sample, versions: [sample.versions[0]!] }

export const meeting: FilingMeeting = {
  basis: 'villagers',
  entitled: 856,
  present: 612,
  womenPresent: 287,
  votesFor: 580,
  votesAgainst: 12,
  abstentions: 20,
}

export const filingInput = (over: Partial<FilingReportInput> = {}): FilingReportInput => ({
  compact: firstOnly,
  review: { submittedOn: '2021-01-10', date: '2021-01-20', outcome: 'approved' },
  meeting,
  publishedOn: '2021-02-27',
  reportDate: '2021-03-01',
  ...over,
})

/**
 * One-line articles placed so that the second chapter heading would fall on the first page's last
 * line: title + blank (2 lines), 第一章 (1), 17 articles, blank (1) → line 22. `lastChapterArticles`
 * articles follow in 第二章.
 */
export function headingAtPageEnd(lastChapterArticles = 2): Compact {
  const articles = Array.from({ length: 17 }, (_, i) => ({
    number: i + 1,
    chapter: 1,
    role: 'general' as const,
    text: '村民应当遵守本村规民约。',
  }))
  const tail = ['本村规民约由村民委员会负责解释。', '本村规民约自公布之日起施行。']
  for (let i = 0; i < lastChapterArticles; i++) articles.push({ number: 18 + i, chapter: 2, role: 'general', text: tail[i % 2]! })
  return {
    title: '东风村村规民约',
    versions: [
      {
        id: 'v1',
        effectiveFrom: '2026-03-01',
        adoptedAt: '2026-02-26',
        chapters: [
          { number: 1, title: '总则' },
          { number: 2, title: '附则' },
        ],
        articles,
      },
    ],
  }
}
