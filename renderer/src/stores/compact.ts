/**
 * 村规民约 store: a cache of the village's one compact row. Every step is a use case in app/compact
 * (the domain decides, one audited unit writes); the store replaces the row each one returns, so the
 * next step is checked against the row the screen shows (a stale row is refused, nothing written).
 */
import { defineStore } from 'pinia'
import { shallowRef } from 'vue'
import { importCompactText, saveCompactDraft, type ImportTarget } from '@/app/compact/importCompact'
import { filingReminderOf, loadCompact, type CompactRow } from '@/app/compact/loadCompact'
import { keepCompactFile } from '@/app/compact/attachments'
import { renderCompactPdf, type CompactPrintOptions, type CompactPrintout } from '@/app/compact/printing'
import * as steps from '@/app/compact/procedureSteps'
import { importSampleCompact } from '@/app/violations/compactForCases'
import type { MeetingInput } from '@/domain/meetings/buildMeeting'
import type { Article, Chapter } from '@/domain/compact/model'
import type { ParsedCompact } from '@/domain/compact/parse'
import type { FilingReminder, ProcedureKind, RiskReason, TownshipReview } from '@/domain/compact/procedure'
import { useVillageStore } from './village'

export type { CompactPrintout, CompactRow }

export const useCompactStore = defineStore('compact', () => {
  const row = shallowRef<CompactRow | undefined>()
  const reminder = shallowRef<FilingReminder | null>(null)
  const loaded = shallowRef(false)
  const village = useVillageStore()
  const ctx = () => village.context()

  async function keep(next: CompactRow): Promise<CompactRow> {
    row.value = next
    reminder.value = await filingReminderOf(ctx(), next)
    return next
  }

  async function load(): Promise<void> {
    const stored = await loadCompact(ctx())
    row.value = stored
    reminder.value = stored ? await filingReminderOf(ctx(), stored) : null
    loaded.value = true
  }

  return {
    row,
    reminder,
    loaded,
    load,
    importText: async (parsed: ParsedCompact, target: ImportTarget) => keep(await importCompactText(ctx(), parsed, target, row.value)),
    importSample: async () => keep(await importSampleCompact(ctx(), village.profile?.villageName ?? '本村')),
    saveDraft: async (draft: { title?: string; articles: Article[]; chapters?: Chapter[] }) =>
      keep(await saveCompactDraft(ctx(), plain(draft), row.value)),
    start: async (kind: ProcedureKind, solicit: boolean) =>
      keep(await steps.startCompactProcedure(ctx(), need(row.value), { kind, solicit })),
    /** 修订 starts from the draft prepared, else the text in force (the newest version); 废止 from an empty text. */
    startChange: async (kind: 'amend' | 'repeal', solicit: boolean) => {
      const newest = need(row.value).compact.versions.at(-1)
      if (!newest) throw new Error('尚无已通过的村规民约，请选择“制定”')
      // a draft she prepared before starting is kept; otherwise the text in force is the base
      const prepared = kind === 'amend' && (row.value?.draft?.articles.length ?? 0) > 0
      if (!prepared) {
        const articles = kind === 'amend' ? newest.articles : []
        const draft = { articles, ...(kind === 'amend' && newest.chapters ? { chapters: newest.chapters } : {}) }
        await keep(await saveCompactDraft(ctx(), plain(draft), row.value))
      }
      return keep(await steps.startCompactProcedure(ctx(), need(row.value), { kind, solicit }))
    },
    opinion: async (input: { date: string; from: string; text: string }) =>
      keep(await steps.recordCompactOpinion(ctx(), need(row.value), input)),
    closeSolicitation: async (date: string) => keep(await steps.closeCompactSolicitation(ctx(), need(row.value), { date })),
    keepFile: (file: { name: string; bytes: Uint8Array }, what: string) => keepCompactFile(ctx(), file, what),
    submit: async (date: string) => keep(await steps.submitCompactForReview(ctx(), need(row.value), { date })),
    review: async (review: TownshipReview) => keep(await steps.recordCompactReview(ctx(), need(row.value), plain(review))),
    revise: async (articles: Article[]) => keep(await steps.reviseCompactDraft(ctx(), need(row.value), plain(articles))),
    riskReason: async (reason: RiskReason) => keep(await steps.recordCompactRiskReason(ctx(), need(row.value), plain(reason))),
    adopt: async (meeting: MeetingInput, opts: { effectiveFrom: string; representativesReason?: string; note?: string }) => {
      const out = await steps.adoptCompact(ctx(), need(row.value), plain(meeting), plain(opts))
      await keep(out.compact)
      return out
    },
    publish: async (date: string) => {
      const out = await steps.publishCompact(ctx(), need(row.value), { date })
      await keep(out.compact)
      return out
    },
    file: async (input: { date: string; receiptNumber: string; photoId?: string }) =>
      keep(await steps.fileCompact(ctx(), need(row.value), plain(input))),
    render: (kind: CompactPrintout, opts: CompactPrintOptions) => renderCompactPdf(ctx(), kind, need(row.value), opts, village.profile),
  }
})

/** What the screen hands over may sit in Vue's reactive proxies, which IndexedDB cannot store. */
function plain<T>(x: T): T {
  return JSON.parse(JSON.stringify(x)) as T
}

function need(row: CompactRow | undefined): CompactRow {
  if (!row) throw new Error('尚未录入村规民约')
  return row
}
