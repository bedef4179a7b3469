/**
 * The signed parts of a bundle, checked: the Ed25519 signature, the manifest's fields (format version
 * 1, see FORMAT.md) and a key-rotation statement. Plain JS beside verifyCore.mjs, which uses it.
 */
import * as ed from '@noble/ed25519'
import { sha512 } from '@noble/hashes/sha2.js'
import {
  AREA_CODE,
  BUNDLE_FORMAT,
  BUNDLE_FORMAT_VERSION,
  ROTATION_FORMAT,
  SHA256_HEX,
  base64ToBytes,
  canonicalJsonOfParsed,
  compareBundlePaths,
  fingerprintOf,
  isIsoDate,
  isIsoInstantUtc,
} from './format.mjs'

// Synchronous Ed25519 needs a SHA-512: the pure-JS one, so no secure context is required.
ed.hashes.sha512 = sha512

const encoder = new TextEncoder()

export function isPlainObject(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

/** Ed25519 verification, strict RFC 8032 (no malleable encodings). Never throws. */
export function verifyEd25519(signature, message, publicKey) {
  try {
    return signature.length === 64 && publicKey.length === 32 && ed.verify(signature, message, publicKey, { zip215: false })
  } catch {
    return false
  }
}

/** The exact bytes a rotation statement's signature covers: its canonical JSON without `signature`. */
export function rotationSignedBytes(statement) {
  const { signature: _signature, ...body } = statement
  return encoder.encode(canonicalJsonOfParsed(body))
}

/**
 * A key-rotation statement (换用新密钥的声明): the old key says which new key follows it, from which
 * date. → { valid, oldFingerprint, newFingerprint, date, problems }. Never throws.
 */
export function verifyRotationStatement(statement) {
  const problems = []
  const result = { valid: false, oldFingerprint: null, newFingerprint: null, date: null, problems }
  if (!isPlainObject(statement)) {
    problems.push('换钥声明的格式不对')
    return result
  }
  if (statement.format !== ROTATION_FORMAT || statement.formatVersion !== 1) problems.push('换钥声明的格式或版本不对')
  const oldKey = base64ToBytes(statement.oldPublicKey)
  const newKey = base64ToBytes(statement.newPublicKey)
  const signature = base64ToBytes(statement.signature)
  if (!oldKey || oldKey.length !== 32) problems.push('换钥声明中的旧公钥不对')
  if (!newKey || newKey.length !== 32) problems.push('换钥声明中的新公钥不对')
  if (!signature || signature.length !== 64) problems.push('换钥声明的签名格式不对')
  if (!isIsoDate(statement.date)) problems.push('换钥声明的日期不对')
  else result.date = statement.date
  if (statement.reason !== undefined && typeof statement.reason !== 'string') problems.push('换钥声明的原因不对')
  if (oldKey && oldKey.length === 32) {
    result.oldFingerprint = fingerprintOf(oldKey)
    if (statement.oldFingerprint !== result.oldFingerprint) problems.push('换钥声明中的旧指纹与旧公钥不符')
  }
  if (newKey && newKey.length === 32) {
    result.newFingerprint = fingerprintOf(newKey)
    if (statement.newFingerprint !== result.newFingerprint) problems.push('换钥声明中的新指纹与新公钥不符')
  }
  if (problems.length === 0 && !verifyEd25519(signature, rotationSignedBytes(statement), oldKey)) {
    problems.push('换钥声明的签名无效：不是旧密钥签的，或声明被改动过')
  }
  result.valid = problems.length === 0
  return result
}

/**
 * Check a parsed manifest's shape, filling the facts it gives into `result` and its problems into
 * result.problems. → { publicKey (bytes or null), files (the well-formed entries, or null) }
 */
export function checkManifest(m, result) {
  const problems = result.problems
  if (!isPlainObject(m)) {
    problems.push('清单（manifest.json）不是一个 JSON 对象')
    return { publicKey: null, files: null }
  }
  if (m.format !== BUNDLE_FORMAT) problems.push(`清单的格式不是 ${BUNDLE_FORMAT}：这不是乡约报送包`)
  if (m.formatVersion !== BUNDLE_FORMAT_VERSION)
    problems.push(`报送包格式版本为 ${JSON.stringify(m.formatVersion)}，本工具只认识第 ${BUNDLE_FORMAT_VERSION} 版`)
  else result.formatVersion = m.formatVersion

  if (isPlainObject(m.village) && typeof m.village.name === 'string' && m.village.name.trim() && AREA_CODE.test(m.village.code ?? '')) {
    result.village = { name: m.village.name, code: m.village.code }
  } else problems.push('清单中的村名或12位区划代码不对')

  if (isPlainObject(m.period) && isIsoDate(m.period.from) && isIsoDate(m.period.to) && m.period.from <= m.period.to) {
    result.period = { from: m.period.from, to: m.period.to }
  } else problems.push('清单中的报送期间不对')

  if (isIsoInstantUtc(m.createdAt)) result.createdAt = m.createdAt
  else problems.push('清单中的生成时间不对')

  if (m.previousBundleSha256 === null || SHA256_HEX.test(m.previousBundleSha256 ?? '')) result.previousBundleSha256 = m.previousBundleSha256
  else problems.push('清单中的上一个报送包哈希不对')

  if (m.auditHead === null) result.auditHead = null
  else if (
    isPlainObject(m.auditHead) &&
    Number.isSafeInteger(m.auditHead.seq) &&
    m.auditHead.seq >= 0 &&
    SHA256_HEX.test(m.auditHead.hash ?? '')
  ) {
    result.auditHead = { seq: m.auditHead.seq, hash: m.auditHead.hash }
  } else problems.push('清单中的审计链末端记录不对')

  const pd = m.personData
  if (isPlainObject(pd) && pd.mode === 'masked') result.personData = { mode: 'masked' }
  else if (isPlainObject(pd) && pd.mode === 'full' && typeof pd.purpose === 'string' && pd.purpose.trim())
    result.personData = { mode: 'full', purpose: pd.purpose }
  else problems.push('清单中没有说明个人信息是否已遮蔽')

  let publicKey = null
  const key = m.signingKey
  if (isPlainObject(key) && key.algorithm === 'Ed25519') {
    const raw = base64ToBytes(key.publicKey)
    if (raw && raw.length === 32) {
      publicKey = raw
      result.publicKey = key.publicKey
      result.fingerprint = fingerprintOf(raw)
      if (key.fingerprint !== result.fingerprint) problems.push('清单中写的密钥指纹与公钥不符')
    } else problems.push('清单中的公钥不对')
  } else problems.push('清单中没有 Ed25519 公钥')

  if (m.keyRotation !== undefined) {
    const rotation = verifyRotationStatement(m.keyRotation)
    result.keyRotation = rotation
    for (const p of rotation.problems) problems.push(p)
    if (rotation.valid && m.keyRotation.newPublicKey !== key?.publicKey) problems.push('换钥声明中的新公钥不是本包签名用的公钥')
  }

  if (!Array.isArray(m.files)) {
    problems.push('清单中没有文件列表')
    return { publicKey, files: null }
  }
  const files = []
  for (const [i, f] of m.files.entries()) {
    if (
      !isPlainObject(f) ||
      typeof f.path !== 'string' ||
      !Number.isSafeInteger(f.size) ||
      f.size < 0 ||
      !SHA256_HEX.test(f.sha256 ?? '')
    ) {
      problems.push(`清单文件列表第 ${i + 1} 项格式不对`)
      continue
    }
    files.push(f)
  }
  for (let i = 1; i < files.length; i++) {
    if (compareBundlePaths(files[i - 1].path, files[i].path) >= 0) {
      problems.push('清单中的文件没有按名称排序，或有重复')
      break
    }
  }
  return { publicKey, files }
}
