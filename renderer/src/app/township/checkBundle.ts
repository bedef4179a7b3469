/**
 * One bundle checked and read: verification (exchange/bundle/verifyCore.mjs), then — only when it
 * is valid — its data files parsed and its PDF names listed. Runs in bundle.worker.ts (checker.ts)
 * or, without Web Workers (vitest), in-thread.
 *
 * checkBundle(bytes) → { result, contents: { data, pdfNames } | null, readError: string | null }
 */
import { LIMITS } from '@/exchange/bundle/format.mjs'
import { verifyBundle, type VerifyResult } from '@/exchange/bundle/verify'
import { extractEntry, readZipDirectory } from '@/exchange/bundle/zip.mjs'

export interface BundleContents {
  /** area → parsed data/<area>.json */
  data: Record<string, unknown>
  pdfNames: string[]
}

export interface CheckedBundle {
  result: VerifyResult
  contents: BundleContents | null
  /** a valid bundle whose data could still not be read (should not happen; then it is refused) */
  readError: string | null
}

const utf8 = new TextDecoder('utf-8', { fatal: true })

/** The data files and PDF names of a bundle that has verified (so every entry is listed and intact). */
function contentsOf(bytes: Uint8Array): BundleContents {
  const directory = readZipDirectory(bytes, LIMITS)
  if (directory.fatal !== null) throw new Error(directory.fatal)
  const data: Record<string, unknown> = {}
  const pdfNames: string[] = []
  for (const entry of directory.entries) {
    const name = entry.name ?? ''
    if (name.startsWith('data/') && name.endsWith('.json')) {
      const got = extractEntry(bytes, entry)
      if (got.error !== undefined) throw new Error(`${name}：${got.error}`)
      data[name.slice('data/'.length, -'.json'.length)] = JSON.parse(utf8.decode(got.data))
    } else if (name.startsWith('pdf/')) pdfNames.push(name.slice('pdf/'.length))
  }
  return { data, pdfNames }
}

export async function checkBundle(bytes: Uint8Array): Promise<CheckedBundle> {
  const result = await verifyBundle(bytes)
  if (!result.valid) return { result, contents: null, readError: null }
  try {
    return { result, contents: contentsOf(bytes), readError: null }
  } catch (error) {
    return { result, contents: null, readError: (error as Error).message }
  }
}
