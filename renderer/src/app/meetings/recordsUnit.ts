/**
 * The record tables of schema version 3 (matters, meetings, compacts, cases) are written through
 * the one audited unit of work like every other table (db/unitOfWork.ts lists them). These names
 * stay for the app/ callers that were written before it did: `recordsAudited` is `audited`.
 */
export { audited as recordsAudited, type UnitOfWork as RecordsUnit } from '@/db/unitOfWork'

export type RecordTable = 'matters' | 'meetings' | 'compacts' | 'cases'
