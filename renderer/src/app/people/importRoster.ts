/**
 * 从Excel导入花名册 (importing the roster), in two steps with the secretary's confirmation between:
 *
 * 1. previewRosterImport(ctx, bytes, known, options) → RosterImportPreview: the file read and every
 *    row checked (in a Web Worker where there is one) against the people already stored; nothing is
 *    written. Rejects with RosterFileError (Chinese) when the file cannot be used at all.
 * 2. importRoster(ctx, preview, fileName, known) → the households and villagers written. A preview
 *    with any bad row is refused (a file is never half in the database). The rows are planned
 *    (exchange/roster/plan.ts) as of today (Beijing) and written in ONE unit of work with one audit
 *    entry that lists every record; an ID number or 户号 stored meanwhile refuses the whole import
 *    (ImportConflictError), leaving the database unchanged.
 */
import { householdWithNumber, villagerWithIdNumber } from '@/db/repositories/people'
import { audited } from '@/db/unitOfWork'
import { nowIso, todayIso } from '@/domain/calendar/clock'
import { maskIdNumber } from '@/domain/people/masking'
import { importRosterFile, type ProgressFn } from '@/exchange/roster/client'
import { planRosterImport, type RosterImportPlan } from '@/exchange/roster/plan'
import type { RosterImportPreview } from '@/exchange/roster/protocol'
import { ulid } from 'ulid'
import type { AppContext } from '../context'

/** '第4行 钱秀兰：…' without the row and name, for the preview table whose columns show them. */
export { withoutRowLabel } from '@/exchange/roster/validate'
import type { KnownPeople } from './addVillager'
import { ImportConflictError } from './conflicts'

export type { RosterImportPreview, RosterImportPlan }

export function previewRosterImport(
  ctx: AppContext,
  bytes: Uint8Array,
  known: KnownPeople,
  options: { onProgress?: ProgressFn; knownAreaCodes?: readonly string[] } = {},
): Promise<RosterImportPreview> {
  return importRosterFile(
    bytes,
    {
      idNumbers: new Map(known.villagers.map((v) => [v.idNumber, { name: v.name }])),
      householdNos: new Set(known.households.map((h) => h.householdNo)),
    },
    todayIso(ctx.clock),
    options.onProgress,
    options.knownAreaCodes,
  )
}

export class RosterNotImportableError extends Error {}

export async function importRoster(
  ctx: AppContext,
  preview: RosterImportPreview,
  fileName: string,
  known: Pick<KnownPeople, 'households'>,
): Promise<RosterImportPlan> {
  const { summary } = preview.validation
  if (summary.bad > 0)
    throw new RosterNotImportableError(`文件中有 ${summary.bad} 行有问题，请在Excel中修改后重新选择文件（未写入任何数据）`)
  if (summary.good === 0) throw new RosterNotImportableError('文件中没有可导入的行')
  const now = nowIso(ctx.clock)
  const plan = planRosterImport(preview.validation, {
    today: todayIso(ctx.clock),
    existingHouseholdIds: new Map(known.households.map((h) => [h.householdNo, h.id])),
    now: () => now,
  })
  const { households, villagers } = plan
  await audited(ctx, ['households', 'villagers'], async (work) => {
    // Both checks at once: two index lookups in one round trip of the transaction.
    const [clash, takenNo] = await Promise.all([
      villagerWithIdNumber(
        work.db,
        villagers.map((v) => v.idNumber),
      ),
      householdWithNumber(
        work.db,
        households.map((h) => h.householdNo),
      ),
    ])
    if (clash) throw new ImportConflictError(`身份证号 ${maskIdNumber(clash.idNumber)} 已在库中（${clash.name}），本次导入未写入任何数据`)
    if (takenNo) throw new ImportConflictError(`户号 ${takenNo.householdNo} 已在库中，本次导入未写入任何数据`)
    // One act, one entry: the file's every household and villager are listed in it with the hash
    // of what was written, so the chain covers each record at the cost of a single write.
    await work.addMany(
      [
        { table: 'households', rows: households },
        { table: 'villagers', rows: villagers },
      ],
      {
        action: 'import',
        table: 'villagers',
        recordId: `import:${ulid()}`,
        summary: `从“${fileName}”导入 ${households.length} 户、${villagers.length} 人`,
        after: { fileName, households: households.length, villagers: villagers.length },
      },
    )
  })
  return plan
}
