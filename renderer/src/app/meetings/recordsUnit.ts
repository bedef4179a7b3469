/**
 * The audited unit of work (db/unitOfWork.ts) for the record tables of schema version 3: matters,
 * meetings, compacts, cases. `audited` writes any table of the database at run time; its type,
 * WritableTable, does not list these four yet (that file is being changed by someone else), so this
 * adapter gives the same unit with their row types. Nothing else: same transaction, same audit
 * entries, same stale guard. When WritableTable lists them, `recordsAudited` becomes `audited`.
 *
 * Input: ctx, the tables (old or new), the work. Output: what the work returns.
 */
import { audited, type Addition, type AuditNote, type RowOf, type UnitOfWork, type WritableTable } from '@/db/unitOfWork'
import type { CaseRow, CompactRow, MatterRow, MeetingRow } from '@/db/rows'
import type { AppContext } from '../context'

interface RecordRows {
  matters: MatterRow
  meetings: MeetingRow
  compacts: CompactRow
  cases: CaseRow
}
export type RecordTable = keyof RecordRows
type AnyTable = WritableTable | RecordTable
type RowOfAny<T extends AnyTable> = T extends RecordTable ? RecordRows[T] : T extends WritableTable ? RowOf<T> : never

export interface RecordsUnit {
  readonly db: UnitOfWork['db']
  readonly actor: string
  readonly now: string
  read<T extends AnyTable>(table: T, key: string, expectedUpdatedAt: string | undefined): Promise<RowOfAny<T> | undefined>
  require<T extends AnyTable>(table: T, key: string, expectedUpdatedAt: string | undefined): Promise<RowOfAny<T>>
  put<T extends AnyTable>(table: T, row: RowOfAny<T>, note: AuditNote): Promise<RowOfAny<T>>
  add<T extends AnyTable>(table: T, row: RowOfAny<T>, note: AuditNote & { after?: unknown }): Promise<RowOfAny<T>>
  addMany(additions: readonly Addition[], entry: AuditNote & { table: string; recordId: string; after?: unknown }): Promise<void>
  record(entry: AuditNote & { table: string; recordId: string; after?: unknown }): void
}

export function recordsAudited<R>(ctx: AppContext, tables: readonly AnyTable[], work: (unit: RecordsUnit) => Promise<R>): Promise<R> {
  return audited(ctx, tables as readonly WritableTable[], (unit) => work(unit as unknown as RecordsUnit))
}
