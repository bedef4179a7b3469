/**
 * What every start reads before its first screen, in one go and without Dexie (db/firstRead.ts):
 * the village's 村情 row (is the village set up? the frame shows its names), the audit chain's head
 * (the home screen's cache is tagged with it: app/village/homeScreen.ts) and the app's mode
 * (村委会 or 乡镇工作人员: app/township/mode.ts).
 *
 * readFirstSettings() → Promise<FirstSettings>, started by index.html's early script (early.ts)
 * before the app's code is even parsed, or by begin.ts before the rest of it is evaluated, so both
 * databases are read meanwhile. Each part is null when it
 * could not be read this way (an update waiting for Dexie's upgrade, IndexedDB refusing): its owner
 * then reads it through Dexie, as it always did. It never rejects.
 *
 * It imports names and types only: whatever it imports is evaluated before it can start.
 * Only the real app's start uses it (its databases by their fixed names); tests and the bench pass
 * their own databases to the use cases instead.
 */
import type { AuditHead } from '@/db/audit/chain'
import { dexieVersion, readRowsWithoutDexie } from '@/db/firstRead'
import { APP_MODE_KEY, AUDIT_HEAD_KEY, DB_NAME, TOWNSHIP_DB_NAME, TOWNSHIP_SCHEMA_VERSION, VILLAGE_KEY } from '@/db/names'
import type { SettingRow } from '@/db/rows'
import { CURRENT_SCHEMA_VERSION } from '@/db/schemaVersions'

export interface FirstSettings {
  /** 'xiangyue' settings: the 村情 row (undefined: not set up yet) and the audit head (undefined: nothing written yet) */
  village: { dbName: string; profileRow: SettingRow | undefined; auditHead: AuditHead | undefined } | null
  /** 'xiangyue-township' settings: the stored mode (undefined: never chosen; the database may not exist) */
  township: { mode: unknown } | null
}

export async function readFirstSettings(): Promise<FirstSettings> {
  const [village, township] = await Promise.all([
    readRowsWithoutDexie({
      name: DB_NAME,
      version: dexieVersion(CURRENT_SCHEMA_VERSION),
      store: 'settings',
      keys: [VILLAGE_KEY, AUDIT_HEAD_KEY],
    }),
    readRowsWithoutDexie({
      name: TOWNSHIP_DB_NAME,
      version: dexieVersion(TOWNSHIP_SCHEMA_VERSION),
      store: 'settings',
      keys: [APP_MODE_KEY],
    }),
  ])
  const value = (row: unknown) => (row as SettingRow | undefined)?.value
  return {
    village: village && {
      dbName: DB_NAME,
      profileRow: village.get(VILLAGE_KEY) as SettingRow | undefined,
      auditHead: value(village.get(AUDIT_HEAD_KEY)) as AuditHead | undefined,
    },
    township: township && { mode: value(township.get(APP_MODE_KEY)) },
  }
}
