/**
 * THE database: Dexie's class over every schema version the app has ever shipped (schemaVersions.ts,
 * where the rules for adding one are).
 */
import Dexie, { type Table } from 'dexie'
import { DB_NAME } from './names'
import { schemaVersions } from './schemaVersions'
import type { AuditEntry } from './audit/chain'
import type {
  CaseRow,
  CompactRow,
  GridRow,
  HouseholdRow,
  MatterRow,
  MeetingRow,
  NoticeFileRow,
  NoticeRow,
  SettingRow,
  VillagerRow,
} from './rows'

export { DB_NAME } from './names'
export { CURRENT_SCHEMA_VERSION, schemaVersions, type SchemaVersion } from './schemaVersions'

export class XiangyueDb extends Dexie {
  settings!: Table<SettingRow, string>
  auditLog!: Table<AuditEntry, number>
  households!: Table<HouseholdRow, string>
  villagers!: Table<VillagerRow, string>
  grids!: Table<GridRow, string>
  notices!: Table<NoticeRow, string>
  noticeFiles!: Table<NoticeFileRow, string>
  matters!: Table<MatterRow, string>
  meetings!: Table<MeetingRow, string>
  compacts!: Table<CompactRow, string>
  cases!: Table<CaseRow, string>

  constructor(name: string = DB_NAME, upTo: number = Number.POSITIVE_INFINITY) {
    super(name)
    for (const v of schemaVersions) {
      if (v.version > upTo) break
      const declared = this.version(v.version).stores(v.stores)
      if (v.upgrade) declared.upgrade(v.upgrade)
    }
  }
}
