/**
 * 导入报送包 (import village bundles into the township database).
 *
 * Input:  importBundles(ctx, files: IncomingFile[] ({ name, size, read() }; fileOfBytes(name, bytes)),
 *                       onProgress?(done, total, fileName))
 * Output: ImportReport { outcomes: FileOutcome[] (one per file, in order), imported, duplicates, refused }
 *
 * Each file is verified (in a Web Worker where there is one: checker.ts) with the one verification core (exchange/bundle/verifyCore.mjs: signature,
 * every file's size and SHA-256, safe paths, canonical container). A file that fails is REFUSED:
 * nothing of it is written (only a line in the import log), and its outcome names the file and
 * every reason in plain Chinese. A file that passes is written whole — its facts, its parsed data
 * files and the file itself — in ONE transaction with its log line, so a failure while writing
 * leaves nothing of it either (all-or-nothing per bundle). Files are independent: one refused
 * bundle does not stop the others. A bundle already imported (same SHA-256) is reported as such
 * and not written again.
 */
import { hasBundle, logImport, storeBundle, type TownshipBundleRow, type TownshipImportLogRow } from '@/db/township'
import { nowIso } from '@/domain/calendar/clock'
import { LIMITS, formatBytes } from '@/exchange/bundle/format.mjs'
import type { VerifyResult } from '@/exchange/bundle/verify'
import type { BundleContents, CheckedBundle } from './checkBundle'
import { openChecker, type BundleChecker } from './checker'
import type { TownshipContext } from './context'

/** A file to import: read only when its turn comes, so a batch of large files is not all in memory at once. */
export interface IncomingFile {
  name: string
  size: number
  read(): Promise<Uint8Array>
}

/** Bytes already in memory (tests, the sample, the bench) as an IncomingFile. */
export function fileOfBytes(name: string, bytes: Uint8Array): IncomingFile {
  return { name, size: bytes.length, read: async () => bytes }
}

export interface FileOutcome {
  fileName: string
  outcome: 'imported' | 'duplicate' | 'refused'
  villageName: string | null
  period: { from: string; to: string } | null
  /** why it was refused, plain Chinese; empty otherwise */
  reasons: string[]
}

export interface ImportReport {
  outcomes: FileOutcome[]
  imported: number
  duplicates: number
  refused: number
}

export type ImportProgress = (done: number, total: number, fileName: string) => void

function rowOf(
  file: { name: string; bytes: Uint8Array },
  result: VerifyResult,
  contents: BundleContents,
  importedAt: string,
): TownshipBundleRow {
  const { data, pdfNames } = contents
  return {
    sha256: result.bundleSha256!,
    villageCode: result.village!.code,
    villageName: result.village!.name,
    period: { ...result.period! },
    createdAt: result.createdAt!,
    previousBundleSha256: result.previousBundleSha256,
    fingerprint: result.fingerprint!,
    rotatedFrom: result.keyRotation?.valid ? result.keyRotation.oldFingerprint : null,
    personData: result.personData?.mode === 'full' ? 'full' : 'masked',
    fileName: file.name,
    size: file.bytes.length,
    importedAt,
    data,
    pdfNames,
  }
}

async function importOne(ctx: TownshipContext, checker: BundleChecker, incoming: IncomingFile): Promise<FileOutcome> {
  const file: { name: string; bytes: Uint8Array } = { name: incoming.name, bytes: new Uint8Array(0) }
  const at = nowIso(ctx.clock)
  const refuse = async (reasons: string[], result?: VerifyResult): Promise<FileOutcome> => {
    const outcome: FileOutcome = {
      fileName: file.name,
      outcome: 'refused',
      villageName: result?.village?.name ?? null,
      period: result?.period ?? null,
      reasons,
    }
    await logImport(ctx.db, {
      at,
      fileName: file.name,
      outcome: 'refused',
      sha256: result?.bundleSha256 ?? null,
      villageName: outcome.villageName,
      reasons,
    })
    return outcome
  }
  if (incoming.size > LIMITS.maxInputBytes)
    return refuse([`文件有 ${formatBytes(incoming.size)}，超过上限 ${formatBytes(LIMITS.maxInputBytes)}，拒绝处理`])
  try {
    file.bytes = await incoming.read()
  } catch {
    return refuse(['无法读取这个文件'])
  }
  let checked: CheckedBundle
  try {
    checked = await checker.check(file.bytes)
  } catch (error) {
    return refuse([(error as Error).message])
  }
  const { result } = checked
  if (!result.valid) return refuse(result.problems.length > 0 ? result.problems : ['校验未通过'], result)

  const village = result.village!.name
  const period = result.period
  if (await hasBundle(ctx.db, result.bundleSha256!)) {
    await logImport(ctx.db, {
      at,
      fileName: file.name,
      outcome: 'duplicate',
      sha256: result.bundleSha256,
      villageName: village,
      reasons: [],
    })
    return { fileName: file.name, outcome: 'duplicate', villageName: village, period, reasons: [] }
  }
  if (checked.contents === null) return refuse([`报送包内容无法读取：${checked.readError ?? '未知原因'}`], result)
  const row = rowOf(file, result, checked.contents, at)
  const log: TownshipImportLogRow = { at, fileName: file.name, outcome: 'imported', sha256: row.sha256, villageName: village, reasons: [] }
  try {
    await storeBundle(ctx.db, row, file.bytes, log)
  } catch (error) {
    return refuse([`保存失败，未导入任何内容：${(error as Error).message}`], result)
  }
  return { fileName: file.name, outcome: 'imported', villageName: village, period, reasons: [] }
}

export async function importBundles(
  ctx: TownshipContext,
  files: readonly IncomingFile[],
  onProgress?: ImportProgress,
): Promise<ImportReport> {
  const outcomes: FileOutcome[] = []
  const checker = openChecker()
  try {
    for (const [i, file] of files.entries()) {
      onProgress?.(i, files.length, file.name)
      outcomes.push(await importOne(ctx, checker, file))
    }
  } finally {
    checker.close()
  }
  onProgress?.(files.length, files.length, '')
  const count = (o: FileOutcome['outcome']) => outcomes.filter((x) => x.outcome === o).length
  return { outcomes, imported: count('imported'), duplicates: count('duplicate'), refused: count('refused') }
}
