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
  it('lists versions in strictly increasing order, the last one current', () => {
    const numbers = schemaVersions.map((v) => v.version)
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b))
    expect(new Set(numbers).size).toBe(numbers.length)
    expect(CURRENT_SCHEMA_VERSION).toBe(numbers.at(-1))
  })

  it('opens an empty database at the current version with every table', async () => {
    const db = freshDb()
    await db.open()
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION)
    expect(db.tables.map((t) => t.name).sort()).toEqual(
      [
        'auditLog',
        'cases',
        'compacts',
        'grids',
        'households',
        'matters',
        'meetings',
        'noticeFiles',
        'notices',
        'settings',
        'villagers',
      ].sort(),
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

  it('upgrades a version 2 database with notices and their files to version 3, every row intact, the new tables empty', async () => {
    const old = freshDb(2)
    const name = old.name
    await old.open()
    const notice = {
      id: 'n1',
      kind: '其他',
      title: '关于停水的通知',
      body: ['明日停水'],
      period: { start: '2026-03-01', days: 3, unit: 'calendar' },
      objectionChannel: { phone: '0377-62123456', supervisionBody: '村务监督委员会' },
      issuer: '宅子村村民委员会',
      dateSigned: '2026-03-01',
      sealed: true,
      state: 'issued',
      objections: [],
      createdAt: '2026-03-01T01:00:00.000Z',
      updatedAt: '2026-03-01T02:00:00.000Z',
    }
    const file = {
      id: 'f1',
      noticeId: 'n1',
      kind: 'issued-pdf',
      name: 'a.pdf',
      mime: 'application/pdf',
      bytes: new Uint8Array([1, 2, 3]),
      sha256: 'x',
      createdAt: 'x',
    }
    await old.table('notices').put(notice)
    await old.table('noticeFiles').put(file)
    await old.table('villagers').put({ id: 'v1', idNumber: '1', name: '王芳', status: '在册', createdAt: 'x', updatedAt: 'x' })
    await old.table('auditLog').put({ seq: 1, action: 'create', table: 'notices', recordId: 'n1' })
    old.close()

    const db = new XiangyueDb(name)
    await db.open()
    expect(db.verno).toBe(3)
    expect(await db.notices.get('n1')).toEqual(notice)
    expect((await db.noticeFiles.get('f1'))?.bytes).toEqual(new Uint8Array([1, 2, 3]))
    expect(await db.notices.where('state').equals('issued').count()).toBe(1)
    expect(await db.villagers.where('idNumber').equals('1').count()).toBe(1)
    expect(await db.auditLog.where('[table+recordId]').equals(['notices', 'n1']).count()).toBe(1)
    for (const t of [db.matters, db.meetings, db.compacts, db.cases]) expect(await t.count()).toBe(0)
    // the new indexes work on the upgraded database
    await db.cases.add({ id: 'c1', caseNo: '宅子违约〔2026〕1号', state: 'reported', createdAt: 'x', updatedAt: 'x' } as never)
    await expect(
      db.cases.add({ id: 'c2', caseNo: '宅子违约〔2026〕1号', state: 'reported', createdAt: 'x', updatedAt: 'x' } as never),
    ).rejects.toThrow()
    db.close()
  })

  it('refuses two households with the same 户号', async () => {
    const db = freshDb()
    const row = { id: 'h1', householdNo: '0001', groupName: 'g', address: 'g', status: '在册' as const, createdAt: 'x', updatedAt: 'x' }
    await db.households.add(row)
    await expect(db.households.add({ ...row, id: 'h2' })).rejects.toThrow()
  })
})
