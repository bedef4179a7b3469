import { describe, expect, it } from 'vitest'
import { FINGERPRINT_PATTERN, bytesToBase64 } from './format.mjs'
import {
  generateVillageKey,
  generateVillageKeyWithBackup,
  restoreVillageKey,
  signerFor,
  VillageKeyError,
  type VillageKeyBackup,
} from './keys'
import { verifyEd25519 } from './verifyCore.mjs'

const message = new TextEncoder().encode('东风村 2026 年报送包')

async function signsFor(key: Awaited<ReturnType<typeof generateVillageKey>>): Promise<boolean> {
  return verifyEd25519(await signerFor(key).sign(message), message, key.publicKeyRaw)
}

describe('the village key', () => {
  it('is made with WebCrypto, its private part not extractable, its raw public key exported', async () => {
    const key = await generateVillageKey()
    expect(key.kind).toBe('webcrypto')
    if (key.kind !== 'webcrypto') return
    expect(key.privateKey.extractable).toBe(false)
    await expect(crypto.subtle.exportKey('pkcs8', key.privateKey)).rejects.toThrow()
    expect(key.publicKeyRaw.length).toBe(32)
    expect(key.fingerprint).toMatch(FINGERPRINT_PATTERN)
    expect(await signsFor(key)).toBe(true)
  })

  it('survives a backup: the one exported copy restores to a non-extractable key that signs for the same public key', async () => {
    const { key, backup } = await generateVillageKeyWithBackup()
    expect(key.kind === 'webcrypto' && key.privateKey.extractable).toBe(false)
    expect(backup.fingerprint).toBe(key.fingerprint)
    const restored = await restoreVillageKey(JSON.parse(JSON.stringify(backup)) as VillageKeyBackup)
    expect(restored.kind === 'webcrypto' && restored.privateKey.extractable).toBe(false)
    expect(restored.fingerprint).toBe(key.fingerprint)
    expect(await signsFor(restored)).toBe(true)
    // the same backup read where WebCrypto has no Ed25519: the noble fallback signs for the same key
    const viaNoble = await restoreVillageKey(backup, null)
    expect(viaNoble.kind).toBe('noble')
    expect(await signsFor(viaNoble)).toBe(true)
  })

  it('a noble key (no WebCrypto Ed25519) backs up and restores too', async () => {
    const { key, backup } = await generateVillageKeyWithBackup(null)
    expect(key.kind).toBe('noble')
    const restored = await restoreVillageKey(backup)
    expect(restored.fingerprint).toBe(key.fingerprint)
    expect(await signsFor(restored)).toBe(true)
  })

  it('refuses a backup whose private key is not its public key’s pair, or is malformed', async () => {
    const a = await generateVillageKeyWithBackup()
    const b = await generateVillageKeyWithBackup()
    await expect(restoreVillageKey({ ...a.backup, publicKey: b.backup.publicKey })).rejects.toThrow('不符')
    await expect(restoreVillageKey({ ...a.backup, pkcs8: 'not base64!' })).rejects.toBeInstanceOf(VillageKeyError)
    await expect(restoreVillageKey({ ...a.backup, publicKey: bytesToBase64(new Uint8Array(31)) })).rejects.toBeInstanceOf(VillageKeyError)
  })
})
