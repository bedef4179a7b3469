/**
 * 清除示例数据: the sample village removed again, so a village that trained on it can start for real.
 *
 * clearSampleVillage(ctx) → { households, villagers, records } deleted. Allowed only when the database
 * holds nothing but what 载入示例村数据 wrote, told by its markers, not guessed:
 *   - the load's own audit entries are there (action 'seed', recordId 'sample');
 *   - every household, villager and grid carries sample: true, and the compact, if any, is the sample's
 *     (every version noted “示例：…”, no draft of the village's own);
 *   - no audit entry changed anything else: besides the load's, only 首次设置, settings (村情, rules,
 *     the key…), the sample compact's import, and 查看完整号码 / 导出 (which change nothing).
 * Otherwise SampleRefusedError (Chinese) names the first record that is not sample data, and nothing
 * is written. The deletion is one unit of work and one audit entry that lists every record deleted,
 * so the audit check knows each must be gone; 村情 and settings other than the sample's stay.
 */
import type { AuditEntry } from '@/db/audit/chain'
import { audited, type Removal, type WritableTable } from '@/db/unitOfWork'
import type { AppContext } from '../context'
import { BENEFITS_KEY } from '../violations/benefitList'
import { SampleRefusedError } from './loadSampleVillage'

/** The tables whose every row came from the sample once the markers hold. */
const SAMPLE_TABLES: readonly WritableTable[] = [
  'grids',
  'households',
  'villagers',
  'matters',
  'meetings',
  'notices',
  'noticeFiles',
  'cases',
  'compacts',
]
const CHANGES_NOTHING = new Set(['reveal', 'export', 'setup', 'seed'])

function foreignEntry(log: readonly AuditEntry[]): AuditEntry | undefined {
  return log.find((e) => !CHANGES_NOTHING.has(e.action) && e.table !== 'settings' && e.table !== 'compacts')
}

export async function clearSampleVillage(ctx: AppContext): Promise<{ households: number; villagers: number; records: number }> {
  return audited(ctx, [...SAMPLE_TABLES], async (work) => {
    const db = work.db
    const log = await db.auditLog.orderBy('seq').toArray()
    if (!log.some((e) => e.action === 'seed' && e.recordId === 'sample'))
      throw new SampleRefusedError('没有找到示例数据的标记：数据库中的数据不是由“载入示例村数据”写入的，不能清除。')
    const [households, villagers, grids] = await Promise.all([db.households.toArray(), db.villagers.toArray(), db.grids.toArray()])
    const real = [...households, ...villagers, ...grids].find((r) => !r.sample)
    if (real) {
      const name = 'householdNo' in real ? `户 ${real.householdNo}` : real.name
      throw new SampleRefusedError(`数据库中有不是示例的记录（${name}），为免误删真实数据，不能清除。`)
    }
    const compacts = await db.compacts.toArray()
    if (compacts.some((c) => c.draft || c.compact.versions.some((v) => !v.note?.startsWith('示例'))))
      throw new SampleRefusedError('村规民约中已有本村自己的条文或草案，为免误删真实数据，不能清除。')
    const foreign = foreignEntry(log)
    if (foreign) throw new SampleRefusedError(`载入示例数据之后已有新的操作（${foreign.summary}），为免误删真实数据，不能清除。`)
    const removals: Removal[] = []
    for (const table of SAMPLE_TABLES) {
      const keys = (await db.table(table).toCollection().primaryKeys()) as string[]
      if (keys.length) removals.push({ table, keys })
    }
    const settingKeys = [BENEFITS_KEY]
    const storedSettings = (await db.settings.bulkGet(settingKeys)).filter((r) => r !== undefined).map((r) => r!.key)
    if (storedSettings.length) removals.push({ table: 'settings', keys: storedSettings })
    const records = removals.reduce((n, r) => n + r.keys.length, 0)
    await work.removeMany(removals, {
      action: 'delete',
      table: 'villagers',
      recordId: 'sample',
      summary: `清除示例数据（${households.length}户、${villagers.length}人，共${records}条记录）`,
    })
    return { households: households.length, villagers: villagers.length, records }
  })
}
