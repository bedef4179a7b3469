import { describe, expect, it } from 'vitest'
import { buildBundle } from './build'
import { fingerprintOf } from './format.mjs'
import { makeRotationStatement, verifyRotationStatement } from './rotation'
import { sampleInput, testSigner } from './testFixtures'
import { verifyBundle } from './verify'

const oldSigner = testSigner(1)
const newSigner = testSigner(2)

describe('key rotation (换钥声明)', () => {
  it('is signed by the old key and names the new one', async () => {
    const statement = await makeRotationStatement({
      oldSigner,
      newPublicKeyRaw: newSigner.publicKeyRaw,
      date: '2026-09-01',
      reason: '更换办公电脑',
    })
    expect(statement.oldFingerprint).toBe(fingerprintOf(oldSigner.publicKeyRaw))
    expect(statement.newFingerprint).toBe(fingerprintOf(newSigner.publicKeyRaw))
    expect(verifyRotationStatement(statement)).toEqual({
      valid: true,
      oldFingerprint: statement.oldFingerprint,
      newFingerprint: statement.newFingerprint,
      date: '2026-09-01',
      problems: [],
    })
  })

  it('is invalid when any field is changed, or when it was not signed by the old key', async () => {
    const statement = await makeRotationStatement({ oldSigner, newPublicKeyRaw: newSigner.publicKeyRaw, date: '2026-09-01' })
    expect(verifyRotationStatement({ ...statement, date: '2026-09-02' }).valid).toBe(false)
    expect(verifyRotationStatement({ ...statement, reason: '被盗' }).valid).toBe(false)
    const third = testSigner(3)
    const hijack = {
      ...statement,
      newPublicKey: btoa(String.fromCharCode(...third.publicKeyRaw)),
      newFingerprint: fingerprintOf(third.publicKeyRaw),
    }
    expect(verifyRotationStatement(hijack).problems.join()).toContain('签名无效')
    // signed by the new key itself, claiming to be the old one's word
    const selfSigned = await makeRotationStatement({
      oldSigner: { publicKeyRaw: oldSigner.publicKeyRaw, sign: newSigner.sign },
      newPublicKeyRaw: newSigner.publicKeyRaw,
      date: '2026-09-01',
    })
    expect(verifyRotationStatement(selfSigned).valid).toBe(false)
    expect(verifyRotationStatement({ ...statement, oldFingerprint: statement.newFingerprint }).problems.join()).toContain('旧指纹')
    for (const junk of [null, 1, 'x', [], {}]) expect(verifyRotationStatement(junk).valid).toBe(false)
  })

  it('travels in the first bundle signed by the new key, and the verifier checks it', async () => {
    const statement = await makeRotationStatement({ oldSigner, newPublicKeyRaw: newSigner.publicKeyRaw, date: '2026-09-01' })
    const good = await verifyBundle((await buildBundle(sampleInput({ keyRotation: statement }), newSigner)).bytes)
    expect(good.problems).toEqual([])
    expect(good.valid).toBe(true)
    expect(good.keyRotation).toMatchObject({
      valid: true,
      oldFingerprint: fingerprintOf(oldSigner.publicKeyRaw),
      newFingerprint: good.fingerprint,
    })
    // a statement for some other key does not vouch for this bundle's key
    const wrong = await verifyBundle((await buildBundle(sampleInput({ keyRotation: statement }), testSigner(4))).bytes)
    expect(wrong.valid).toBe(false)
    expect(wrong.problems.join()).toContain('不是本包签名用的公钥')
  })
})
