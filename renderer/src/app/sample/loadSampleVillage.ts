/**
 * 载入示例村数据 (the sample village, for training and demos).
 *
 * loadSampleVillage(ctx, size) → { households, villagers, matters, meetings, notices, cases } written.
 * Refused (SampleRefusedError, Chinese) when the database already holds people, so demo data can
 * never mix with a real village's records; the check runs inside the unit of work, so a roster
 * imported meanwhile in another window also refuses it. Every record of the registry carries
 * sample: true; one audit entry lists them all.
 *
 * The large village also gets ten years of history, dated back from the context's today:
 *   - 四议两公开: ~500 matters, ~2,000 meetings with frozen rosters and votes (failures included),
 *     their 决议公开 / 实施结果公开 notices (sample/matterHistory.ts); the 两委 and 村民代表 of the
 *     current term also hold the two terms before, so old meetings have their committee;
 *   - 违约处理: ~1,000 cases in every state (sample/violationCases.ts), with the village benefit
 *     list they suspend, and the sample compact they cite (imported after the unit, by the compact's
 *     own use case).
 * The small village stays a bare registry: the e2e specs start from it and count their own records.
 * Everything is written in the same unit of work, one audit entry per kind of record.
 */
import { isDatabaseEmpty, loadVillageProfile } from '@/db/repositories/village'
import { audited, type WritableTable } from '@/db/unitOfWork'
import type { CaseRow } from '@/db/rows'
import { todayIso } from '@/domain/calendar/clock'
import { generateSampleVillage, sampleSizes, type SampleSize } from '@/sample/generateVillage'
import { sampleMatterHistory, type MatterHistory } from '@/sample/matterHistory'
import { SAMPLE_BENEFITS, sampleViolations } from '@/sample/violationCases'
import { timeline } from '@/domain/violations/timeline'
import type { AppContext } from '../context'
import { BENEFITS_KEY } from '../violations/benefitList'
import { importSampleCompact } from '../violations/compactForCases'

export class SampleRefusedError extends Error {}

export { sampleSizes, type SampleSize }

export interface SampleLoaded {
  households: number
  villagers: number
  matters: number
  meetings: number
  notices: number
  cases: number
}

export async function loadSampleVillage(ctx: AppContext, size: SampleSize): Promise<SampleLoaded> {
  const sample = generateSampleVillage(size)
  const today = todayIso(ctx.clock)
  const profile = await loadVillageProfile(ctx.db)
  let history: MatterHistory = { villagers: sample.villagers, matters: [], meetings: [], notices: [] }
  let cases: CaseRow[] = []
  let villagers = sample.villagers
  if (size === 'large') {
    history = await sampleMatterHistory({
      villagers: sample.villagers,
      households: sample.households,
      today,
      village: {
        committeeName: profile?.committeeName ?? '示例村村民委员会',
        supervisionPhone: profile?.supervisionPhone ?? '0377-62123456',
      },
    })
    // the registry as the history was held against: with the earlier terms of office
    villagers = history.villagers
    // created on the day reported; last changed on its latest step (timeline order)
    cases = sampleViolations({ villagers: sample.villagers, today }).cases.map((c) => {
      const last = timeline(c).at(-1)?.date ?? c.report.reportDate
      return { ...c, createdAt: `${c.report.reportDate}T01:00:00.000Z`, updatedAt: `${last}T09:00:00.000Z` }
    })
  }
  // The small village stays a bare registry, so it also loads into a database of the first schema
  // version (the backup tests restore such a one).
  const tables: WritableTable[] =
    size === 'large'
      ? ['households', 'villagers', 'grids', 'matters', 'meetings', 'notices', 'cases']
      : ['households', 'villagers', 'grids']
  await audited(ctx, tables, async (work) => {
    const state = await isDatabaseEmpty(work.db)
    if (!state.empty) throw new SampleRefusedError(`示例数据只能载入空数据库：${state.reason}。`)
    await work.addMany(
      [
        { table: 'grids', rows: sample.grids },
        { table: 'households', rows: sample.households },
        { table: 'villagers', rows: villagers },
      ],
      {
        action: 'seed',
        table: 'villagers',
        recordId: 'sample',
        summary: `载入示例村数据（${sampleSizes[size].label}，均标记为示例）`,
        after: { households: sample.households.length, villagers: villagers.length },
      },
    )
    if (history.matters.length > 0) {
      await work.addMany(
        [
          { table: 'notices', rows: history.notices },
          { table: 'meetings', rows: history.meetings },
          { table: 'matters', rows: history.matters },
        ],
        {
          action: 'seed',
          table: 'matters',
          recordId: 'sample',
          summary: `载入示例四议两公开历史：${history.matters.length}件事项、${history.meetings.length}次会议、${history.notices.length}份公示（示例数据）`,
          after: { matters: history.matters.length, meetings: history.meetings.length, notices: history.notices.length },
        },
      )
    }
    if (cases.length > 0) {
      // the benefits the sample cases suspend, as the village's list (违约处理 → 福利清单)
      await work.read('settings', BENEFITS_KEY, undefined)
      await work.put(
        'settings',
        { key: BENEFITS_KEY, value: SAMPLE_BENEFITS },
        { action: 'seed', summary: `载入示例村级福利清单（${SAMPLE_BENEFITS.map((b) => `${b.name}：${b.kind}`).join('，')}）` },
      )
      await work.addMany([{ table: 'cases', rows: cases }], {
        action: 'seed',
        table: 'cases',
        recordId: 'sample',
        summary: `载入示例违约处理案件${cases.length}件（示例数据）`,
        after: { cases: cases.length },
      })
    }
  })
  // The compact the sample cases cite (~45 articles in 6 chapters, two amended versions), through
  // the compact's own import, in units of its own: the registry and history stand without it.
  if (size === 'large') await importSampleCompact(ctx, profile?.villageName ?? '示例村')
  return {
    households: sample.households.length,
    villagers: villagers.length,
    matters: history.matters.length,
    meetings: history.meetings.length,
    notices: history.notices.length,
    cases: cases.length,
  }
}
