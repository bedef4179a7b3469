/**
 * Reading a zip someone handed us without trusting it (a backup file, a Word .docx): the central
 * directory is listed first (nothing inflated) and refused when it has too many entries, an entry
 * too large, or an inflated total over the limits — that is what stops a zip bomb. Entries are then
 * inflated into buffers of exactly their declared size, so an entry that lies about its size cannot
 * grow past it (a backup's hash then fails; a .docx part is cut short and will not parse).
 *
 * listEntries(bytes, limits, kind) → { ok, entries } | { ok: false, reason }
 * readEntries(bytes, names) → Map name → bytes, only for the names asked for.
 *
 * The bundle verifier has its own reader (exchange/bundle/zip.mjs) on purpose: it runs without a
 * bundler from a USB stick and must account for every byte of the file, not just read its parts.
 */
import { unzipSync } from 'fflate'

export interface ZipLimits {
  maxFileBytes: number
  maxEntries: number
  maxEntryBytes: number
  maxTotalBytes: number
}

/** What the file should be, in the words of the refusal: 'backup' → 备份文件, 'docx' → Word 文档. */
export type ZipKind = 'backup' | 'docx'

const KIND: Record<ZipKind, { file: string; notZip: string }> = {
  backup: { file: '备份文件', notZip: '这不是乡约的备份文件（不是 zip 压缩文件）' },
  docx: { file: 'Word 文档', notZip: '这不是 Word 的 .docx 文件（文件可能已损坏）。旧版 .doc 文件请先在 Word 或 WPS 中“另存为” .docx。' },
}

export interface ZipEntry {
  name: string
  /** compressed size, from the central directory */
  size: number
  /** inflated size, from the central directory */
  originalSize: number
  /** 0 stored, 8 deflated */
  compression: number
}

export type Listing = { ok: true; entries: ZipEntry[] } | { ok: false; reason: string }

const MB = 1024 * 1024
const mb = (n: number) => `${Math.round(n / MB)} MB`

class StopListing extends Error {}

/** 'PK\x03\x04' (a zip with entries) or 'PK\x05\x06' (an empty zip) */
function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 22 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5)
}

export function listEntries(bytes: Uint8Array, limits: Readonly<ZipLimits>, kind: ZipKind): Listing {
  const words = KIND[kind]
  if (bytes.length > limits.maxFileBytes)
    return { ok: false, reason: `文件有 ${mb(bytes.length)}，超过${words.file}的上限 ${mb(limits.maxFileBytes)}` }
  if (!looksLikeZip(bytes)) return { ok: false, reason: words.notZip }
  const entries: ZipEntry[] = []
  let total = 0
  let refusal: string | undefined
  try {
    // The filter sees each central-directory record before anything is inflated; it returns false
    // for all of them, so this pass inflates nothing. A refusal stops the walk at once.
    unzipSync(bytes, {
      filter(file) {
        if (entries.length >= limits.maxEntries) refusal = `压缩文件中的条目超过 ${limits.maxEntries} 个，不像是${words.file}`
        else if (file.originalSize > limits.maxEntryBytes)
          refusal = `压缩文件中的“${file.name.slice(0, 80)}”解压后有 ${mb(file.originalSize)}，超过单项上限 ${mb(limits.maxEntryBytes)}`
        else if ((total += file.originalSize) > limits.maxTotalBytes)
          refusal = `压缩文件解压后超过 ${mb(limits.maxTotalBytes)}（可能是“压缩炸弹”），已拒绝`
        if (refusal) throw new StopListing(refusal)
        entries.push({ name: file.name, size: file.size, originalSize: file.originalSize, compression: file.compression })
        return false
      },
    })
  } catch (error) {
    if (error instanceof StopListing) return { ok: false, reason: error.message }
    return { ok: false, reason: '文件已损坏，或不是 zip 压缩文件（无法读取其目录）' }
  }
  const names = new Set<string>()
  for (const entry of entries) {
    if (names.has(entry.name)) return { ok: false, reason: `压缩文件中“${entry.name.slice(0, 80)}”出现了两次，文件不可信` }
    names.add(entry.name)
    if (entry.compression !== 0 && entry.compression !== 8)
      return { ok: false, reason: `压缩文件使用了不支持的压缩方式（${entry.compression}）` }
  }
  return { ok: true, entries }
}

/**
 * Inflates the named entries (they must have passed listEntries). Throws on a corrupt stream; the
 * caller turns that into a refusal naming the part.
 */
export function readEntries(bytes: Uint8Array, names: ReadonlySet<string>): Map<string, Uint8Array> {
  // fflate inflates a deflated entry into `new Uint8Array(originalSize)` and never grows it.
  const files = unzipSync(bytes, { filter: (file) => names.has(file.name) })
  return new Map(Object.entries(files))
}
