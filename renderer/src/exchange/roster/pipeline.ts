/**
 * The import's read-and-check step, shared by the worker and the in-thread fallback: parse the
 * workbook, validate against what the database holds, return the preview. Nothing is written.
 */
import { parseRosterWorkbook, type ProgressFn } from './parse'
import { unpackExisting, type PackedExisting, type RosterImportPreview } from './protocol'
import { validateRoster } from './validate'

export async function runRosterImport(
  bytes: Uint8Array,
  existing: PackedExisting,
  today: string,
  knownAreaCodes?: readonly string[],
  onProgress?: ProgressFn,
): Promise<RosterImportPreview> {
  const parsed = await parseRosterWorkbook(bytes, onProgress)
  const validation = validateRoster(parsed, unpackExisting(existing), today, knownAreaCodes ? new Set(knownAreaCodes) : undefined)
  return {
    sheetName: parsed.sheetName,
    headerRow: parsed.headerRow,
    columns: parsed.columns,
    ignoredColumns: parsed.ignoredColumns,
    validation,
  }
}
