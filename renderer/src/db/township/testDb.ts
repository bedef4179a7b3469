/** Test support: fresh township databases on fake-indexeddb, deleted after each test. Import from *.test.ts only. */
import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { afterEach } from 'vitest'
import { TownshipDb } from './schema'

let counter = 0

export function useFreshTownshipDbs(prefix: string): () => TownshipDb {
  const opened: TownshipDb[] = []
  afterEach(async () => {
    for (const db of opened.splice(0)) {
      db.close()
      await Dexie.delete(db.name)
    }
  })
  return () => {
    const db = new TownshipDb(`${prefix}-${Date.now()}-${counter++}`)
    opened.push(db)
    return db
  }
}
