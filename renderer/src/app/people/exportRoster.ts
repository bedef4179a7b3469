/**
 * 导出花名册 (exporting the roster to Excel). Masked unless full numbers were explicitly asked for,
 * and then only with a stated purpose, like revealing one ID (revealNumber.ts).
 *
 * exportRoster(ctx, people, { reveal, villageName, purpose? }, save, build?) → { saved, fileName, count }
 *   - reveal: true without a purpose (blank, or over PURPOSE_MAX_LENGTH characters) is refused with
 *     ExportPurposeError (field 'purpose', message in Chinese) and nothing is written or built.
 *   - Step 1, its own audited unit, BEFORE the file is built: who (the entry's actor), when (its `at`),
 *     the file name, how many people, and for full numbers action 'reveal' with “含完整身份证号和电话”
 *     and the purpose; masked: action 'export', “号码已遮蔽”. If a file with every full ID then exists,
 *     this entry exists too, whatever happens next.
 *   - Then the file is built (`build`, default the roster worker) and handed to `save` (the shell's
 *     save dialog: bytes, suggested name → { saved }).
 *   - Step 2, a second audited unit (action 'export'): the outcome, “已保存” / “已取消” / “失败：…”,
 *     with the file name. A failed build or save is logged and then rethrown. If the outcome itself
 *     cannot be logged, the original failure is still what is thrown; after a successful save the
 *     caller gets an error saying the file was saved but its outcome is not in the log.
 * The masked export takes the same two steps (one path; the roster's names and addresses are
 * personal data too). The sheet's 导出时间 and the file name's date are Beijing time.
 */
import { audited } from '@/db/unitOfWork'
import type { HouseholdRow, VillagerRow } from '@/db/rows'
import { beijingDate } from '@/domain/calendar/clock'
import { exportRosterFile, rosterTemplateFile } from '@/exchange/roster/client'
import type { ExportOptions } from '@/exchange/roster/protocol'
import type { AppContext } from '../context'
import type { KnownPeople } from './addVillager'

export type SaveFile = (bytes: Uint8Array, suggestedName: string) => Promise<{ saved: boolean }>
export type BuildRosterFile = (households: HouseholdRow[], villagers: VillagerRow[], options: ExportOptions) => Promise<Uint8Array>

export interface RosterExportOptions {
  reveal: boolean
  villageName: string
  /** why full numbers go out, e.g. “报乡镇民政办核对低保名单”; required when reveal is true */
  purpose?: string
}

export interface RosterExport {
  saved: boolean
  fileName: string
  count: number
}

/** Long enough for “报乡镇民政办核对2026年度低保名单”, short enough to read in one line of the log. */
export const PURPOSE_MAX_LENGTH = 100

/** A full-number export without a usable purpose; `field` names the form field to mark. */
export class ExportPurposeError extends Error {
  readonly field = 'purpose'
}

/** The purpose as recorded, or the Chinese reason it cannot be (for the dialog's field check too). */
export function checkExportPurpose(purpose: string | undefined): { purpose: string } | { error: string } {
  const text = (purpose ?? '').trim()
  if (!text) return { error: '请填写导出用途' }
  if (text.length > PURPOSE_MAX_LENGTH) return { error: `导出用途请写在 ${PURPOSE_MAX_LENGTH} 字以内（现有 ${text.length} 字）` }
  return { purpose: text }
}

async function record(ctx: AppContext, action: 'reveal' | 'export', summary: string): Promise<void> {
  await audited(ctx, [], async (work) => {
    work.record({ action, table: 'villagers', recordId: 'roster', summary })
  })
}

export async function exportRoster(
  ctx: AppContext,
  people: KnownPeople,
  options: RosterExportOptions,
  save: SaveFile,
  build: BuildRosterFile = exportRosterFile,
): Promise<RosterExport> {
  const { reveal, villageName } = options
  let purpose = ''
  if (reveal) {
    const checked = checkExportPurpose(options.purpose)
    if ('error' in checked) throw new ExportPurposeError(checked.error)
    purpose = checked.purpose
  }
  const at = ctx.clock.now()
  const day = beijingDate(at)
  const fileName = `${villageName}村民花名册${reveal ? '（含完整号码）' : ''}-${day}.xlsx`
  const count = people.villagers.length

  await record(
    ctx,
    reveal ? 'reveal' : 'export',
    reveal
      ? `导出花名册“${fileName}”，${count} 人，含完整身份证号和电话（经确认），用途：${purpose}`
      : `导出花名册“${fileName}”，${count} 人，号码已遮蔽`,
  )

  const outcome = (what: string) => record(ctx, 'export', `导出花名册“${fileName}”的结果：${what}`)
  let saved: boolean
  try {
    const bytes = await build([...people.households], [...people.villagers], { reveal, villageName, exportedAt: at.toISOString() })
    ;({ saved } = await save(bytes, fileName))
  } catch (error) {
    // The failure is what the secretary must see; a failed outcome entry must not hide it.
    await outcome(`失败，${(error as Error).message || '原因不明'}`).catch(() => undefined)
    throw error
  }
  try {
    await outcome(saved ? '已保存' : '已取消，文件未保存')
  } catch (error) {
    if (saved) throw new Error(`文件已保存，但导出结果未能记入操作日志：${(error as Error).message}`)
    throw error
  }
  return { saved, fileName, count }
}

/** The empty import template (no data, nothing to audit). */
export function rosterTemplate(): Promise<Uint8Array> {
  return rosterTemplateFile()
}
