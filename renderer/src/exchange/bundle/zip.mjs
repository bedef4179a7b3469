/**
 * The bundle's zip container, written and read here so that every byte of a bundle is either a
 * header that follows from the contents, or contents covered by a hash or the signature. That is what
 * lets the verifier say "changed" for any single changed byte, not just for changed file contents.
 *
 * Written form (canonical): every entry STORED (method 0; the PDFs are compressed inside already),
 * UTF-8 names (flag bit 11), time 00:00 and date 1980-01-01, no extra fields, no comments, no
 * directory entries, no data descriptors, entries back to back from offset 0 in bundle order, then
 * the central directory, then the end record. No ZIP64: the limits keep bundles far below 4 GB.
 *
 * Read side: any ordinary zip (stored or deflated) is parsed from its central directory, bounded by
 * LIMITS before anything is inflated, so a foreign or hostile file gets a reason instead of a crash.
 */
import { inflateSync } from 'fflate'
import { formatBytes } from './format.mjs'

const LOCAL_SIG = 0x04034b50
const CENTRAL_SIG = 0x02014b50
const END_SIG = 0x06054b50
const VERSION = 20
const UTF8_FLAG = 0x0800
const DOS_DATE_1980_01_01 = 0x0021

// CRC-32 (IEEE), slicing by 8: eight bytes per step, a few times faster than one table on big PDFs.
const CRC_TABLES = (() => {
  const tables = Array.from({ length: 8 }, () => new Uint32Array(256))
  for (let n = 0; n < 256; n++) {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    tables[0][n] = c >>> 0
  }
  for (let n = 0; n < 256; n++) {
    for (let t = 1; t < 8; t++) tables[t][n] = (tables[t - 1][n] >>> 8) ^ tables[0][tables[t - 1][n] & 0xff]
  }
  return tables
})()

export function crc32(bytes) {
  const [t0, t1, t2, t3, t4, t5, t6, t7] = CRC_TABLES
  let c = 0xffffffff
  let i = 0
  const end8 = bytes.length - (bytes.length % 8)
  for (; i < end8; i += 8) {
    const a = (c ^ (bytes[i] | (bytes[i + 1] << 8) | (bytes[i + 2] << 16) | (bytes[i + 3] << 24))) >>> 0
    c =
      t7[a & 0xff] ^
      t6[(a >>> 8) & 0xff] ^
      t5[(a >>> 16) & 0xff] ^
      t4[a >>> 24] ^
      t3[bytes[i + 4]] ^
      t2[bytes[i + 5]] ^
      t1[bytes[i + 6]] ^
      t0[bytes[i + 7]]
  }
  for (; i < bytes.length; i++) c = t0[(c ^ bytes[i]) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

function localHeader(nameBytes, crc, size) {
  const h = new Uint8Array(30 + nameBytes.length)
  const v = new DataView(h.buffer)
  v.setUint32(0, LOCAL_SIG, true)
  v.setUint16(4, VERSION, true)
  v.setUint16(6, UTF8_FLAG, true)
  v.setUint16(8, 0, true) // method: stored
  v.setUint16(10, 0, true) // time
  v.setUint16(12, DOS_DATE_1980_01_01, true)
  v.setUint32(14, crc, true)
  v.setUint32(18, size, true)
  v.setUint32(22, size, true)
  v.setUint16(26, nameBytes.length, true)
  v.setUint16(28, 0, true)
  h.set(nameBytes, 30)
  return h
}

function centralHeader(nameBytes, crc, size, offset) {
  const h = new Uint8Array(46 + nameBytes.length)
  const v = new DataView(h.buffer)
  v.setUint32(0, CENTRAL_SIG, true)
  v.setUint16(4, VERSION, true) // made by
  v.setUint16(6, VERSION, true) // needed
  v.setUint16(8, UTF8_FLAG, true)
  v.setUint16(10, 0, true)
  v.setUint16(12, 0, true)
  v.setUint16(14, DOS_DATE_1980_01_01, true)
  v.setUint32(16, crc, true)
  v.setUint32(20, size, true)
  v.setUint32(24, size, true)
  v.setUint16(28, nameBytes.length, true)
  // extra, comment, disk, internal and external attributes: all zero
  v.setUint32(42, offset, true)
  h.set(nameBytes, 46)
  return h
}

function endRecord(count, centralSize, centralOffset) {
  const h = new Uint8Array(22)
  const v = new DataView(h.buffer)
  v.setUint32(0, END_SIG, true)
  v.setUint16(8, count, true)
  v.setUint16(10, count, true)
  v.setUint32(12, centralSize, true)
  v.setUint32(16, centralOffset, true)
  return h
}

const encoder = new TextEncoder()

/** entries: [{ name, data }] in bundle order → the canonical zip bytes. */
export function writeStoredZip(entries) {
  const prepared = entries.map((e) => ({ nameBytes: encoder.encode(e.name), data: e.data, crc: crc32(e.data) }))
  let offset = 0
  const locals = prepared.map((e) => {
    const header = localHeader(e.nameBytes, e.crc, e.data.length)
    const at = offset
    offset += header.length + e.data.length
    return { header, at }
  })
  const centralOffset = offset
  const centrals = prepared.map((e, i) => centralHeader(e.nameBytes, e.crc, e.data.length, locals[i].at))
  const centralSize = centrals.reduce((n, h) => n + h.length, 0)
  const end = endRecord(prepared.length, centralSize, centralOffset)
  const out = new Uint8Array(centralOffset + centralSize + end.length)
  prepared.forEach((e, i) => {
    out.set(locals[i].header, locals[i].at)
    out.set(e.data, locals[i].at + locals[i].header.length)
  })
  let at = centralOffset
  for (const h of centrals) {
    out.set(h, at)
    at += h.length
  }
  out.set(end, at)
  return out
}

const utf8 = new TextDecoder('utf-8', { fatal: true })

/**
 * Parse the central directory and check the bounds. Returns { fatal } when the file cannot be read
 * at all (or is refused as a bomb), else { entries }, each entry with its name (or nameError) and
 * where its data lies. Nothing is inflated here.
 */
export function readZipDirectory(bytes, limits) {
  if (!(bytes instanceof Uint8Array)) return { fatal: '输入不是文件内容' }
  if (bytes.length > limits.maxInputBytes)
    return { fatal: `文件有 ${formatBytes(bytes.length)}，超过上限 ${formatBytes(limits.maxInputBytes)}，拒绝处理` }
  if (bytes.length < 22) return { fatal: '文件太短，不是 zip 压缩包（报送包）' }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let endAt = -1
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === END_SIG && view.getUint16(i + 20, true) === bytes.length - i - 22) {
      endAt = i
      break
    }
  }
  if (endAt < 0) return { fatal: '找不到 zip 目录：文件不完整（可能被截断）或不是 zip 压缩包' }
  const disk = view.getUint16(endAt + 4, true)
  const centralDisk = view.getUint16(endAt + 6, true)
  const countOnDisk = view.getUint16(endAt + 8, true)
  const count = view.getUint16(endAt + 10, true)
  const centralSize = view.getUint32(endAt + 12, true)
  const centralOffset = view.getUint32(endAt + 16, true)
  if (disk !== 0 || centralDisk !== 0 || countOnDisk !== count) return { fatal: '这是分卷压缩包，不支持' }
  if (count === 0xffff || centralOffset === 0xffffffff || centralSize === 0xffffffff)
    return { fatal: '这是 ZIP64 压缩包，报送包不使用这种格式' }
  if (count > limits.maxEntries)
    return { fatal: `压缩包里有 ${count} 个文件，超过上限 ${limits.maxEntries} 个，拒绝处理（可能是压缩炸弹）` }
  if (centralOffset + centralSize > endAt) return { fatal: 'zip 目录的位置超出文件范围：文件已损坏或被截断' }

  const entries = []
  let p = centralOffset
  const centralEnd = centralOffset + centralSize
  let total = 0
  for (let i = 0; i < count; i++) {
    if (p + 46 > centralEnd || view.getUint32(p, true) !== CENTRAL_SIG) return { fatal: `zip 目录第 ${i + 1} 项已损坏` }
    const nameLength = view.getUint16(p + 28, true)
    const extraLength = view.getUint16(p + 30, true)
    const commentLength = view.getUint16(p + 32, true)
    const next = p + 46 + nameLength + extraLength + commentLength
    if (next > centralEnd) return { fatal: `zip 目录第 ${i + 1} 项已损坏` }
    const nameBytes = bytes.subarray(p + 46, p + 46 + nameLength)
    let name = null
    let nameError = null
    try {
      name = utf8.decode(nameBytes)
    } catch {
      nameError = '文件名不是有效的 UTF-8 编码'
    }
    const entry = {
      index: i,
      centralAt: p,
      centralLength: next - p,
      nameBytes,
      name,
      nameError,
      flags: view.getUint16(p + 8, true),
      method: view.getUint16(p + 10, true),
      crc: view.getUint32(p + 16, true),
      compressedSize: view.getUint32(p + 20, true),
      size: view.getUint32(p + 24, true),
      localAt: view.getUint32(p + 42, true),
      dataAt: -1,
    }
    const shown = name ?? `第 ${i + 1} 个文件`
    if (entry.size === 0xffffffff || entry.compressedSize === 0xffffffff || entry.localAt === 0xffffffff) {
      return { fatal: `${shown} 使用 ZIP64 格式，报送包不使用这种格式` }
    }
    if (entry.size > limits.maxFileBytes) {
      return {
        fatal: `${shown} 解压后有 ${formatBytes(entry.size)}，超过单个文件上限 ${formatBytes(limits.maxFileBytes)}，拒绝解压（可能是压缩炸弹）`,
      }
    }
    total += entry.size
    if (total > limits.maxTotalBytes) {
      return { fatal: `压缩包解压后超过 ${formatBytes(limits.maxTotalBytes)}，超过上限，拒绝解压（可能是压缩炸弹）` }
    }
    entries.push(entry)
    p = next
  }
  if (p !== centralEnd) return { fatal: 'zip 目录的长度与记录不符：文件已损坏' }

  // Local headers: where each entry's data starts. Entries may not overlap (overlapping entries are
  // how the smallest zip bombs multiply one compressed block many times).
  for (const entry of entries) {
    const at = entry.localAt
    if (at + 30 > centralOffset || view.getUint32(at, true) !== LOCAL_SIG) return { fatal: `${entry.name ?? '一个文件'} 的文件头已损坏` }
    const nameLength = view.getUint16(at + 26, true)
    const extraLength = view.getUint16(at + 28, true)
    entry.dataAt = at + 30 + nameLength + extraLength
    if (entry.dataAt + entry.compressedSize > centralOffset)
      return { fatal: `${entry.name ?? '一个文件'} 的数据超出文件范围：文件已损坏或被截断` }
  }
  const byPosition = [...entries].sort((a, b) => a.localAt - b.localAt)
  for (let i = 1; i < byPosition.length; i++) {
    const prev = byPosition[i - 1]
    if (byPosition[i].localAt < prev.dataAt + prev.compressedSize) return { fatal: 'zip 中的文件互相重叠（压缩炸弹的一种手法），拒绝处理' }
  }
  return { fatal: null, entries, centralOffset, centralSize, endAt }
}

/** Unpack one entry (bounded by its declared size) and check its CRC. → { data } or { error }. */
export function extractEntry(bytes, entry) {
  if (entry.flags & 0x0001) return { error: '文件被加密，无法核对' }
  const raw = bytes.subarray(entry.dataAt, entry.dataAt + entry.compressedSize)
  let data
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.size) return { error: '文件长度记录不一致' }
    data = raw
  } else if (entry.method === 8) {
    try {
      // the output buffer is the declared size: a stream that inflates to more is cut off, not grown
      data = inflateSync(raw, { out: new Uint8Array(entry.size) })
    } catch {
      return { error: '文件数据损坏，无法解压' }
    }
    if (data.length !== entry.size) return { error: '解压后的长度与记录不符' }
  } else {
    return { error: `不支持的压缩方式（${entry.method}）` }
  }
  if (crc32(data) !== entry.crc) return { error: '数据与压缩包记录的校验码（CRC）不符：内容被改动或已损坏' }
  return { data }
}

function sameBytes(bytes, at, expected) {
  if (at < 0 || at + expected.length > bytes.length) return false
  for (let i = 0; i < expected.length; i++) if (bytes[at + i] !== expected[i]) return false
  return true
}

/**
 * Is the file exactly the canonical container of its entries (given their data, unpacked and
 * CRC-checked by extractEntry)? Returns
 * null when it is, else a plain description of the first difference. Together with the hashes and
 * the signature this covers every byte: a header byte that differs is caught here.
 */
export function canonicalLayoutProblem(bytes, directory, dataOf) {
  const { entries, centralOffset, centralSize, endAt } = directory
  let offset = 0
  for (const entry of entries) {
    const data = dataOf(entry)
    if (!data) return `${entry.name ?? '一个文件'} 无法读取`
    // extractEntry has checked the stored CRC against the data, so it can stand for it here
    const crc = entry.crc
    if (entry.localAt !== offset) return `${entry.name} 的位置不是乡约写出的位置`
    const local = localHeader(entry.nameBytes, crc, data.length)
    if (!sameBytes(bytes, offset, local)) return `${entry.name} 的文件头与乡约写出的不同`
    offset += local.length + data.length
    if (entry.dataAt !== offset - data.length || entry.method !== 0) return `${entry.name} 的存储方式不是乡约写出的方式`
  }
  if (centralOffset !== offset) return 'zip 目录的位置不是乡约写出的位置'
  let at = centralOffset
  for (const entry of entries) {
    const central = centralHeader(entry.nameBytes, entry.crc, entry.size, entry.localAt)
    if (!sameBytes(bytes, at, central)) return `${entry.name} 的目录项与乡约写出的不同`
    at += central.length
  }
  if (at !== centralOffset + centralSize || endAt !== at) return 'zip 目录的长度不是乡约写出的长度'
  if (!sameBytes(bytes, endAt, endRecord(entries.length, centralSize, centralOffset)) || bytes.length !== endAt + 22) {
    return 'zip 结尾记录与乡约写出的不同'
  }
  return null
}
