/**
 * The names IndexedDB knows this app's data by, apart from Dexie's schema classes (db/schema.ts,
 * db/township/schema.ts), so that the start's read (app/startup/firstRead.ts) uses them without
 * evaluating Dexie first. Bound to the renderer origin (app://xiangyue in Electron): never change one.
 */

/** the village's database */
export const DB_NAME = 'xiangyue'
/** its `settings` rows read at every start: 村情, and the audit chain's head (db/audit/log.ts) */
export const VILLAGE_KEY = 'village'
export const AUDIT_HEAD_KEY = 'auditHead'

/** the township mode's database, and its settings row of the app's mode (app/township/mode.ts) */
export const TOWNSHIP_DB_NAME = 'xiangyue-township'
export const APP_MODE_KEY = 'appMode'
/** its one schema version so far (db/township/schema.ts declares it; a new one is added, never edited) */
export const TOWNSHIP_SCHEMA_VERSION = 1
