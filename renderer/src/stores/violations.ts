/**
 * 违约处理 store: a cache of the cases and of the compact's article snapshots. Every step is a use case
 * in app/violations (domain decides, one audited unit writes); the store replaces the row it
 * returns. A refused step throws ViolationRefusedError with a Chinese message for the field.
 */
import { defineStore } from 'pinia'
import { shallowRef } from 'vue'
import * as steps from '@/app/violations/caseSteps'
import { caseArticles, importSampleCompact } from '@/app/violations/compactForCases'
import { listCases, type CaseRow } from '@/app/violations/loadCases'
import { publishCase } from '@/app/violations/publishCase'
import { renderCaseLetterPdf, type CaseLetter, type Party } from '@/app/violations/printing'
import { VILLAGE_BENEFITS } from '@/app/violations/villageBenefits'
import type { ArticleRef, Report } from '@/domain/violations/case'
import { useVillageStore } from './village'

export type { CaseLetter, CaseRow, Party }

export const useViolationsStore = defineStore('violations', () => {
  const cases = shallowRef<CaseRow[]>([])
  const articles = shallowRef<ArticleRef[]>([])
  const loaded = shallowRef(false)
  const village = useVillageStore()
  const context = () => village.context()
  const benefits = VILLAGE_BENEFITS

  async function load(): Promise<void> {
    const [rows, refs] = await Promise.all([listCases(context()), caseArticles(context())])
    cases.value = rows
    articles.value = refs
    loaded.value = true
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
    importSample,
    report,
    assess: async (c: CaseRow, input: Parameters<typeof steps.assessCase>[2]) => cache(await steps.assessCase(ctx(), c, input)),
    notify: async (c: CaseRow, input: steps.NotifyCaseInput) => cache(await steps.notifyCase(ctx(), c, input, benefits)),
    statement: async (c: CaseRow, input: { date: string; text: string }) => cache(await steps.recordStatement(ctx(), c, input)),
    respond: async (c: CaseRow, input: { date: string; text: string }) => cache(await steps.respondToStatement(ctx(), c, input)),
    noStatement: async (c: CaseRow) => cache(await steps.recordNoStatement(ctx(), c)),
    waiver: async (c: CaseRow, input: { date: string; writtenRef: string }) => cache(await steps.recordWaiver(ctx(), c, input)),
    decide: async (c: CaseRow, input: steps.DecideCaseInput) => cache(await steps.decideCase(ctx(), c, input, benefits)),
    rectify: async (c: CaseRow, input: { date: string; requirement: string; deadline: string }) =>
      cache(await steps.requireRectification(ctx(), c, input)),
    verify: async (c: CaseRow, input: Parameters<typeof steps.verifyRectification>[2]) =>
      cache(await steps.verifyRectification(ctx(), c, input)),
    restore: async (c: CaseRow, input: { date: string; noticeDate: string; article: string }) =>
      cache(await steps.restoreCase(ctx(), c, input)),
    publish: async (c: CaseRow, date: string) => cache((await publishCase(ctx(), c, { date })).case),
    close: async (c: CaseRow, input: { date: string; reason?: string }) => cache(await steps.closeCase(ctx(), c, input)),
    renderLetter: (letter: CaseLetter, c: CaseRow, party: Party) => renderCaseLetterPdf(letter, c, party, benefits, village.profile),
  }
})
