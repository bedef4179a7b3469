import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { dexieVersion, readRowsWithoutDexie } from './firstRead'
import { CURRENT_SCHEMA_VERSION } from './schemaVersions'
import { XiangyueDb } from './schema'

let n = 0
const names: string[] = []
const freshName = () => {
  const name = `first-read-${Date.now()}-${n++}`
  names.push(name)
  return name
}
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name)
})

async function exists(name: string) {
  return (await indexedDB.databases()).some((d) => d.name === name)
}

const current = dexieVersion(CURRENT_SCHEMA_VERSION)

describe('readRowsWithoutDexie', () => {
  it('reads the rows asked for from a database Dexie made, and only those', async () => {
    const name = freshName()
    const db = new XiangyueDb(name)
    await db.settings.bulkPut([
      { key: 'village', value: { villageName: '示例村' } },
      { key: 'auditHead', value: { seq: 3, hash: 'abc' } },
      { key: 'other', value: 1 },
    ])
    db.close()
    const rows = await readRowsWithoutDexie({ name, version: current, store: 'settings', keys: ['village', 'auditHead', 'missing'] })
    expect(rows && Object.fromEntries(rows)).toEqual({
      village: { key: 'village', value: { villageName: '示例村' } },
      auditHead: { key: 'auditHead', value: { seq: 3, hash: 'abc' } },
    })
  })

  it('the version it expects is Dexie’s own: ten times the declared one', async () => {
    const name = freshName()
    const db = new XiangyueDb(name)
    await db.open()
    expect(db.backendDB().version).toBe(dexieVersion(CURRENT_SCHEMA_VERSION))
    db.close()
  })

  it('a database that does not exist holds no rows, and is not created by the read', async () => {
    const name = freshName()
    const rows = await readRowsWithoutDexie({ name, version: current, store: 'settings', keys: ['village'] })
    expect(rows?.size).toBe(0)
    expect(await exists(name)).toBe(false)
    // and Dexie then makes it as usual, with every store
    const db = new XiangyueDb(name)
    await db.settings.put({ key: 'village', value: 1 })
    expect(await db.settings.get('village')).toEqual({ key: 'village', value: 1 })
    db.close()
  })

  it('a database at an older version (an update waiting for its upgrade) is left to Dexie: null', async () => {
    const name = freshName()
    const old = new XiangyueDb(name, 1)
    await old.settings.put({ key: 'village', value: 1 })
    old.close()
    expect(await readRowsWithoutDexie({ name, version: current, store: 'settings', keys: ['village'] })).toBeNull()
  })

  it('a store the database lacks: null', async () => {
    const name = freshName()
    const db = new XiangyueDb(name)
    await db.open()
    db.close()
    expect(await readRowsWithoutDexie({ name, version: current, store: 'nothing', keys: ['x'] })).toBeNull()
  })

  it('closes its connection, so that Dexie can upgrade the database right after', async () => {
    const name = freshName()
    const old = new XiangyueDb(name, 1)
    await old.open()
    old.close()
    await readRowsWithoutDexie({ name, version: dexieVersion(1), store: 'settings', keys: ['village'] })
    const db = new XiangyueDb(name)
    await db.open() // would wait on a blocked upgrade if the read's connection were still open
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION)
    db.close()
  })
})
