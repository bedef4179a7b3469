/**
 * 年度台账 (the Excel ledgers the township asks for), built from the village's own records:
 *
 *   LEDGERS: the six, in the order the screen lists them (kind, name)
 *   exportLedger(ctx, kind, year, save, build?) → { saved, fileName, rows }
 *
 * Which records for a year: 四议两公开 — matters whose ① (or, before it, creation) falls in the year
 * (db/repositories/matters.ts matterYear, the same rule as the printed 台账); 会议 — meetings held in
 * it; 村规民约版本 — every version (the history is the point); 违约处理 — cases registered in it;
 * 公示 — notices whose 公示期 starts in it; 人员花名册 — everyone on file (app/people/exportRoster.ts).
 * Every ledger is masked (full numbers go out only through 人员 → 导出花名册, with a purpose).
 * Each export is audited before the file is built (action 'export', which ledger, the year, how many
 * rows) and its outcome after, as the roster export is.
 */
import { loadCompactRow } from '@/db/repositories/compacts'
import { listCaseRows } from '@/db/repositories/cases'
import { listMatterRows, matterYear } from '@/db/repositories/matters'
import { meetingsBetween } from '@/db/repositories/meetings'
import { listNotices } from '@/db/repositories/notices'
import { loadPeople } from '@/db/repositories/people'
import { loadVillageProfile } from '@/db/repositories/village'
import { audited } from '@/db/unitOfWork'
import { evaluateMeeting } from '@/domain/meetings/meeting'
import {
  buildCompactVersionLedger,
  buildMatterLedger,
  buildMeetingLedger,
  buildNoticeLedger,
  buildViolationLedger,
  type LedgerOptions,
} from '@/exchange/ledgers'
import { compactVersionLedgerRows, ledgerParties, matterLedgerRows, meetingLedgerRow } from '@/exchange/ledgers/fromRecords'
import { noticesInLedger } from '@/exchange/ledgers/notices'
import type { AppContext } from '../context'
import { villageRuleProfile } from '../meetings/profile'
import { exportRoster, type SaveFile } from '../people/exportRoster'

export const LEDGERS = [
  { kind: 'matters', name: '四议两公开台账' },
  { kind: 'meetings', name: '会议台账' },
  { kind: 'compactVersions', name: '村规民约版本台账' },
  { kind: 'violations', name: '违约处理台账' },
  { kind: 'notices', name: '公示台账' },
  { kind: 'roster', name: '人员花名册' },
] as const

export type LedgerKind = (typeof LEDGERS)[number]['kind']

export interface LedgerExport {
  saved: boolean
  fileName: string
  rows: number
}

interface BuiltLedger {
  bytes: Uint8Array
  rows: number
}

/** Builds one ledger of one year from the database (exported for tests and the bench). */
export async function buildLedgerFile(
  ctx: AppContext,
  kind: Exclude<LedgerKind, 'roster'>,
  year: number,
  options: LedgerOptions,
): Promise<BuiltLedger> {
  const period = `${year}年度`
  switch (kind) {
    case 'matters': {
      const matters = (await listMatterRows(ctx.db)).filter((m) => matterYear(m) === year)
      return { bytes: await buildMatterLedger({ matters: matterLedgerRows(matters), period }, options), rows: matters.length }
    }
    case 'meetings': {
      const profile = await villageRuleProfile(ctx)
      const meetings = await meetingsBetween(ctx.db, `${year}-01-01`, `${year}-12-31`)
      const rows = meetings
        .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
        .map((m) => meetingLedgerRow(m, evaluateMeeting(m, { profile })))
      return { bytes: await buildMeetingLedger({ meetings: rows, period }, options), rows: rows.length }
    }
    case 'compactVersions': {
      const row = await loadCompactRow(ctx.db)
      const versions = row ? compactVersionLedgerRows(row.compact, row.procedures) : []
      return { bytes: await buildCompactVersionLedger({ versions }, options), rows: versions.length }
    }
    case 'violations': {
      const [cases, people] = await Promise.all([listCaseRows(ctx.db), loadPeople(ctx.db)])
      const parties = ledgerParties(people.villagers, people.households)
      const rows = cases.filter((c) => c.report.reportDate.startsWith(String(year))).length
      return { bytes: await buildViolationLedger({ cases, year, parties }, options), rows }
    }
    case 'notices': {
      const notices = await listNotices(ctx.db)
      return { bytes: await buildNoticeLedger({ notices, year }, options), rows: noticesInLedger(notices, year).length }
    }
  }
}

async function note(ctx: AppContext, summary: string): Promise<void> {
  await audited(ctx, [], async (work) => work.record({ action: 'export', table: 'settings', recordId: 'ledger', summary }))
}

export async function exportLedger(ctx: AppContext, kind: LedgerKind, year: number, save: SaveFile): Promise<LedgerExport> {
  const village = await loadVillageProfile(ctx.db)
  if (!village) throw new Error('请先在设置中填写村情信息')
  if (kind === 'roster') {
    const people = await loadPeople(ctx.db)
    const done = await exportRoster(ctx, people, { reveal: false, villageName: village.villageName }, save)
    return { saved: done.saved, fileName: done.fileName, rows: done.count }
  }
  const name = LEDGERS.find((l) => l.kind === kind)!.name
  const fileName = `${village.villageName}${year}年度${name}.xlsx`
  await note(ctx, `导出${year}年度${name}“${fileName}”，个人信息已遮蔽`)
  try {
    const built = await buildLedgerFile(ctx, kind, year, { villageName: village.villageName, exportedAt: ctx.clock.now().toISOString() })
    const { saved } = await save(built.bytes, fileName)
    await note(ctx, `导出${year}年度${name}的结果：${saved ? `已保存，共${built.rows}条` : '已取消，文件未保存'}`)
    return { saved, fileName, rows: built.rows }
  } catch (error) {
    await note(ctx, `导出${year}年度${name}的结果：失败，${(error as Error).message || '原因不明'}`).catch(() => undefined)
    throw error
  }
}
