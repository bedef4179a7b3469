/**
 * Building a 报送包: data/*.json in canonical JSON, the frozen PDFs, manifest.json listing every file
 * with its size and SHA-256, and manifest.sig, the village key's Ed25519 signature over the exact
 * manifest bytes; all in the canonical stored zip of zip.mjs. Pure: the time, the data (already
 * masked or not, as the user chose) and the signer are passed in. Format: FORMAT.md.
 */
import { canonicalJson } from '@/domain/evidence/canonical'
import {
  AREA_CODE,
  AREA_NAME,
  BUNDLE_FORMAT,
  BUNDLE_FORMAT_VERSION,
  LIMITS,
  MANIFEST_PATH,
  SHA256_HEX,
  SIGNATURE_PATH,
  bytesToBase64,
  compareBundlePaths,
  fingerprintOf,
  formatBytes,
  isIsoDate,
  isIsoInstantUtc,
  sha256HexAsync,
  unsafePathReason,
} from './format.mjs'
import type { BundleSigner } from './keys'
import type { BundleManifest, ManifestFile, PersonDataMode, RotationStatement } from './verifyCore.mjs'
import { verifyEd25519 } from './verifyCore.mjs'
import { writeStoredZip } from './zip.mjs'

export interface BundleInput {
  village: { name: string; code: string }
  /** 报送期间, YYYY-MM-DD, both days included */
  period: { from: string; to: string }
  /** ISO 8601 UTC instant, from the app's clock */
  createdAt: string
  /** SHA-256 (hex) of the village's previous bundle file, null for the first */
  previousBundleSha256: string | null
  auditHead: { seq: number; hash: string } | null
  /** masked unless the user chose full data, with a purpose the app has logged */
  personData: PersonDataMode
  /**
   * area → its records, written as data/<area>.json. Known areas and the fields the summary reads:
   * summary.mjs (matters: title/result/decidedOn; notices: title/kind/issuedOn/result).
   */
  data: Record<string, unknown>
  /** frozen PDFs, written as pdf/<name>; name ends in .pdf, may contain Chinese, no folders */
  pdfs: ReadonlyArray<{ name: string; bytes: Uint8Array }>
  /** when this bundle is the first signed by a new key */
  keyRotation?: RotationStatement
  /** e.g. 乡约 0.1.0 */
  generator?: string
}

export interface BuiltBundle {
  bytes: Uint8Array
  manifest: BundleManifest
  manifestBytes: Uint8Array
  signature: Uint8Array
  /** SHA-256 of the bundle file: the next bundle's previousBundleSha256 */
  sha256: string
  fingerprint: string
  /** a file name to offer when saving */
  fileName: string
}

export interface BuildOptions {
  /** called after each file is hashed (done of total), for a progress bar */
  onProgress?: (done: number, total: number) => void
}

export class BundleInputError extends Error {}

const encoder = new TextEncoder()

function check(condition: boolean, message: string): asserts condition {
  if (!condition) throw new BundleInputError(message)
}

function checkInput(input: BundleInput): void {
  check(typeof input.village?.name === 'string' && input.village.name.trim() !== '', '请先在设置中填写村名')
  check(AREA_CODE.test(input.village?.code ?? ''), '区划代码应为12位数字')
  check(isIsoDate(input.period?.from) && isIsoDate(input.period?.to), '报送期间的日期不对')
  check(input.period.from <= input.period.to, '报送期间的开始日期晚于结束日期')
  check(isIsoInstantUtc(input.createdAt), '生成时间应为 UTC 时间（ISO 8601）')
  check(input.previousBundleSha256 === null || SHA256_HEX.test(input.previousBundleSha256), '上一个报送包的哈希不对')
  check(
    input.auditHead === null ||
      (Number.isSafeInteger(input.auditHead.seq) && input.auditHead.seq >= 0 && SHA256_HEX.test(input.auditHead.hash)),
    '审计链末端记录不对',
  )
  const pd = input.personData
  check(
    pd?.mode === 'masked' || (pd?.mode === 'full' && typeof pd.purpose === 'string' && pd.purpose.trim() !== ''),
    '导出完整个人信息时必须写明用途',
  )
}

function filesOf(input: BundleInput): { path: string; data: Uint8Array }[] {
  const files: { path: string; data: Uint8Array }[] = []
  for (const [area, value] of Object.entries(input.data)) {
    check(AREA_NAME.test(area), `数据分类名“${area}”不能用作文件名`)
    check(value !== undefined, `数据分类“${area}”没有内容`)
    files.push({ path: `data/${area}.json`, data: encoder.encode(canonicalJson(value)) })
  }
  const seen = new Set<string>()
  for (const pdf of input.pdfs) {
    const path = `pdf/${pdf.name}`
    const reason = unsafePathReason(path)
    check(
      reason === null && !pdf.name.includes('/') && /\.pdf$/i.test(pdf.name),
      `PDF 文件名“${pdf.name}”不能用：${reason ?? '应以 .pdf 结尾且不含“/”'}`,
    )
    const key = path.normalize('NFC').toLowerCase()
    check(!seen.has(key), `PDF 文件名“${pdf.name}”重复`)
    seen.add(key)
    check(pdf.bytes.length >= 5 && String.fromCharCode(...pdf.bytes.subarray(0, 5)) === '%PDF-', `“${pdf.name}”不是 PDF 文件`)
    files.push({ path, data: pdf.bytes })
  }
  check(files.length + 2 <= LIMITS.maxEntries, `文件太多（${files.length} 个），一个报送包最多 ${LIMITS.maxEntries - 2} 个，请缩短报送期间`)
  let total = 0
  for (const f of files) {
    check(
      f.data.length <= LIMITS.maxFileBytes,
      `${f.path} 有 ${formatBytes(f.data.length)}，超过单个文件上限 ${formatBytes(LIMITS.maxFileBytes)}`,
    )
    total += f.data.length
  }
  check(total <= LIMITS.maxTotalBytes - LIMITS.maxManifestBytes, `报送包内容共 ${formatBytes(total)}，太大，请缩短报送期间`)
  return files.sort((a, b) => compareBundlePaths(a.path, b.path))
}

/** Build and sign a bundle. Throws BundleInputError (plain Chinese) on input the format cannot carry. */
export async function buildBundle(input: BundleInput, signer: BundleSigner, options: BuildOptions = {}): Promise<BuiltBundle> {
  checkInput(input)
  check(signer.publicKeyRaw instanceof Uint8Array && signer.publicKeyRaw.length === 32, '村密钥的公钥应为32字节')
  const files = filesOf(input)
  const listed: ManifestFile[] = []
  for (const [i, f] of files.entries()) {
    listed.push({ path: f.path, size: f.data.length, sha256: await sha256HexAsync(f.data) })
    options.onProgress?.(i + 1, files.length)
  }
  const fingerprint = fingerprintOf(signer.publicKeyRaw)
  const manifest: BundleManifest = {
    format: BUNDLE_FORMAT,
    formatVersion: BUNDLE_FORMAT_VERSION,
    ...(input.generator ? { generator: input.generator } : {}),
    village: { name: input.village.name, code: input.village.code },
    period: { from: input.period.from, to: input.period.to },
    createdAt: input.createdAt,
    previousBundleSha256: input.previousBundleSha256,
    auditHead: input.auditHead ? { seq: input.auditHead.seq, hash: input.auditHead.hash } : null,
    personData: input.personData.mode === 'full' ? { mode: 'full', purpose: input.personData.purpose } : { mode: 'masked' },
    signingKey: { algorithm: 'Ed25519', publicKey: bytesToBase64(signer.publicKeyRaw), fingerprint },
    ...(input.keyRotation ? { keyRotation: input.keyRotation } : {}),
    files: listed,
  }
  const manifestBytes = encoder.encode(canonicalJson(manifest))
  check(manifestBytes.length <= LIMITS.maxManifestBytes, '清单太大，请缩短报送期间')
  const signature = new Uint8Array(await signer.sign(manifestBytes))
  // A signer whose private key is not the public key's pair would make a bundle no one can verify.
  check(verifyEd25519(signature, manifestBytes, signer.publicKeyRaw), '签名失败：村密钥的私钥与公钥不匹配')
  const bytes = writeStoredZip([
    { name: MANIFEST_PATH, data: manifestBytes },
    { name: SIGNATURE_PATH, data: signature },
    ...files.map((f) => ({ name: f.path, data: f.data })),
  ])
  return {
    bytes,
    manifest,
    manifestBytes,
    signature,
    sha256: await sha256HexAsync(bytes),
    fingerprint,
    fileName: `报送包-${input.village.name.replace(/[\\/:*?"<>|\s]/g, '_')}-${input.period.from}至${input.period.to}.zip`,
  }
}
