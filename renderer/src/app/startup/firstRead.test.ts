// the app's own databases, by their fixed names, on fake-indexeddb (installed before Dexie loads)
import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { readAuditHead } from '@/db/audit/head'
import { DB_NAME, TOWNSHIP_DB_NAME } from '@/db/names'
import { XiangyueDb } from '@/db/schema'
import { TownshipDb } from '@/db/township/schema'
import { testClock, testVillageProfile } from '../testContext'
import { appMode, forgetAppMode, setAppMode, startAppMode } from '../township/mode'
import { loadVillageProfile, storedProfile } from '../village/loadProfile'
import { saveVillageProfile } from '../village/profile'
import { readFirstSettings } from './firstRead'

afterEach(async () => {
  forgetAppMode()
  await Dexie.delete(DB_NAME)
  await Dexie.delete(TOWNSHIP_DB_NAME)
})

const names = async () => (await indexedDB.databases()).map((d) => d.name).sort()

describe('readFirstSettings (the start, before Dexie)', () => {
  it('a first start: nothing set up, 村委会 mode, and no database made by reading', async () => {
    expect(await readFirstSettings()).toEqual({
      village: { dbName: DB_NAME, profileRow: undefined, auditHead: undefined },
      township: { mode: undefined },
    })
    expect(await names()).toEqual([])
  })

  it('reads what the use cases wrote: the profile with its version, the audit head, the mode', async () => {
    const ctx = { db: new XiangyueDb(), actor: '李秀英', clock: testClock('2026-03-01T02:00:00.000Z') }
    await saveVillageProfile(ctx, testVillageProfile, undefined)
    const township = { db: new TownshipDb(), clock: ctx.clock }
    await setAppMode(township, 'township')
    const first = await readFirstSettings()
    // the same as Dexie's read, to the version a save must hand back
    expect(first.village && storedProfile(first.village.profileRow)).toEqual(await loadVillageProfile(ctx))
    expect(first.village?.auditHead).toEqual(await readAuditHead(ctx.db))
    expect(first.village?.auditHead?.seq).toBeGreaterThan(0)
    expect(first.township).toEqual({ mode: 'township' })
    ctx.db.close()
    township.db.close()
  })

  it('a village database waiting for an upgrade is left to Dexie (null), and the mode falls back to its own read', async () => {
    const old = new XiangyueDb(DB_NAME, 1)
    await old.settings.put({ key: 'village', value: testVillageProfile })
    old.close()
    const first = await readFirstSettings()
    expect(first.village).toBeNull()

    const township = { db: new TownshipDb(), clock: testClock('2026-03-01T02:00:00.000Z') }
    await setAppMode(township, 'township')
    forgetAppMode()
    startAppMode(Promise.resolve(null), () => township)
    expect(await appMode(township)).toBe('township')
    township.db.close()
  })
})
