import { describe, expect, it } from 'vitest'
import { unzipSync } from 'fflate'
import { buildBundle, BundleInputError } from './build'
import { FINGERPRINT_PATTERN, fingerprintOf, sha256HexOf } from './format.mjs'
import { generateVillageKey, signerFor, signerFromSecretKey } from './keys'
import { randomInt, sampleBundle, sampleInput, seededRandom, testSigner, tinyPdf } from './testFixtures'
import { verifyBundle } from './verify'

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes)

describe('buildBundle', () => {
  it('writes data/*.json in canonical JSON, the PDFs, manifest.json and manifest.sig', async () => {
    const built = await sampleBundle()
    const files = unzipSync(built.bytes)
    expect(Object.keys(files)).toEqual([
      'manifest.json',
      'manifest.sig',
      'data/matters.json',
      'data/notices.json',
      'pdf/2026-03-16-决议公开-村道硬化工程.pdf',
    ])
    expect(decode(files['data/notices.json']!)).toBe(
      '[{"id":"01J0NOTICE1","issuedOn":"2026-03-16","kind":"决议公开","result":"公示期满无异议","title":"关于村道硬化工程决议的公示"}]',
    )
    expect(files['pdf/2026-03-16-决议公开-村道硬化工程.pdf']).toEqual(tinyPdf())
    expect(files['manifest.sig']!.length).toBe(64)
    expect(files['manifest.json']).toEqual(built.manifestBytes)
  })

  it('lists every file with its size and SHA-256, and the village, period, time, chain and key', async () => {
    const built = await sampleBundle({ previousBundleSha256: 'cd'.repeat(32) })
    const m = JSON.parse(decode(built.manifestBytes))
    expect(m).toMatchObject({
      format: 'xiangyue-bundle',
      formatVersion: 1,
      village: { name: '东风村', code: '410105001001' },
      period: { from: '2026-01-01', to: '2026-06-30' },
      createdAt: '2026-07-02T08:30:00.000Z',
      previousBundleSha256: 'cd'.repeat(32),
      auditHead: { seq: 42, hash: 'ab'.repeat(32) },
      personData: { mode: 'masked' },
      signingKey: { algorithm: 'Ed25519', fingerprint: built.fingerprint },
    })
    const files = unzipSync(built.bytes)
    for (const f of m.files) {
      expect(f.size).toBe(files[f.path]!.length)
      expect(f.sha256).toBe(sha256HexOf(files[f.path]!))
    }
    expect(built.sha256).toBe(sha256HexOf(built.bytes))
    expect(built.fileName).toBe('报送包-东风村-2026-01-01至2026-06-30.zip')
  })

  it('the fingerprint is the first 16 bytes of SHA-256 over the raw public key, grouped XXXX-XXXX-…', async () => {
    const signer = testSigner()
    const fp = fingerprintOf(signer.publicKeyRaw)
    expect(fp).toMatch(FINGERPRINT_PATTERN)
    expect(fp.replace(/-/g, '').toLowerCase()).toBe(sha256HexOf(signer.publicKeyRaw).slice(0, 32))
    expect((await sampleBundle()).fingerprint).toBe(fp)
  })

  it('the signature is Ed25519 over the exact manifest bytes (WebCrypto agrees)', async () => {
    const built = await sampleBundle()
    const key = await crypto.subtle.importKey('raw', new Uint8Array(testSigner().publicKeyRaw), { name: 'Ed25519' }, false, ['verify'])
    expect(await crypto.subtle.verify({ name: 'Ed25519' }, key, new Uint8Array(built.signature), new Uint8Array(built.manifestBytes))).toBe(
      true,
    )
    const changed = new Uint8Array(built.manifestBytes)
    changed[10]! ^= 1
    expect(await crypto.subtle.verify({ name: 'Ed25519' }, key, new Uint8Array(built.signature), changed)).toBe(false)
  })

  it('the same input and key give the same bytes (Ed25519 signatures are deterministic)', async () => {
    expect((await sampleBundle()).bytes).toEqual((await sampleBundle()).bytes)
  })

  it('signs with a non-extractable WebCrypto key and with the noble fallback; both verify', async () => {
    const webKey = await generateVillageKey()
    expect(webKey.kind).toBe('webcrypto')
    expect(webKey.kind === 'webcrypto' && webKey.privateKey.extractable).toBe(false)
    // a WebCrypto without Ed25519 (older browsers) answers NotSupportedError
    const withoutEd25519 = { generateKey: () => Promise.reject(new DOMException('no', 'NotSupportedError')) } as unknown as SubtleCrypto
    const nobleKey = await generateVillageKey(withoutEd25519)
    expect(nobleKey.kind).toBe('noble')
    expect((await generateVillageKey(null)).kind).toBe('noble')
    for (const key of [webKey, nobleKey]) {
      const result = await verifyBundle((await buildBundle(sampleInput(), signerFor(key))).bytes)
      expect(result.problems).toEqual([])
      expect(result.valid).toBe(true)
      expect(result.fingerprint).toBe(key.fingerprint)
    }
  })

  it('records full person data only with a purpose', async () => {
    const built = await sampleBundle({ personData: { mode: 'full', purpose: '乡镇核查低保名单' } })
    expect((await verifyBundle(built.bytes)).personData).toEqual({ mode: 'full', purpose: '乡镇核查低保名单' })
    await expect(sampleBundle({ personData: { mode: 'full', purpose: '  ' } })).rejects.toThrow('用途')
  })

  it('refuses input the format cannot carry, with a plain Chinese reason', async () => {
    const cases: [Parameters<typeof sampleInput>[0], string][] = [
      [{ village: { name: '东风村', code: '41010500100' } }, '12位'],
      [{ village: { name: ' ', code: '410105001001' } }, '村名'],
      [{ period: { from: '2026-07-01', to: '2026-06-30' } }, '晚于'],
      [{ period: { from: '2026-02-30', to: '2026-06-30' } }, '日期'],
      [{ createdAt: '2026-07-02 08:30' }, 'UTC'],
      [{ previousBundleSha256: 'xyz' }, '哈希'],
      [{ pdfs: [{ name: '../逃逸.pdf', bytes: tinyPdf() }] }, '不能用'],
      [{ pdfs: [{ name: 'a\\b.pdf', bytes: tinyPdf() }] }, '不能用'],
      [{ pdfs: [{ name: '说明.txt', bytes: tinyPdf() }] }, '.pdf'],
      [{ pdfs: [{ name: '假.pdf', bytes: new TextEncoder().encode('not a pdf') }] }, '不是 PDF'],
      [
        {
          pdfs: [
            { name: 'A.pdf', bytes: tinyPdf() },
            { name: 'a.pdf', bytes: tinyPdf() },
          ],
        },
        '重复',
      ],
      [{ data: { '../x': [] } }, '不能用作文件名'],
    ]
    for (const [overrides, message] of cases) {
      const attempt = sampleBundle(overrides)
      await expect(attempt).rejects.toBeInstanceOf(BundleInputError)
      await expect(attempt).rejects.toThrow(message)
    }
  })

  it('refuses a signer whose private key does not belong to its public key', async () => {
    const a = testSigner(1)
    const b = testSigner(2)
    await expect(buildBundle(sampleInput(), { publicKeyRaw: a.publicKeyRaw, sign: b.sign })).rejects.toThrow('不匹配')
  })

  it('reports progress file by file', async () => {
    const seen: string[] = []
    await buildBundle(sampleInput(), testSigner(), { onProgress: (done, total) => seen.push(`${done}/${total}`) })
    expect(seen).toEqual(['1/3', '2/3', '3/3'])
  })
})

describe('no valid bundle is ever reported invalid', () => {
  const WORDS = ['村道硬化', '集体经济', '低保评议', '😀', 'a"b', '\\', '换届', '\u0000', 'ö', '']

  it('50 freshly built bundles with random contents are all valid', async () => {
    const random = seededRandom(20260701)
    const word = () => WORDS[randomInt(random, WORDS.length)]!
    for (let n = 0; n < 50; n++) {
      const data: Record<string, unknown> = {}
      for (const area of ['matters', 'meetings', 'notices', 'violations', 'compactVersions'].slice(0, 1 + randomInt(random, 5))) {
        data[area] = Array.from({ length: randomInt(random, 30) }, (_, i) => ({
          id: `${area}-${i}`,
          title: word() + word(),
          result: random() < 0.5 ? '通过' : '未通过',
          count: randomInt(random, 1000) - 10,
          ratio: random(),
          nested: { when: '2026-03-01', list: [word(), null, random() < 0.5] },
        }))
      }
      const pdfs = Array.from({ length: randomInt(random, 4) }, (_, i) => {
        const extra = Uint8Array.from({ length: randomInt(random, 3000) }, () => randomInt(random, 256))
        const pdf = new Uint8Array(tinyPdf().length + extra.length)
        pdf.set(tinyPdf())
        pdf.set(extra, tinyPdf().length)
        return { name: `${i}-${word().replace(/[^\p{Script=Han}a-z]/gu, '') || 'x'}.pdf`, bytes: pdf }
      })
      const signer = signerFromSecretKey(Uint8Array.from({ length: 32 }, () => randomInt(random, 256)))
      const built = await buildBundle(
        sampleInput({
          data,
          pdfs,
          previousBundleSha256: random() < 0.5 ? null : sha256HexOf(Uint8Array.of(n)),
          auditHead: random() < 0.3 ? null : { seq: n, hash: 'e'.repeat(64) },
        }),
        signer,
      )
      const result = await verifyBundle(built.bytes)
      expect(result.problems).toEqual([])
      expect(result.valid).toBe(true)
      expect(result.files.length).toBe(Object.keys(data).length + pdfs.length)
    }
  })
})
