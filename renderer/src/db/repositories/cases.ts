/** 违约处理 cases: reads. Written only through app/violations (audited). */
import type { CaseState } from '@/domain/violations/case'
import type { CaseRow } from '../rows'
import type { XiangyueDb } from '../schema'

export async function listCaseRows(db: XiangyueDb, state?: CaseState): Promise<CaseRow[]> {
  const rows = state ? await db.cases.where('state').equals(state).toArray() : await db.cases.toArray()
  return rows.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0))
}

export function getCase(db: XiangyueDb, id: string): Promise<CaseRow | undefined> {
  return db.cases.get(id)
}

export function caseWithNumber(db: XiangyueDb, caseNo: string): Promise<CaseRow | undefined> {
  return db.cases.where('caseNo').equals(caseNo).first()
}

export function countCases(db: XiangyueDb): Promise<number> {
  return db.cases.count()
}
