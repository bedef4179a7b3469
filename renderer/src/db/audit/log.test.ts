import { describe, expect, it } from 'vitest'
import { sha256Hex } from '@/domain/evidence/hash'
import { generateSampleVillage } from '@/sample/generateVillage'
import { useFreshDatabases } from '../testDb'
import { appendAuditBatch, verifyStoredAuditLog } from './log'

const freshDb = useFreshDatabases('audit-log')
const sample = generateSampleVillage('small')
const AT = new Date('2026-03-01T01:00:00.000Z')

describe('appendAuditBatch: the hash of each item of one act', () => {
  it('hashes each record, or takes the hash the caller computed from that record', async () => {
    const db = freshDb()
    const [a, b] = sample.villagers
    await db.villagers.bulkAdd([a!, b!])
    const [entry] = await appendAuditBatch(
      db,
      [
        {
          actor: '李秀英',
          action: 'import',
          table: 'villagers',
          recordId: 'import:1',
          summary: '导入 2 人',
          items: [
            { table: 'villagers', recordId: a!.id, record: a },
            { table: 'villagers', recordId: b!.id, record: b, afterHash: sha256Hex(b) },
          ],
        },
      ],
      AT,
    )
    expect(entry!.items!.map((i) => i.afterHash)).toEqual([sha256Hex(a), sha256Hex(b)])
    const { chain, records } = await verifyStoredAuditLog(db)
    expect(chain.ok).toBe(true)
    expect(records.findings).toEqual([])
    expect(records.checked).toBe(2)
  })

  it('a precomputed hash that is not the stored record is found by the record check', async () => {
    const db = freshDb()
    const [a] = sample.villagers
    await db.villagers.add(a!)
    await appendAuditBatch(
      db,
      [
        {
          actor: '李秀英',
          action: 'import',
          table: 'villagers',
          recordId: 'import:1',
          summary: '导入 1 人',
          items: [{ table: 'villagers', recordId: a!.id, record: a, afterHash: sha256Hex({ ...a, name: '别人' }) }],
        },
      ],
      AT,
    )
    const { records } = await verifyStoredAuditLog(db)
    expect(records.findings.map((f) => f.code)).toEqual(['record-changed'])
  })
})
