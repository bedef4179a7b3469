/**
 * Migration tests: for every earlier schema version, open a database at that version, put data in
 * it as that version stored it, then open it with the current code and check nothing was lost.
 * A new version adds its own `it` here with the data shape of the versions before it.
 */
// testDb first: it installs fake-indexeddb before Dexie is loaded
import { useFreshDatabases } from './testDb'
import { describe, expect, it } from 'vitest'
import { CURRENT_SCHEMA_VERSION, XiangyueDb, schemaVersions } from './schema'

const freshDb = useFreshDatabases('schema-test')

describe('schema', () => {
  it('lists versions in increasing order, each with a note', () => {
    const numbers = schemaVersions.map((v) => v.version)
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b))
    expect(new Set(numbers).size).toBe(numbers.length)
    for (const v of schemaVersions) expect(v.note.length).toBeGreaterThan(0)
    expect(CURRENT_SCHEMA_VERSION).toBe(numbers.at(-1))
  })

  it('opens an empty database at the current version with every table', async () => {
    const db = freshDb()
    await db.open()
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION)
    expect(db.tables.map((t) => t.name).sort()).toEqual(
      ['auditLog', 'grids', 'households', 'noticeFiles', 'notices', 'settings', 'villagers'].sort(),
    )
  })

  it.each(schemaVersions.slice(0, -1).map((v) => v.version))(
    'upgrades a database written at version %i without losing rows',
    async (from) => {
      const old = freshDb(from)
      const name = old.name
      await old.open()
      expect(old.verno).toBe(from)
      await old.settings.put({ key: 'village', value: { villageName: '东风村' } })
      await old.households.put({
        id: 'h1',
        householdNo: '0001',
        groupName: '第一村民小组',
        address: '第一村民小组',
        status: '在册',
        createdAt: 'x',
        updatedAt: 'x',
      })
      old.close()

      const db = new XiangyueDb(name) // same database, current code; closed below, deleted with `old`
      await db.open()
      expect(db.verno).toBe(CURRENT_SCHEMA_VERSION)
      expect((await db.settings.get('village'))?.value).toEqual({ villageName: '东风村' })
      expect(await db.households.get('h1')).toMatchObject({ householdNo: '0001' })
      db.close()
    },
  )

  it('refuses two households with the same 户号', async () => {
    const db = freshDb()
    const row = { id: 'h1', householdNo: '0001', groupName: 'g', address: 'g', status: '在册' as const, createdAt: 'x', updatedAt: 'x' }
    await db.households.add(row)
    await expect(db.households.add({ ...row, id: 'h2' })).rejects.toThrow()
  })
})
