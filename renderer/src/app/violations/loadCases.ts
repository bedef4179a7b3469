/**
 * Reads over the stored cases.
 *
 * listCases(ctx, state?) → cases newest change first.
 * listRecentCases(ctx, n) → the n most recently changed cases, newest first: the list's first page,
 *   read without loading ten years of cases (each carries its article texts: ~3 KB) before a row
 *   can be painted.
 * suspensionsOnDate(ctx, date, benefits?) → who is suspended from which benefit on `date`, over ALL
 *   stored cases (domain/violations/suspensionsOn.ts, the stable entry point).
 * withholdListFor(ctx, benefitId, payoutDate, benefits?) → whom not to pay on the payout date, and
 *   why (register.ts withholdList); a 法定成员权益 is never withheld.
 * filterCases(cases, { state?, year?, query? }, partyName?) → those of `cases` that pass every
 *   filter given, in the order given: the list screen filters in memory, so a keystroke in its
 *   search box costs no database read (~1,000 cases in ten years of a large village). `year`: of
 *   the 登记日期; `query`: words matched case-insensitively against the 案件编号, the 当事人 (by
 *   `partyName`, the screen's lookup in the registry), the 违约事实 and the place; every word
 *   separated by a space must occur in one of them.
 * The village benefit list is passed by the caller (benefitList.ts loadVillageBenefits).
 */
import { listCaseRows } from '@/db/repositories/cases'
import type { CaseRow } from '@/db/rows'
import type { Benefit } from '@/domain/violations/benefits'
import type { CaseState } from '@/domain/violations/case'
import { withholdList, type WithholdList } from '@/domain/violations/register'
import { suspensionsOn, type Suspension } from '@/domain/violations/suspensionsOn'
import type { AppContext } from '../context'

export type { CaseRow }

export interface CaseListFilter {
  state?: CaseState
  /** 'YYYY', of the 登记日期 */
  year?: string
  query?: string
}

export function filterCases(cases: readonly CaseRow[], filter: CaseListFilter, partyName: (c: CaseRow) => string = () => ''): CaseRow[] {
  const words = (filter.query ?? '')
    .toLowerCase()
    .split(/[\s\u3000]+/)
    .filter(Boolean)
  return cases.filter((c) => {
    if (filter.state !== undefined && c.state !== filter.state) return false
    if (filter.year !== undefined && !c.report.reportDate.startsWith(filter.year)) return false
    if (words.length === 0) return true
    const text = `${c.caseNo}\n${partyName(c)}\n${c.report.facts}\n${c.report.place}`.toLowerCase()
    return words.every((w) => text.includes(w))
  })
}

export function listCases(ctx: AppContext, state?: CaseState): Promise<CaseRow[]> {
  return listCaseRows(ctx.db, state)
}

export function listRecentCases(ctx: AppContext, n: number): Promise<CaseRow[]> {
  return ctx.db.cases.orderBy('updatedAt').reverse().limit(n).toArray()
}

export async function suspensionsOnDate(ctx: AppContext, date: string, benefits?: readonly Benefit[]): Promise<Suspension[]> {
  return suspensionsOn(await ctx.db.cases.toArray(), date, benefits)
}

export async function withholdListFor(
  ctx: AppContext,
  benefitId: string,
  payoutDate: string,
  benefits?: readonly Benefit[],
): Promise<WithholdList> {
  return withholdList(await ctx.db.cases.toArray(), benefitId, payoutDate, benefits)
}
