import { describe, expect, it } from 'vitest'
import { StaleRecordError } from '@/db/unitOfWork'
import type { VillageProfile } from '@/domain/village/profile'
import { snapshotOf, testVillageProfile, useTestContexts } from '../testContext'
import { verifyAuditLog } from '../audit/auditLog'
import { chineseDateWithWeekday, homeFacts } from './home'
import { loadVillageProfile } from './loadProfile'
import { saveVillageProfile, VillageProfileError } from './profile'

const profile: VillageProfile = testVillageProfile

const context = useTestContexts('app-village')

describe('saveVillageProfile', () => {
  it('saves the first setup and later edits, audited by the secretary it names, chained', async () => {
    const ctx = context()
    expect(await loadVillageProfile(ctx)).toEqual({ profile: undefined, version: undefined })
    const first = await saveVillageProfile(ctx, profile, undefined)
    const second = await saveVillageProfile(
      { ...ctx, actor: '别人' },
      { ...profile, supervisionPhone: '13800138000', secretaryName: '王芳' },
      first.version,
    )
    const loaded = await loadVillageProfile(ctx)
    expect(loaded.profile?.supervisionPhone).toBe('13800138000')
    expect(loaded.version).toBe(second.version)
    const log = await ctx.db.auditLog.orderBy('seq').toArray()
    expect(log.map((e) => [e.action, e.actor, e.summary])).toEqual([
      ['setup', '李秀英', '首次设置：宅子村村民委员会'],
      ['update', '王芳', '修改村情设置'],
    ])
    expect(log[1]!.beforeHash).toBe(log[0]!.afterHash)
    expect((await verifyAuditLog(ctx)).ok).toBe(true)
  })

  it('refuses an edit made on a version another window has replaced, and writes nothing', async () => {
    const ctx = context()
    const first = await saveVillageProfile(ctx, profile, undefined)
    await saveVillageProfile(ctx, { ...profile, secretaryName: '王芳' }, first.version)
    const before = await snapshotOf(ctx)
    await expect(saveVillageProfile(ctx, { ...profile, secretaryName: '张伟' }, first.version)).rejects.toBeInstanceOf(StaleRecordError)
    // a second "first setup" (another window also showed the setup screen) is refused too
    await expect(saveVillageProfile(ctx, profile, undefined)).rejects.toBeInstanceOf(StaleRecordError)
    expect(await snapshotOf(ctx)).toEqual(before)
  })

  it('refuses a profile that fails the domain checks, naming the problems, and writes nothing', async () => {
    const ctx = context()
    await expect(saveVillageProfile(ctx, { ...profile, villageName: ' ', supervisionPhone: '12' }, undefined)).rejects.toThrow(
      VillageProfileError,
    )
    await expect(saveVillageProfile(ctx, { ...profile, villageName: ' ' }, undefined)).rejects.toThrow('请填写村名')
    expect(await ctx.db.settings.count()).toBe(0)
    expect(await ctx.db.auditLog.count()).toBe(0)
  })

  it('accepts a profile stored before rows carried a version', async () => {
    const ctx = context()
    await ctx.db.settings.put({ key: 'village', value: profile })
    const loaded = await loadVillageProfile(ctx)
    expect(loaded.version).toBe('')
    await saveVillageProfile(ctx, { ...profile, secretaryName: '王芳' }, loaded.version)
    expect((await loadVillageProfile(ctx)).profile?.secretaryName).toBe('王芳')
  })

  it('detects tampering with the stored log', async () => {
    const ctx = context()
    const a = await saveVillageProfile(ctx, profile, undefined)
    const b = await saveVillageProfile(ctx, { ...profile, secretaryName: '王芳' }, a.version)
    await saveVillageProfile(ctx, { ...profile, secretaryName: '张伟' }, b.version)
    await ctx.db.auditLog.update(2, { actor: '别人' })
    const altered = await verifyAuditLog(ctx)
    expect(altered.ok).toBe(false)
    expect(altered.problems).toContain('第 2 条记录的内容与其防篡改校验码不符（可能被修改）')
  })
})

describe('home screen facts', () => {
  it('gives the Beijing date: 00:26 on 2 Dec in Beijing is still 1 Dec in UTC', async () => {
    const ctx = context('2026-12-01T16:26:00.000Z')
    expect((await homeFacts(ctx)).today).toBe('2026年12月2日 星期三')
    expect(chineseDateWithWeekday('2026-03-01')).toBe('2026年3月1日 星期日')
  })
})
