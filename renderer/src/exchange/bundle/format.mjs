/**
 * 报送包 (township bundle) format, version 1: the constants, limits and small pure helpers shared by
 * the builder (TypeScript, in the app) and the verifier (the CLI and the one-file HTML page). Plain
 * JavaScript so `node scripts/verify-bundle.mjs` runs on a fresh clone without a build step; the
 * types are in format.d.mts. The full description for a township's IT person is in FORMAT.md.
 */
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex } from '@noble/hashes/utils.js'

export const BUNDLE_FORMAT = 'xiangyue-bundle'
export const BUNDLE_FORMAT_VERSION = 1
export const ROTATION_FORMAT = 'xiangyue-key-rotation'
export const MANIFEST_PATH = 'manifest.json'
export const SIGNATURE_PATH = 'manifest.sig'

/**
 * Bounds read from the zip's central directory before anything is unpacked, so a zip bomb is refused
 * with a reason instead of filling the memory of a township clerk's PC.
 */
export const LIMITS = Object.freeze({
  maxEntries: 10_000,
  maxTotalBytes: 1024 ** 3,
  maxFileBytes: 200 * 1024 ** 2,
  maxManifestBytes: 16 * 1024 ** 2,
  /** the whole file: every entry is stored, so the zip is the contents plus its headers */
  maxInputBytes: 1024 ** 3 + 64 * 1024 ** 2,
})

export function formatBytes(n) {
  if (n >= 1024 ** 3) return `${(n / 1024 ** 3).toFixed(1)} GB`
  if (n >= 1024 ** 2) return `${(n / 1024 ** 2).toFixed(1)} MB`
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`
  return `${n} 字节`
}

export function sha256HexOf(bytes) {
  return bytesToHex(sha256(bytes))
}

/**
 * The same SHA-256, native where WebCrypto is there (Node, Chromium, any secure context such as a
 * file:// page): several times faster than pure JS on the tens of megabytes of a year's PDFs.
 */
export async function sha256HexAsync(bytes) {
  const subtle = globalThis.crypto?.subtle
  if (subtle) {
    try {
      return bytesToHex(new Uint8Array(await subtle.digest('SHA-256', bytes)))
    } catch {
      // fall through to the pure-JS hash
    }
  }
  return sha256HexOf(bytes)
}

/**
 * The key's fingerprint, as printed on the 报送函 and in 设置 for the township to register on paper:
 * the first 16 bytes of SHA-256 over the raw 32-byte public key, upper-case hex in groups of four.
 */
export function fingerprintOf(publicKeyRaw) {
  const hex = bytesToHex(sha256(publicKeyRaw).subarray(0, 16)).toUpperCase()
  return hex.match(/.{4}/g).join('-')
}

export const FINGERPRINT_PATTERN = /^[0-9A-F]{4}(-[0-9A-F]{4}){7}$/

export function bytesToBase64(bytes) {
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}

/** Strict: only the canonical padded form is accepted, so one key or signature has one spelling. */
export function base64ToBytes(text) {
  if (typeof text !== 'string' || text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return null
  let binary
  try {
    binary = atob(text)
  } catch {
    return null
  }
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0))
  return bytesToBase64(bytes) === text ? bytes : null
}

/**
 * Canonical JSON of a parsed JSON value: keys sorted by UTF-16 code units, no whitespace, strings and
 * numbers as ECMAScript's JSON.stringify writes them. The same rule as domain/evidence/canonical.ts
 * (a test holds them equal); for JSON data this is RFC 8785 (JCS). Used to check that the signed
 * manifest and the data files are in the one form the builder writes.
 */
export function canonicalJsonOfParsed(value) {
  if (value === null || typeof value !== 'object') return JSON.stringify(value)
  if (Array.isArray(value)) return `[${value.map(canonicalJsonOfParsed).join(',')}]`
  const keys = Object.keys(value).sort()
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJsonOfParsed(value[k])}`).join(',')}}`
}

const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/

/**
 * Why a path inside a bundle is refused, or null when it is safe to show and to unpack anywhere:
 * no `..`, no absolute or drive paths, no backslashes, nothing Windows would read differently.
 */
export function unsafePathReason(path) {
  if (typeof path !== 'string' || path.length === 0) return '文件名为空'
  if (path.length > 240) return '文件名过长'
  if (CONTROL.test(path)) return '文件名含控制字符'
  if (path.includes('\\')) return '文件名含反斜杠（\\）'
  if (path.startsWith('/')) return '是绝对路径'
  if (/^[A-Za-z]:/.test(path)) return '含盘符（如 C:）'
  if (path.includes(':')) return '文件名含冒号'
  if (/[<>"|?*]/.test(path)) return '文件名含 Windows 不允许的字符'
  for (const segment of path.split('/')) {
    if (segment === '..') return '含“../”，会写到包外'
    if (segment === '' || segment === '.') return '路径含空的一段或“./”'
    if (/[ .]$/.test(segment)) return '路径某段以空格或句点结尾'
    if (WINDOWS_DEVICE.test(segment)) return `路径含 Windows 设备名“${segment}”`
  }
  return null
}

/** Where a listed file may live: data/<area>.json (one level) or pdf/….pdf. */
export function misplacedPathReason(path) {
  if (/^data\/[^/]+\.json$/.test(path)) return null
  if (/^pdf\/.+\.pdf$/i.test(path)) return null
  return '只允许 data/*.json 和 pdf/*.pdf'
}

/** Two names that one file system would take for one file (case, Unicode normal form). */
export function collisionKey(path) {
  return path.normalize('NFC').toLowerCase()
}

/** The canonical order of entries in the zip: the manifest, its signature, then the files by path. */
export function compareBundlePaths(a, b) {
  const rank = (p) => (p === MANIFEST_PATH ? 0 : p === SIGNATURE_PATH ? 1 : 2)
  const ra = rank(a)
  const rb = rank(b)
  if (ra !== rb) return ra - rb
  return a < b ? -1 : a > b ? 1 : 0
}

export function isIsoDate(text) {
  if (typeof text !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(text)) return false
  const [y, m, d] = text.split('-').map(Number)
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
}

export function isIsoInstantUtc(text) {
  if (typeof text !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/.test(text)) return false
  return isIsoDate(text.slice(0, 10)) && !Number.isNaN(Date.parse(text))
}

export const SHA256_HEX = /^[0-9a-f]{64}$/
export const AREA_CODE = /^\d{12}$/
export const AREA_NAME = /^[a-z][A-Za-z0-9-]{0,63}$/
