/**
 * A few rows of one store, read straight from IndexedDB without Dexie: what a start needs before
 * its first screen (app/startup/firstRead.ts). Dexie's set-up and open (its schema of every
 * version, its promise machinery) then happen after that screen is up, not before it.
 *
 * readRowsWithoutDexie({ name, version, store, keys }) → Promise<Map<key, row> | null>
 *   name     the database's name (db/names.ts DB_NAME, TOWNSHIP_DB_NAME)
 *   version  the IndexedDB version this app's Dexie schema gives it (dexieVersion below)
 *   store    an object store keyed by `key` (Dexie's '&key')
 *   keys     exactly the keys to read; each row found is in the map under its key
 * A database that does not exist yet holds no rows: an empty map, and the open is cancelled so that
 * nothing is created (Dexie creates it, with its schema, when the app first goes through it).
 * It resolves null, never rejects, when the rows cannot be read this way, and the caller then reads
 * them through Dexie as always:
 *   - the database is at another version than this app's schema: an update is waiting, and its
 *     upgrade may rewrite the very rows asked for, so only Dexie may read them;
 *   - the store is missing, or IndexedDB refuses (private mode, a broken profile).
 * The connection is read-only and closed as soon as the rows are in, and at once if another
 * connection (Dexie's upgrade) asks for a version change, so it never blocks one.
 */

/** Dexie opens a database at IndexedDB version = its own declared version × 10. */
export function dexieVersion(declared: number): number {
  return declared * 10
}

export interface RowsRequest {
  name: string
  version: number
  store: string
  keys: readonly string[]
}

export function readRowsWithoutDexie({ name, version, store, keys }: RowsRequest): Promise<Map<string, unknown> | null> {
  return new Promise((resolve) => {
    let open: IDBOpenDBRequest
    try {
      open = indexedDB.open(name)
    } catch {
      resolve(null)
      return
    }
    let absent = false
    // Only a database that does not exist yet gets here (no version was asked for): leave it so.
    open.onupgradeneeded = () => {
      absent = true
      open.transaction?.abort()
    }
    open.onerror = (event) => {
      event.preventDefault()
      resolve(absent ? new Map() : null)
    }
    open.onsuccess = () => {
      const db = open.result
      db.onversionchange = () => db.close()
      const done = (rows: Map<string, unknown> | null) => {
        db.close()
        resolve(rows)
      }
      if (db.version !== version || !db.objectStoreNames.contains(store)) return done(null)
      try {
        const tx = db.transaction(store, 'readonly')
        const objects = tx.objectStore(store)
        const rows = new Map<string, unknown>()
        for (const key of keys) {
          const get = objects.get(key)
          get.onsuccess = () => {
            if (get.result !== undefined) rows.set(key, get.result)
          }
        }
        tx.oncomplete = () => done(rows)
        tx.onabort = () => done(null)
      } catch {
        done(null)
      }
    }
  })
}
