/**
 * Hostile input: unsafe paths (in the zip and in a validly signed manifest), duplicates, zip bombs
 * refused from the central directory before anything is inflated, and garbage that must never throw.
 */
import type * as Fflate from 'fflate'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { canonicalJsonOfParsed, unsafePathReason } from './format.mjs'
import { extractEntry, readZipDirectory, writeStoredZip } from './zip.mjs'
import { LIMITS } from './format.mjs'
import { randomInt, sampleBundle, seededRandom, testSigner } from './testFixtures'
import { verifyBundle } from './verify'

vi.mock('fflate', async (importOriginal) => {
  const actual = await importOriginal<typeof Fflate>()
  return { ...actual, inflateSync: vi.fn(actual.inflateSync) }
})
const { inflateSync, zipSync } = await import('fflate')

const encoder = new TextEncoder()

async function entriesOf(): Promise<{ name: string; data: Uint8Array }[]> {
  const bytes = (await sampleBundle()).bytes
  const directory = readZipDirectory(bytes, LIMITS)
  if (directory.fatal !== null) throw new Error(directory.fatal)
  return directory.entries.map((e) => ({ name: e.name!, data: bytes.slice(e.dataAt, e.dataAt + e.size) }))
}

/** Re-sign a changed manifest with the real test key: the signature is then valid, so only the path rules can catch it. */
async function forged(
  change: (manifest: { files: { path: string; size: number; sha256: string }[] }) => void,
  extra: { name: string; data: Uint8Array }[] = [],
) {
  const entries = await entriesOf()
  const manifest = JSON.parse(new TextDecoder().decode(entries[0]!.data))
  change(manifest)
  const manifestBytes = encoder.encode(canonicalJsonOfParsed(manifest))
  const signature = await testSigner().sign(manifestBytes)
  return writeStoredZip([
    { name: 'manifest.json', data: manifestBytes },
    { name: 'manifest.sig', data: signature },
    ...entries.slice(2),
    ...extra,
  ])
}

describe('paths', () => {
  it('names the reason for each unsafe path and lets ordinary Chinese names through', async () => {
    const refused: [string, string][] = [
      ['../evil.json', '../'],
      ['data/../../etc/passwd', '../'],
      ['/etc/passwd', '绝对路径'],
      ['C:/Windows/win.ini', '盘符'],
      ['c:evil', '盘符'],
      ['data\\x.json', '反斜杠'],
      ['data//x.json', '空的一段'],
      ['./data/x.json', '空的一段'],
      ['data/x.json.', '句点结尾'],
      ['pdf/CON.pdf', '设备名'],
      ['pdf/a:b.pdf', '冒号'],
      ['pdf/a\u0000.pdf', '控制字符'],
      ['pdf/a?.pdf', 'Windows'],
      ['', '为空'],
    ]
    for (const [path, reason] of refused) expect(unsafePathReason(path), path).toContain(reason)
    for (const path of ['manifest.json', 'data/matters.json', 'pdf/2026-03-16-决议公开-村道硬化工程.pdf', 'pdf/公示 第1号.pdf'])
      expect(unsafePathReason(path)).toBeNull()
  })

  it('refuses unsafe entry names in the zip, never unpacks them, and the bundle is invalid', async () => {
    const entries = await entriesOf()
    for (const name of ['../evil.json', '/abs.pdf', 'C:\\evil.pdf', 'data\\matters.json', 'D:/x.pdf', 'data/']) {
      const result = await verifyBundle(writeStoredZip([...entries, { name, data: encoder.encode('{}') }]))
      expect(result.valid, name).toBe(false)
      expect(result.refusedPaths.map((r) => r.path)).toEqual([name])
      expect(result.files.some((f) => f.path === name)).toBe(false)
      expect(result.signatureValid).toBe(true) // the signed part is intact: the refusal is about the intruder
    }
  })

  it('refuses duplicate names, also when they differ only in case', async () => {
    const entries = await entriesOf()
    for (const name of ['data/matters.json', 'DATA/Matters.json']) {
      const result = await verifyBundle(writeStoredZip([...entries, { name, data: encoder.encode('[]') }]))
      expect(result.valid).toBe(false)
      expect(result.refusedPaths.map((r) => r.path).sort()).toEqual([name, 'data/matters.json'].sort())
      expect(result.problems.join()).toContain('重名')
      expect(result.files.find((f) => f.path === 'data/matters.json')?.status).toBe('altered')
    }
  })

  it('refuses unsafe or misplaced paths listed in a validly signed manifest', async () => {
    for (const path of ['../../evil.pdf', '/etc/passwd', 'data\\x.json', 'C:/x.pdf', 'notes.txt']) {
      const bytes = await forged((m) => m.files.push({ path, size: 0, sha256: '0'.repeat(64) }))
      const result = await verifyBundle(bytes)
      expect(result.signatureValid, path).toBe(true)
      expect(result.valid, path).toBe(false)
      expect(result.refusedPaths.map((r) => r.path)).toContain(path)
    }
  })

  it('reports a listed file that is missing, and a file the manifest does not list', async () => {
    const entries = await entriesOf()
    const missing = await verifyBundle(writeStoredZip(entries.filter((e) => e.name !== 'data/notices.json')))
    expect(missing.valid).toBe(false)
    expect(missing.files.find((f) => f.path === 'data/notices.json')?.status).toBe('missing')
    const extra = await verifyBundle(writeStoredZip([...entries, { name: 'pdf/zz-多余.pdf', data: encoder.encode('%PDF-1.4') }]))
    expect(extra.valid).toBe(false)
    expect(extra.files.find((f) => f.path === 'pdf/zz-多余.pdf')?.status).toBe('extra')
  })
})

/** Patch a central-directory field of every entry (little-endian u32 at the given offset inside the record). */
function patchCentral(bytes: Uint8Array, offset: number, value: number, method?: number): Uint8Array {
  const out = bytes.slice()
  const view = new DataView(out.buffer)
  const directory = readZipDirectory(bytes, LIMITS)
  if (directory.fatal !== null) throw new Error(directory.fatal)
  for (const e of directory.entries) {
    view.setUint32(e.centralAt + offset, value, true)
    if (method !== undefined) view.setUint16(e.centralAt + 10, method, true)
  }
  return out
}

describe('zip bombs are refused from the central directory, before inflating', () => {
  beforeEach(() => {
    vi.mocked(inflateSync).mockClear()
  })

  it('a file that would inflate past 200 MB', async () => {
    const zip = zipSync({ 'data/big.json': new Uint8Array(4096) })
    const bomb = patchCentral(zip, 24, 300 * 1024 ** 2)
    const result = await verifyBundle(bomb)
    expect(result.valid).toBe(false)
    expect(result.problems[0]).toContain('超过单个文件上限 200.0 MB')
    expect(result.problems[0]).toContain('压缩炸弹')
    expect(inflateSync).not.toHaveBeenCalled()
  })

  it('files that together would inflate past 1 GB', async () => {
    const files: Record<string, Uint8Array> = {}
    for (let i = 0; i < 6; i++) files[`pdf/${i}.pdf`] = new Uint8Array(1024)
    const bomb = patchCentral(zipSync(files), 24, 190 * 1024 ** 2)
    const result = await verifyBundle(bomb)
    expect(result.problems[0]).toContain('超过 1.0 GB')
    expect(inflateSync).not.toHaveBeenCalled()
  })

  it('a real deflate bomb (4 MB of zeros in a few KB) under a lower limit', async () => {
    const zip = zipSync({ 'data/zeros.json': new Uint8Array(4 * 1024 ** 2) }, { level: 9 })
    expect(zip.length).toBeLessThan(20_000)
    const result = await verifyBundle(zip, { limits: { maxFileBytes: 1024 ** 2 } })
    expect(result.valid).toBe(false)
    expect(result.problems[0]).toContain('超过单个文件上限 1.0 MB')
    expect(inflateSync).not.toHaveBeenCalled()
  })

  it('more than 10,000 entries, read from the end record before the directory', async () => {
    const zip = writeStoredZip([{ name: 'a', data: new Uint8Array(1) }])
    const view = new DataView(zip.buffer)
    view.setUint16(zip.length - 22 + 8, 10_001, true)
    view.setUint16(zip.length - 22 + 10, 10_001, true)
    expect((await verifyBundle(zip)).problems[0]).toContain('超过上限 10000 个')
  })

  it('a stream that lies about its size is cut off at the declared size, not grown', async () => {
    const zip = zipSync({ 'data/liar.json': new Uint8Array(4 * 1024 ** 2) }, { level: 9 })
    const liar = patchCentral(zip, 24, 1000)
    const directory = readZipDirectory(liar, LIMITS)
    if (directory.fatal !== null) throw new Error(directory.fatal)
    expect(extractEntry(liar, directory.entries[0]!).error).toBeTruthy()
    const inflated = vi.mocked(inflateSync).mock.results[0]!.value as Uint8Array
    expect(inflated.length).toBeLessThanOrEqual(1000)
    expect((await verifyBundle(liar)).valid).toBe(false)
  })

  it('overlapping entries (one block counted many times)', async () => {
    const zip = writeStoredZip([
      { name: 'a', data: new Uint8Array(100) },
      { name: 'b', data: new Uint8Array(100) },
    ])
    const overlapped = patchCentral(zip, 42, 0) // both entries point at the first local header
    expect((await verifyBundle(overlapped)).problems[0]).toMatch(/重叠|损坏/)
  })
})

describe('garbage never throws', () => {
  it('answers valid:false with a reason for empty, random, truncated and non-byte input', async () => {
    const random = seededRandom(404)
    const bundle = (await sampleBundle()).bytes
    const inputs: unknown[] = [new Uint8Array(0), new Uint8Array(21), null, undefined, 'PK', {}, [1, 2, 3], new Uint8Array(10_000)]
    for (let i = 0; i < 200; i++) inputs.push(Uint8Array.from({ length: randomInt(random, 3000) }, () => randomInt(random, 256)))
    // random bytes behind a real end record: the parser goes deeper before it gives up
    for (let i = 0; i < 200; i++) {
      const junk = Uint8Array.from({ length: bundle.length }, () => randomInt(random, 256))
      junk.set(bundle.subarray(bundle.length - 22), bundle.length - 22)
      inputs.push(junk)
    }
    for (const input of inputs) {
      const result = await verifyBundle(input as Uint8Array)
      expect(result.valid).toBe(false)
      expect(result.problems.length).toBeGreaterThan(0)
      expect(result.problems.every((p) => /[\u4e00-\u9fff]/.test(p))).toBe(true)
    }
  })

  it('reads an ordinary deflated zip with our files, and says it is not the container 乡约 writes', async () => {
    const entries = await entriesOf()
    const repacked = zipSync(Object.fromEntries(entries.map((e) => [e.name, e.data])), { level: 6 })
    const result = await verifyBundle(repacked)
    expect(result.signatureValid).toBe(true)
    expect(result.files.every((f) => f.status === 'ok')).toBe(true)
    expect(result.valid).toBe(false)
    expect(result.problems.join()).toContain('不是乡约原样写出的报送包')
  })
})
