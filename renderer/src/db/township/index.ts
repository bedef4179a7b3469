/**
 * The township database's one connection, and its reads and writes. Only app/township calls these.
 *
 *   townshipDb()                              → the connection ('xiangyue-township', db/connections.ts)
 *   storeBundle(db, row, bytes, log)          → one transaction: the bundle, its file and the log
 *                                               entry commit together, or none of them does
 *   logImport(db, entry)                      → a refused or duplicate attempt
 *   hasBundle(db, sha256), listBundles(db), bundlesOfVillage(db, code), bundleFile(db, sha256)
 *   readSetting(db, key), writeSetting(db, key, value)
 */
import type { TownshipBundleRow, TownshipDb, TownshipImportLogRow } from './schema'

export * from './schema'
export { townshipDatabase as townshipDb } from '../connections'

export async function storeBundle(db: TownshipDb, row: TownshipBundleRow, bytes: Uint8Array, log: TownshipImportLogRow): Promise<void> {
  await db.transaction('rw', [db.bundles, db.bundleFiles, db.importLog], async () => {
    await db.bundles.add(row)
    await db.bundleFiles.add({ sha256: row.sha256, bytes })
    await db.importLog.add(log)
  })
}

export async function logImport(db: TownshipDb, entry: TownshipImportLogRow): Promise<void> {
  await db.importLog.add(entry)
}

export async function hasBundle(db: TownshipDb, sha256: string): Promise<boolean> {
  return (await db.bundles.where('sha256').equals(sha256).count()) > 0
}

export function listBundles(db: TownshipDb): Promise<TownshipBundleRow[]> {
  return db.bundles.toArray()
}

export function bundlesOfVillage(db: TownshipDb, villageCode: string): Promise<TownshipBundleRow[]> {
  return db.bundles.where('villageCode').equals(villageCode).toArray()
}

export async function bundleFile(db: TownshipDb, sha256: string): Promise<Uint8Array | undefined> {
  return (await db.bundleFiles.get(sha256))?.bytes
}

export function listImportLog(db: TownshipDb): Promise<TownshipImportLogRow[]> {
  return db.importLog.orderBy('seq').reverse().toArray()
}

export async function readSetting<T>(db: TownshipDb, key: string): Promise<T | undefined> {
  return (await db.settings.get(key))?.value as T | undefined
}

export async function writeSetting(db: TownshipDb, key: string, value: unknown): Promise<void> {
  await db.settings.put({ key, value })
}
