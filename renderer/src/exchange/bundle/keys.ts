/**
 * 村密钥 (the village key): made at first use, signs every bundle. WebCrypto Ed25519 where the platform
 * has it (Chromium ≥ 137, so Electron 45; Node 20), the private key then a non-extractable CryptoKey
 * that can be kept in IndexedDB (structured clone) but never read out. Where WebCrypto lacks Ed25519,
 * @noble/ed25519 does the same with the 32-byte secret in the record instead.
 *
 * Storage is not this module's job: it hands out keys and signers; the app keeps them.
 *
 * The backup: a non-extractable key cannot be copied into a backup file. generateVillageKeyWithBackup
 * therefore makes the key extractable for one moment, exports it once (PKCS#8) for the backup, and
 * keeps for daily use only a non-extractable import of it. restoreVillageKey reads that copy back.
 * How the app keeps it (a settings row with the PKCS#8, imported non-extractable for signing), and
 * what that does and does not protect: FORMAT.md, "Where the village key lives".
 */
import * as ed from '@noble/ed25519'
import { sha512 } from '@noble/hashes/sha2.js'
import { base64ToBytes, bytesToBase64, fingerprintOf } from './format.mjs'
import { verifyEd25519 } from './verifyCore.mjs'

ed.hashes.sha512 = sha512

/** What buildBundle needs: the raw public key and a way to sign; where the private key lives is not its concern. */
export interface BundleSigner {
  publicKeyRaw: Uint8Array
  sign(bytes: Uint8Array): Promise<Uint8Array>
}

export type VillageKey =
  | { kind: 'webcrypto'; privateKey: CryptoKey; publicKeyRaw: Uint8Array; fingerprint: string }
  | { kind: 'noble'; secretKey: Uint8Array; publicKeyRaw: Uint8Array; fingerprint: string }

/** The key as it goes into a backup: PKCS#8 of the private key, with the public key to check it against. */
export interface VillageKeyBackup {
  algorithm: 'Ed25519'
  pkcs8: string
  publicKey: string
  fingerprint: string
}

const ED25519 = { name: 'Ed25519' } as const
// PKCS#8 wrapping of a raw Ed25519 seed (RFC 8410): a fixed 16-byte prefix, then the 32 bytes.
const PKCS8_PREFIX = Uint8Array.from([0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20])

/** null: no WebCrypto at all (an insecure context); pass it to force the noble path. */
function defaultSubtle(): SubtleCrypto | null {
  return globalThis.crypto?.subtle ?? null
}

/** A copy with its own ArrayBuffer, as WebCrypto's types ask for. */
function own(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return new Uint8Array(bytes)
}

async function webCryptoKeyPair(subtle: SubtleCrypto, extractable: boolean): Promise<CryptoKeyPair | null> {
  try {
    return (await subtle.generateKey(ED25519, extractable, ['sign', 'verify'])) as CryptoKeyPair
  } catch {
    return null // NotSupportedError: no Ed25519 in this WebCrypto
  }
}

async function rawPublicKey(subtle: SubtleCrypto, publicKey: CryptoKey): Promise<Uint8Array> {
  return new Uint8Array(await subtle.exportKey('raw', publicKey))
}

function nobleKey(secretKey: Uint8Array): VillageKey {
  const publicKeyRaw = ed.getPublicKey(secretKey)
  return { kind: 'noble', secretKey, publicKeyRaw, fingerprint: fingerprintOf(publicKeyRaw) }
}

/** A new village key, private part non-extractable (WebCrypto) — or, lacking Ed25519 there, a noble key. */
export async function generateVillageKey(subtle: SubtleCrypto | null = defaultSubtle()): Promise<VillageKey> {
  const pair = subtle ? await webCryptoKeyPair(subtle, false) : null
  if (!pair || !subtle) return nobleKey(ed.utils.randomSecretKey())
  const publicKeyRaw = await rawPublicKey(subtle, pair.publicKey)
  return { kind: 'webcrypto', privateKey: pair.privateKey, publicKeyRaw, fingerprint: fingerprintOf(publicKeyRaw) }
}

/** A new key and its one backup copy; the key kept for daily use is non-extractable. */
export async function generateVillageKeyWithBackup(
  subtle: SubtleCrypto | null = defaultSubtle(),
): Promise<{ key: VillageKey; backup: VillageKeyBackup }> {
  const pair = subtle ? await webCryptoKeyPair(subtle, true) : null
  if (!pair || !subtle) {
    const secretKey = ed.utils.randomSecretKey()
    const key = nobleKey(secretKey)
    return { key, backup: backupOf(secretKey, key.publicKeyRaw) }
  }
  const pkcs8 = new Uint8Array(await subtle.exportKey('pkcs8', pair.privateKey))
  const publicKeyRaw = await rawPublicKey(subtle, pair.publicKey)
  const key = await importPkcs8(subtle, pkcs8, publicKeyRaw)
  return {
    key,
    backup: { algorithm: 'Ed25519', pkcs8: bytesToBase64(pkcs8), publicKey: bytesToBase64(publicKeyRaw), fingerprint: key.fingerprint },
  }
}

function backupOf(seed: Uint8Array, publicKeyRaw: Uint8Array): VillageKeyBackup {
  const pkcs8 = new Uint8Array(PKCS8_PREFIX.length + 32)
  pkcs8.set(PKCS8_PREFIX)
  pkcs8.set(seed, PKCS8_PREFIX.length)
  return {
    algorithm: 'Ed25519',
    pkcs8: bytesToBase64(pkcs8),
    publicKey: bytesToBase64(publicKeyRaw),
    fingerprint: fingerprintOf(publicKeyRaw),
  }
}

async function importPkcs8(subtle: SubtleCrypto, pkcs8: Uint8Array, publicKeyRaw: Uint8Array): Promise<VillageKey> {
  const privateKey = await subtle.importKey('pkcs8', own(pkcs8), ED25519, false, ['sign'])
  return { kind: 'webcrypto', privateKey, publicKeyRaw, fingerprint: fingerprintOf(publicKeyRaw) }
}

export class VillageKeyError extends Error {}

/** Read a key back from its backup copy (non-extractable again), after checking it signs for its public key. */
export async function restoreVillageKey(backup: VillageKeyBackup, subtle: SubtleCrypto | null = defaultSubtle()): Promise<VillageKey> {
  const pkcs8 = base64ToBytes(backup?.pkcs8)
  const publicKeyRaw = base64ToBytes(backup?.publicKey)
  if (backup?.algorithm !== 'Ed25519' || !pkcs8 || !publicKeyRaw || publicKeyRaw.length !== 32)
    throw new VillageKeyError('备份中的村密钥格式不对')
  const seedForm = pkcs8.length === 48 && PKCS8_PREFIX.every((b, i) => pkcs8[i] === b)
  let key: VillageKey | null = null
  if (subtle) {
    try {
      key = await importPkcs8(subtle, pkcs8, publicKeyRaw)
    } catch {
      key = null
    }
  }
  if (!key) {
    if (!seedForm) throw new VillageKeyError('备份中的村密钥无法读取')
    key = nobleKey(pkcs8.slice(PKCS8_PREFIX.length))
  }
  const probe = new TextEncoder().encode('xiangyue-key-check')
  if (!verifyEd25519(await signerFor(key).sign(probe), probe, publicKeyRaw)) throw new VillageKeyError('备份中的村密钥与其公钥不符')
  return key
}

/** The signer buildBundle and makeRotationStatement take. */
export function signerFor(key: VillageKey, subtle: SubtleCrypto | null = defaultSubtle()): BundleSigner {
  if (key.kind === 'noble') return signerFromSecretKey(key.secretKey)
  return {
    publicKeyRaw: key.publicKeyRaw,
    async sign(bytes) {
      if (!subtle) throw new VillageKeyError('本机浏览器不支持 Ed25519 签名')
      return new Uint8Array(await subtle.sign(ED25519, key.privateKey, own(bytes)))
    },
  }
}

/** A noble signer from a 32-byte secret (the fallback, and deterministic keys in tests). */
export function signerFromSecretKey(secretKey: Uint8Array): BundleSigner {
  if (secretKey.length !== 32) throw new VillageKeyError('Ed25519 私钥应为 32 字节')
  const publicKeyRaw = ed.getPublicKey(secretKey)
  return { publicKeyRaw, sign: async (bytes) => ed.sign(bytes, secretKey) }
}
