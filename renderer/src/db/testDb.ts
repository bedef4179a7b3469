/**
 * Test support: fresh, uniquely named databases on fake-indexeddb, closed and deleted after each
 * test. Import from *.test.ts only.
 */
import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { afterEach } from 'vitest'
import { XiangyueDb } from './schema'

let counter = 0

/** Call at the top of a test file; returns a factory for empty databases (optionally at an older version). */
export function useFreshDatabases(prefix: string): (upTo?: number) => XiangyueDb {
  const opened: XiangyueDb[] = []
  afterEach(async () => {
    for (const db of opened.splice(0)) {
      db.close()
      await Dexie.delete(db.name)
    }
  })
  return (upTo?: number) => {
    const db = new XiangyueDb(`${prefix}-${Date.now()}-${counter++}`, upTo)
    opened.push(db)
    return db
  }
}
