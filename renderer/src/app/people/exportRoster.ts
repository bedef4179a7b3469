/**
 * 导出花名册 (exporting the roster to Excel). Masked unless full numbers were explicitly asked for;
 * the export is audited, and whether full numbers went out is part of the record.
 *
 * exportRoster(ctx, people, { reveal, villageName }, save) → { saved, fileName, count }. `save` is
 * the shell's save dialog (bytes, suggested name) → { saved }: the audit entry is written only when
 * the file was actually saved. The sheet's 导出时间 and the file name's date are Beijing time.
 */
import { audited } from '@/db/unitOfWork'
import { beijingDate } from '@/domain/calendar/clock'
import { exportRosterFile, rosterTemplateFile } from '@/exchange/roster/client'
import type { AppContext } from '../context'
import type { KnownPeople } from './addVillager'

export type SaveFile = (bytes: Uint8Array, suggestedName: string) => Promise<{ saved: boolean }>

export interface RosterExport {
  saved: boolean
  fileName: string
  count: number
}

export async function exportRoster(
  ctx: AppContext,
  people: KnownPeople,
  options: { reveal: boolean; villageName: string },
  save: SaveFile,
): Promise<RosterExport> {
  const { reveal, villageName } = options
  const at = ctx.clock.now()
  const day = beijingDate(at)
  const fileName = `${villageName}村民花名册${reveal ? '（含完整号码）' : ''}-${day}.xlsx`
  const bytes = await exportRosterFile([...people.households], [...people.villagers], { reveal, villageName, exportedAt: at.toISOString() })
  const count = people.villagers.length
  const { saved } = await save(bytes, fileName)
  if (saved) {
    await audited(ctx, [], async (work) => {
      work.record({
        action: reveal ? 'reveal' : 'export',
        table: 'villagers',
        recordId: 'roster',
        summary: `导出花名册“${fileName}”，${count} 人，${reveal ? '含完整身份证号和电话（经确认）' : '号码已遮蔽'}`,
      })
    })
  }
  return { saved, fileName, count }
}

/** The empty import template (no data, nothing to audit). */
export function rosterTemplate(): Promise<Uint8Array> {
  return rosterTemplateFile()
}
