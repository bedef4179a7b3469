/**
 * The stores are caches in front of app/: these tests drive them against fake-indexeddb (through
 * configureApp) and check that what they hold is what the database holds after each use case.
 */
import 'fake-indexeddb/auto'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { configureApp } from '@/app/context'
import { loadNotices } from '@/app/notices/loadNotices'
import { loadPeople } from '@/app/people/loadPeople'
import { loadSampleVillage } from '@/app/sample/loadSampleVillage'
import { testVillageProfile, useTestContexts } from '@/app/testContext'
import { sampleContent } from '@/domain/notices/testFixtures'
import { computeCheckDigit } from '@/domain/people/idNumber'
import type { VillageProfile } from '@/domain/village/profile'
import { useNoticesStore } from './notices'
import { usePeopleStore } from './people'
import { useVillageStore } from './village'

// the unit of work's refusal (db/unitOfWork.ts StaleRecordError), told by its name: stores/ never import db/
const stale = { name: 'StaleRecordError' }

const context = useTestContexts('stores')
const NEWBORN_ENTRY = {
  householdMode: 'existing' as const,
  householdId: '',
  householdNo: '',
  groupName: '',
  name: '新生儿',
  idNumber: '41138120260101003' + computeCheckDigit('41138120260101003'),
  relationToHead: '子' as const,
  phone: '',
}
const profile: VillageProfile = { ...testVillageProfile, secretaryName: '王芳' }

let ctx: ReturnType<typeof context>
beforeEach(async () => {
  ctx = context('2026-11-02T01:00:00.000Z')
  configureApp({ db: ctx.db, clock: ctx.clock })
  setActivePinia(createPinia())
  await useVillageStore().save(profile)
})
afterEach(() => configureApp({}))

describe('village store', () => {
  it('acts as the secretary it names, and refuses a save over another window’s edit', async () => {
    const village = useVillageStore()
    expect(village.context().actor).toBe('王芳')
    expect(village.context().db).toBe(ctx.db)
    // a second window (its own pinia) saves first
    const mine = village
    setActivePinia(createPinia())
    const other = useVillageStore()
    await other.load()
    await other.save({ ...profile, supervisionPhone: '13800138000' })
    await expect(mine.save({ ...profile, secretaryName: '张伟' })).rejects.toMatchObject(stale)
    expect(mine.profile?.secretaryName).toBe('王芳')
    await mine.load(true)
    expect(mine.profile?.supervisionPhone).toBe('13800138000')
  })
})

describe('people store', () => {
  it('loads once, then holds exactly the rows each use case wrote', async () => {
    await loadSampleVillage(ctx, 'small')
    const people = usePeopleStore()
    await Promise.all([people.load(), people.load()])
    expect(people.villagers).toHaveLength(200)
    const v = people.villagers.find((x) => x.status === '在册' && x.phone)!
    expect(await people.setStatus(v, { status: '迁出', from: '2026-11-01' })).toBeUndefined()
    await people.setPhone(people.villagerById.get(v.id)!, undefined)
    const cached = people.villagerById.get(v.id)!
    expect(cached).toEqual((await loadPeople(ctx)).villagers.find((x) => x.id === v.id))
    expect(cached.status).toBe('迁出')
    // a refusal leaves the cache as it was
    expect(await people.setStatus(cached, { status: '迁出', from: '2030-01-01' })).toMatch(/[\u4e00-\u9fff]/)
    expect(people.villagerById.get(v.id)).toBe(cached)
    // a stale copy (the row before the phone change) is refused, the cache keeps the stored row
    await expect(people.setStatus(v, { status: '死亡', from: '2026-11-01' })).rejects.toMatchObject(stale)
    expect(people.villagerById.get(v.id)).toBe(cached)
  })

  it('adds a hand-entered villager and an edited household to the cache, audited as the secretary', async () => {
    await loadSampleVillage(ctx, 'small')
    const people = usePeopleStore()
    await people.load()
    const h = people.households[0]!
    await people.updateHousehold({ ...h, phone: '13800138000' })
    expect(people.householdById.get(h.id)?.phone).toBe('13800138000')
    const newborn = { ...NEWBORN_ENTRY, householdId: h.id }
    const result = await people.addOne(newborn)
    expect(result.ok).toBe(true)
    expect(people.villagers).toHaveLength(201)
    // the same person again: refused at the field, nothing cached
    const again = await people.addOne(newborn)
    expect(again.ok).toBe(false)
    expect(again.check.errors.idNumber).toBe('该身份证号已登记给村民 新生儿')
    expect(people.villagers).toHaveLength(201)
    const stored = await loadPeople(ctx)
    expect(people.villagers.map((v) => v.id).sort()).toEqual(stored.villagers.map((v) => v.id).sort())
    expect((await ctx.db.auditLog.orderBy('seq').toArray()).filter((e) => e.table === 'households').at(-1)?.actor).toBe('王芳')
  })
})

describe('notices store', () => {
  it('caches each step’s row, newest first, as the database has it', async () => {
    const notices = useNoticesStore()
    await notices.load()
    expect(notices.notices).toEqual([])
    const draft = await notices.saveDraft(sampleContent({ title: '甲' }))
    const edited = await notices.saveDraft(sampleContent({ title: '乙' }), draft)
    await notices.saveDraft(sampleContent({ title: '丙' }))
    expect(notices.notices.map((n) => n.title)).toEqual(['丙', '乙'])
    expect(notices.notices.find((n) => n.id === draft.id)).toEqual(edited)
    await expect(notices.saveDraft(sampleContent({ title: '丁' }), draft)).rejects.toMatchObject(stale)
    expect(notices.notices.find((n) => n.id === draft.id)?.title).toBe('乙')
    const fresh = useNoticesStore()
    await fresh.load()
    expect([...fresh.notices].sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      (await loadNotices(ctx)).sort((a, b) => a.id.localeCompare(b.id)),
    )
  })
})
