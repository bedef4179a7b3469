/**
 * Verifying a 报送包: the one implementation used by the HTML verifier page, the CLI
 * (scripts/verify-bundle.mjs) and the app (township import). Pure JavaScript, no DOM, no Node:
 * Ed25519 in pure JS (@noble), SHA-256 by WebCrypto where there is one and pure JS where not, so it
 * works the same in Node, in the app and from a file:// page.
 *
 * verifyBundle(bytes) never rejects: any input, however malformed, yields { valid: false } with the
 * reasons in plain Chinese. A bundle is valid only when all of these hold:
 *   - the zip's directory is within LIMITS (checked before anything is unpacked);
 *   - no entry name is unsafe (../, absolute, backslash, drive letter…) or a duplicate;
 *   - manifest.json is canonical JSON of a well-formed version-1 manifest;
 *   - manifest.sig is a valid Ed25519 signature of manifest.json's exact bytes by the key the
 *     manifest names (whether that key is the village's registered one is the reader's check: the
 *     fingerprint is shown for it);
 *   - every listed file is present with its size and SHA-256, and nothing else is in the zip;
 *   - the zip is byte for byte the container the builder writes (see zip.mjs), so no byte anywhere
 *     can change without being noticed;
 *   - a key-rotation statement, if the manifest carries one, is signed by the old key.
 */
import {
  LIMITS,
  MANIFEST_PATH,
  SIGNATURE_PATH,
  canonicalJsonOfParsed,
  collisionKey,
  compareBundlePaths,
  formatBytes,
  misplacedPathReason,
  sha256HexAsync,
  unsafePathReason,
} from './format.mjs'
import { checkManifest, verifyEd25519 } from './manifest.mjs'
import { summariseData } from './summary.mjs'
import { canonicalLayoutProblem, extractEntry, readZipDirectory } from './zip.mjs'

export { rotationSignedBytes, verifyEd25519, verifyRotationStatement } from './manifest.mjs'

const utf8 = new TextDecoder('utf-8', { fatal: true })

function emptyResult(bundleSha256) {
  return {
    valid: false,
    signatureValid: false,
    fingerprint: null,
    publicKey: null,
    bundleSha256,
    formatVersion: null,
    village: null,
    period: null,
    createdAt: null,
    previousBundleSha256: null,
    auditHead: null,
    personData: null,
    keyRotation: null,
    files: [],
    refusedPaths: [],
    problems: [],
    summary: null,
  }
}

async function verifyUnguarded(bytes, limits) {
  const sizeOk = bytes instanceof Uint8Array && bytes.length <= limits.maxInputBytes
  const result = emptyResult(sizeOk ? await sha256HexAsync(bytes) : null)
  const { problems } = result
  const directory = readZipDirectory(bytes, limits)
  if (directory.fatal) {
    problems.push(directory.fatal)
    return result
  }

  // Names first: an unsafe or duplicate name is refused and never unpacked.
  const accepted = new Map()
  const seen = new Map()
  const refuse = (path, reason) => {
    result.refusedPaths.push({ path, reason })
    problems.push(`拒绝文件“${path}”：${reason}`)
  }
  for (const entry of directory.entries) {
    const shown = entry.name ?? `第 ${entry.index + 1} 个文件`
    const reason = entry.nameError ?? (entry.name.endsWith('/') ? '是目录项，报送包里不应有' : unsafePathReason(entry.name))
    if (reason) {
      refuse(shown, reason)
      continue
    }
    const key = collisionKey(entry.name)
    const earlier = seen.get(key)
    if (earlier) {
      refuse(entry.name, `与“${earlier.name}”重名（同一个文件出现两次）`)
      accepted.delete(earlier.name)
      earlier.duplicate = true
      continue
    }
    seen.set(key, entry)
    accepted.set(entry.name, entry)
  }
  for (const entry of seen.values()) if (entry.duplicate) refuse(entry.name, '包中有与它重名的文件')

  const unpacked = new Map()
  const unpack = (entry) => {
    if (!unpacked.has(entry)) unpacked.set(entry, extractEntry(bytes, entry))
    return unpacked.get(entry)
  }

  // The manifest and its signature.
  let manifestBytes = null
  let listed = null
  let publicKey = null
  const manifestEntry = accepted.get(MANIFEST_PATH)
  if (!manifestEntry) problems.push('缺少清单 manifest.json：这不是完整的报送包')
  else if (manifestEntry.size > limits.maxManifestBytes)
    problems.push(`清单 manifest.json 超过 ${formatBytes(limits.maxManifestBytes)}，拒绝处理`)
  else {
    const got = unpack(manifestEntry)
    if (got.error) problems.push(`清单 manifest.json：${got.error}`)
    else {
      manifestBytes = got.data
      let manifest
      try {
        manifest = JSON.parse(utf8.decode(manifestBytes))
      } catch {
        problems.push('清单 manifest.json 不是有效的 JSON')
      }
      if (manifest !== undefined) {
        if (canonicalJsonOfParsed(manifest) !== utf8.decode(manifestBytes)) problems.push('清单 manifest.json 不是规范形式的 JSON')
        ;({ publicKey, files: listed } = checkManifest(manifest, result))
      }
    }
  }
  const signatureEntry = accepted.get(SIGNATURE_PATH)
  if (!signatureEntry) problems.push('缺少签名文件 manifest.sig')
  else if (manifestBytes && publicKey) {
    const got = unpack(signatureEntry)
    if (got.error) problems.push(`签名文件 manifest.sig：${got.error}`)
    else if (got.data.length !== 64) problems.push(`签名文件 manifest.sig 应为 64 字节，实为 ${got.data.length} 字节`)
    else result.signatureValid = verifyEd25519(got.data, manifestBytes, publicKey)
    if (!result.signatureValid && !got.error) problems.push('签名无效：清单被改动过，或不是用清单中的密钥签的')
  }

  // The listed files, then anything the list does not name.
  const listedPaths = new Set()
  for (const f of listed ?? []) {
    const reason = unsafePathReason(f.path) ?? misplacedPathReason(f.path)
    if (reason) {
      result.refusedPaths.push({ path: f.path, reason })
      problems.push(`清单列出的“${f.path}”不安全：${reason}`)
      continue
    }
    listedPaths.add(f.path)
    const entry = accepted.get(f.path)
    const status = { path: f.path, status: 'ok', size: f.size, sha256: f.sha256 }
    if (!entry) {
      const refused = result.refusedPaths.some((r) => r.path === f.path)
      status.status = refused ? 'altered' : 'missing'
      status.note = refused ? '包中有同名文件，无法确定哪一个' : '包中没有这个文件'
    } else {
      const got = unpack(entry)
      if (got.error) Object.assign(status, { status: 'altered', note: got.error })
      else if (got.data.length !== f.size)
        Object.assign(status, { status: 'altered', note: `大小应为 ${f.size} 字节，实为 ${got.data.length} 字节` })
      else if ((await sha256HexAsync(got.data)) !== f.sha256)
        Object.assign(status, { status: 'altered', note: '内容与清单记录的 SHA-256 不符' })
    }
    result.files.push(status)
    if (status.status === 'missing') problems.push(`缺少文件 ${f.path}`)
    if (status.status === 'altered') problems.push(`文件 ${f.path} 被改动：${status.note}`)
  }
  for (const [name, entry] of accepted) {
    if (name === MANIFEST_PATH || name === SIGNATURE_PATH || listedPaths.has(name)) continue
    result.files.push({ path: name, status: 'extra', size: entry.size, sha256: null, note: '清单中没有这个文件' })
    problems.push(`多出文件 ${name}：清单中没有它`)
  }

  // The container itself, once everything in it has been read without complaint.
  if (problems.length === 0) {
    const names = directory.entries.map((e) => e.name)
    const sorted = [...names].sort(compareBundlePaths)
    const layout = names.some((n, i) => n !== sorted[i])
      ? '文件顺序不是乡约写出的顺序'
      : canonicalLayoutProblem(bytes, directory, (e) => unpack(e).data ?? null)
    if (layout) problems.push(`压缩包结构被改动：${layout}。文件内容可能未变，但这不是乡约原样写出的报送包`)
  }

  // What it holds, from the data files that checked out.
  const okFiles = result.files.filter((f) => f.status === 'ok')
  const dataFiles = []
  for (const f of okFiles.filter((f) => f.path.startsWith('data/'))) {
    const data = unpack(accepted.get(f.path)).data
    try {
      const text = utf8.decode(data)
      const value = JSON.parse(text)
      if (canonicalJsonOfParsed(value) !== text) problems.push(`${f.path} 不是规范形式的 JSON`)
      dataFiles.push({ path: f.path, value })
    } catch {
      problems.push(`${f.path} 不是有效的 JSON`)
    }
  }
  result.summary = summariseData(
    dataFiles,
    okFiles.filter((f) => f.path.startsWith('pdf/')),
  )

  result.valid =
    result.signatureValid && problems.length === 0 && result.refusedPaths.length === 0 && result.files.every((f) => f.status === 'ok')
  return result
}

/** A result for input that could not even be read (e.g. too large to load), with the reason. */
export function failedResult(problem) {
  const result = emptyResult(null)
  result.problems.push(problem)
  return result
}

/**
 * bytes: the whole bundle file. options.limits: lower bounds for tests or a cautious caller.
 * → the verification result (see verifyCore.d.mts). Never rejects.
 */
export async function verifyBundle(bytes, options = {}) {
  const limits = { ...LIMITS, ...(options.limits ?? {}) }
  try {
    return await verifyUnguarded(bytes, limits)
  } catch (error) {
    return failedResult(`核对时出错，无法确认此文件：${error instanceof Error ? error.message : String(error)}`)
  }
}
