/**
 * A .docx, bounded before the Word reader sees it. mammoth opens the zip with JSZip, which inflates
 * whatever an entry says it holds; a hostile or broken file could make it inflate hundreds of MB.
 * So the zip is listed here first (exchange/zip/boundedZip.ts: entry count, sizes and the inflated
 * total read from the central directory, nothing inflated), then only the parts that carry the
 * text are inflated, each into a buffer of its declared size, and packed again, stored, for mammoth.
 * Images, fonts, embedded objects and the rest are never inflated: the compact is its text.
 */
import { writeStoredZip } from '../bundle/zip.mjs'
import { listEntries, readEntries, type ZipLimits } from '../zip/boundedZip'

export const DOCX_LIMITS: Readonly<ZipLimits> = {
  /** A compact of 60 articles is about 30 KB of .docx; photos in it can make it a few MB. */
  maxFileBytes: 20 * 1024 * 1024,
  maxEntries: 2_000,
  /** word/document.xml of a 100-page document is a few MB. */
  maxEntryBytes: 32 * 1024 * 1024,
  maxTotalBytes: 128 * 1024 * 1024,
}

/** The parts mammoth reads for text: the body, its relationships, styles and list numbering. */
const TEXT_PARTS = new Set([
  '[Content_Types].xml',
  '_rels/.rels',
  'word/document.xml',
  'word/_rels/document.xml.rels',
  'word/styles.xml',
  'word/numbering.xml',
  'word/footnotes.xml',
  'word/endnotes.xml',
  'word/comments.xml',
])

export type DocxParts = { ok: true; zip: Uint8Array; hasNumbering: boolean } | { ok: false; reason: string }

export function docxTextParts(bytes: Uint8Array): DocxParts {
  const listing = listEntries(bytes, DOCX_LIMITS, 'docx')
  if (!listing.ok) return listing
  const wanted = new Set(listing.entries.map((e) => e.name).filter((name) => TEXT_PARTS.has(name)))
  if (!wanted.has('word/document.xml')) {
    return { ok: false, reason: '这个文件里没有 Word 正文（不是 .docx 文档，或文件已损坏）。请在 Word 或 WPS 中重新保存为 .docx 后再试。' }
  }
  let parts: Map<string, Uint8Array>
  try {
    parts = readEntries(bytes, wanted)
  } catch {
    return { ok: false, reason: 'Word 文档已损坏，无法读出正文。请在 Word 或 WPS 中打开并重新保存为 .docx 后再试。' }
  }
  const zip = writeStoredZip([...parts].map(([name, data]) => ({ name, data })))
  return { ok: true, zip, hasNumbering: parts.has('word/numbering.xml') }
}
