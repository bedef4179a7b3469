/**
 * Shared by the 村规民约 use cases: writing the one compact row, checked against the version the
 * screen saw (expectedUpdatedAt), and finding the procedure under way.
 */
import type { CompactRow } from '@/db/rows'
import { CompactProcedureError, type CompactProcedure } from '@/domain/compact/procedure'

/** Procedures still running: a new one cannot start until this one is published (or sent back and finished). */
const OPEN_STATES = new Set<CompactProcedure['state']>(['soliciting', 'drafting', 'under_review', 'reviewed', 'adopted'])

export function openProcedure(row: Pick<CompactRow, 'procedures'>): CompactProcedure | undefined {
  return row.procedures.find((p) => OPEN_STATES.has(p.state))
}

export function requireOpenProcedure(row: Pick<CompactRow, 'procedures'>): CompactProcedure {
  const p = openProcedure(row)
  if (!p) throw new CompactProcedureError('没有正在进行的制定或修订程序，请先开始')
  return p
}

/** The latest procedure that reached 表决通过 or beyond (for 公布 and 备案). */
export function latestProcedure(row: Pick<CompactRow, 'procedures'>): CompactProcedure | undefined {
  return row.procedures.at(-1)
}

export function replaceProcedure(row: CompactRow, next: CompactProcedure): CompactRow {
  return { ...row, procedures: row.procedures.map((p) => (p.id === next.id ? next : p)) }
}
