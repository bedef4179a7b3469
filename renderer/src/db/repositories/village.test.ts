import { describe, expect, it } from 'vitest'
import { useFreshDatabases } from '../testDb'
import { verifyStoredAuditChain } from '../audit/log'
import { loadSampleVillage } from './sample'
import { isDatabaseEmpty, loadVillageProfile, saveVillageProfile } from './village'
import type { VillageProfile } from '@/domain/village/profile'

const profile: VillageProfile = {
  villageName: '宅子村',
  townshipName: '罗庄镇',
  countyName: '邓州市',
  areaCode: '411381102200',
  areaCodeManual: false,
  committeeName: '宅子村村民委员会',
  partyOrgName: '中共宅子村支部委员会',
  supervisionPhone: '0377-62123456',
  secretaryName: '李秀英',
}

const freshDb = useFreshDatabases('village-test')

describe('village profile', () => {
  it('saves, loads and audits first setup and later edits', async () => {
    const db = freshDb()
    expect(await loadVillageProfile(db)).toBeUndefined()
    await saveVillageProfile(db, profile)
    await saveVillageProfile(db, { ...profile, supervisionPhone: '13800138000' })
    expect((await loadVillageProfile(db))?.supervisionPhone).toBe('13800138000')
    const log = await db.auditLog.orderBy('seq').toArray()
    expect(log.map((e) => [e.action, e.actor, e.summary])).toEqual([
      ['setup', '李秀英', '首次设置：宅子村村民委员会'],
      ['update', '李秀英', '修改村情设置'],
    ])
    expect(log[1]!.beforeHash).toBe(log[0]!.afterHash)
    expect((await verifyStoredAuditChain(db)).ok).toBe(true)
  })

  it('detects tampering with the stored log', async () => {
    const db = freshDb()
    await saveVillageProfile(db, profile)
    await saveVillageProfile(db, { ...profile, secretaryName: '王芳' })
    await saveVillageProfile(db, { ...profile, secretaryName: '张伟' })
    await db.auditLog.update(2, { actor: '别人' })
    const altered = await verifyStoredAuditChain(db)
    expect(altered.ok).toBe(false)
    expect(altered.problems).toContainEqual({ kind: 'altered', seq: 2 })

    const db2 = freshDb()
    await saveVillageProfile(db2, profile)
    await saveVillageProfile(db2, { ...profile, secretaryName: '王芳' })
    await db2.auditLog.delete(2)
    expect((await verifyStoredAuditChain(db2)).problems[0]).toMatchObject({ kind: 'head-mismatch' })
  })
})

describe('sample village', () => {
  it('loads into an empty database and refuses a second time, leaving data unchanged', async () => {
    const db = freshDb()
    await saveVillageProfile(db, profile)
    const result = await loadSampleVillage(db, 'small', '李秀英')
    expect(result).toEqual({ households: 60, villagers: 200 })
    expect(await db.villagers.count()).toBe(200)
    expect((await isDatabaseEmpty(db)).empty).toBe(false)
    await expect(loadSampleVillage(db, 'small', '李秀英')).rejects.toThrow('示例数据只能载入空数据库')
    expect(await db.villagers.count()).toBe(200)
    expect(await db.auditLog.where('action').equals('seed').count()).toBe(1)
    expect((await verifyStoredAuditChain(db)).ok).toBe(true)
  })
})
