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
