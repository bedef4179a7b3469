/**
 * 违约处理 store: a cache of the cases, of the compact's article snapshots and of the village benefit
 * list (a settings row: app/violations/benefitList.ts). Every step is a use case
 * in app/violations (domain decides, one audited unit writes); the store replaces the row it
 * returns. A refused step throws ViolationRefusedError with a Chinese message for the field.
 */
import { defineStore } from 'pinia'
import { shallowRef } from 'vue'
import * as steps from '@/app/violations/caseSteps'
import { caseArticles, importSampleCompact } from '@/app/violations/compactForCases'
import { listCases, listRecentCases, type CaseRow } from '@/app/violations/loadCases'
import { publishCase } from '@/app/violations/publishCase'
import { loadVillageBenefits, saveVillageBenefits } from '@/app/violations/benefitList'
import { renderCaseLetterPdf, renderWithholdListPdf, type CaseLetter, type Party, type WithholdListInput } from '@/app/violations/printing'
import type { Benefit } from '@/domain/violations/benefits'
import type { ArticleRef, CaseObjection, Report } from '@/domain/violations/case'
import { useVillageStore } from './village'

export type { CaseLetter, CaseRow, Party }

export const useViolationsStore = defineStore('violations', () => {
  const cases = shallowRef<CaseRow[]>([])
  const articles = shallowRef<ArticleRef[]>([])
  const loaded = shallowRef(false)
  const village = useVillageStore()
  const context = () => village.context()
  const benefits = shallowRef<Benefit[]>([])
  const benefitsVersion = shallowRef<string>()

  /** The first page of the list before the whole history is read (load); `loaded` stays false. */
  async function loadRecent(n: number): Promise<void> {
    if (loaded.value) return
    const rows = await listRecentCases(context(), n)
    if (!loaded.value) cases.value = rows
  }

  async function load(): Promise<void> {
    const [rows, refs, list] = await Promise.all([listCases(context()), caseArticles(context()), loadVillageBenefits(context())])
    cases.value = rows
    articles.value = refs
    benefits.value = list.benefits
    benefitsVersion.value = list.version
    loaded.value = true
  }

  async function saveBenefits(next: readonly Benefit[]): Promise<void> {
    const saved = await saveVillageBenefits(context(), next, benefitsVersion.value)
    benefits.value = saved.benefits
    benefitsVersion.value = saved.version
  }

  function cache(row: CaseRow): CaseRow {
    cases.value = [row, ...cases.value.filter((c) => c.id !== row.id)]
    return row
  }

  async function importSample(): Promise<void> {
    await importSampleCompact(context(), village.profile?.villageName ?? '本村')
    articles.value = await caseArticles(context())
  }

  /** 登记 then 认定 under the conduct article chosen on the form; a refused 认定 leaves the case 已登记. */
  async function report(input: Report, article: string): Promise<{ row: CaseRow; refusal?: string }> {
    const row = cache(await steps.reportCase(context(), { report: input }))
    try {
      return { row: cache(await steps.assessCase(context(), row, { date: input.reportDate, finding: input.facts, article })) }
    } catch (e) {
      return { row, refusal: (e as Error).message }
    }
  }

  const ctx = context
  return {
    cases,
    articles,
    loaded,
    benefits,
    load,
    loadRecent,
    saveBenefits,
    importSample,
    report,
    assess: async (c: CaseRow, input: Parameters<typeof steps.assessCase>[2]) => cache(await steps.assessCase(ctx(), c, input)),
    notify: async (c: CaseRow, input: steps.NotifyCaseInput) => cache(await steps.notifyCase(ctx(), c, input, benefits.value)),
    statement: async (c: CaseRow, input: { date: string; text: string }) => cache(await steps.recordStatement(ctx(), c, input)),
    respond: async (c: CaseRow, input: { date: string; text: string }) => cache(await steps.respondToStatement(ctx(), c, input)),
    noStatement: async (c: CaseRow) => cache(await steps.recordNoStatement(ctx(), c)),
    waiver: async (c: CaseRow, input: { date: string; writtenRef: string }) => cache(await steps.recordWaiver(ctx(), c, input)),
    decide: async (c: CaseRow, input: steps.DecideCaseInput) => cache(await steps.decideCase(ctx(), c, input, benefits.value)),
    rectify: async (c: CaseRow, input: { date: string; requirement: string; deadline: string }) =>
      cache(await steps.requireRectification(ctx(), c, input)),
    verify: async (c: CaseRow, input: Parameters<typeof steps.verifyRectification>[2]) =>
      cache(await steps.verifyRectification(ctx(), c, input)),
    restore: async (c: CaseRow, input: { date: string; noticeDate: string; article: string }) =>
      cache(await steps.restoreCase(ctx(), c, input)),
    /** 违约处理公示: the name as 李某 unless `fullNameReason` records why the full name is shown. */
    publish: async (c: CaseRow, date: string, opts: { fullNameReason?: string } = {}) =>
      cache((await publishCase(ctx(), c, { date, ...opts })).case),
    close: async (c: CaseRow, input: { date: string; reason?: string }) => cache(await steps.closeCase(ctx(), c, input)),
    object: async (c: CaseRow, input: Omit<CaseObjection, 'outcome' | 'id'>) => cache(await steps.recordCaseObjection(ctx(), c, input)),
    resolveObjection: async (c: CaseRow, objectionId: string, outcome: NonNullable<CaseObjection['outcome']>) =>
      cache(await steps.resolveCaseObjection(ctx(), c, objectionId, outcome)),
    renderLetter: (letter: CaseLetter, c: CaseRow, party: Party) => renderCaseLetterPdf(letter, c, party, benefits.value, village.profile),
    renderWithholdList: (input: Omit<WithholdListInput, 'cases' | 'benefits'>) =>
      renderWithholdListPdf({ ...input, cases: cases.value, benefits: benefits.value }, village.profile),
  }
})
