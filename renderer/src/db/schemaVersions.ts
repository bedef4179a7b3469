/**
 * THE database schema: every version the app has ever shipped, in order. Never rename the database
 * and never edit a shipped version's stores — add a new version with an upgrade instead, and a
 * migration test beside it (schema.test.ts opens every earlier version with data and upgrades it).
 * Apart from the Dexie class (schema.ts) so that the start's read (app/startup/firstRead.ts) can
 * know the current version without evaluating Dexie.
 */
import type { Transaction } from 'dexie'

export interface SchemaVersion {
  version: number
  stores: Record<string, string | null>
  upgrade?: (tx: Transaction) => Promise<void> | void
  /** why this version exists, for the next person */
  note: string
}

export const schemaVersions: readonly SchemaVersion[] = [
  {
    version: 1,
    note: '基础：村情设置、审计日志、户、村民、网格',
    stores: {
      settings: '&key',
      // Few indexes on purpose: every index is another write per row, and a 10,000-row import
      // writes 25,000 rows with its audit entries. Lists filter in memory (stores/people.ts).
      auditLog: '&seq, action, [table+recordId]',
      households: '&id, &householdNo',
      villagers: '&id, idNumber',
      grids: '&id, name',
    },
  },
  {
    version: 2,
    note: '公示公告：公示记录（状态、公示期）与其文件（签发时的PDF、张贴照片）',
    stores: {
      notices: '&id, state, kind, updatedAt, dateSigned',
      noticeFiles: '&id, noticeId',
    },
  },
  {
    version: 3,
    note: '四议两公开的事项与会议记录（冻结的应到名单、签到、表决及其修改记录）、村规民约（各版本与制定程序）、违约处理案件',
    stores: {
      // Lists are a village's few hundred records: filtered by year/body in memory (repositories).
      matters: '&id, state, updatedAt',
      meetings: '&id, date, body, matterId, compactId',
      compacts: '&id, updatedAt',
      // 案件编号 is printed on every notice of a case: two cases may never share one.
      cases: '&id, &caseNo, state, updatedAt',
    },
  },
]

export const CURRENT_SCHEMA_VERSION = schemaVersions.at(-1)?.version ?? 1
