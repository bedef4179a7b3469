/**
 * 换钥声明 (key rotation): when the village key is replaced (a new PC, a lost backup), the old key signs
 * a statement naming the new key and the day it takes over. The township, holding the old fingerprint
 * on paper, can then accept the new one without a new paper registration. The first bundle signed by
 * the new key carries the statement in its manifest (BundleInput.keyRotation); verifyBundle checks it.
 */
import { ROTATION_FORMAT, bytesToBase64, fingerprintOf, isIsoDate } from './format.mjs'
import type { BundleSigner } from './keys'
import { rotationSignedBytes, type RotationStatement } from './verifyCore.mjs'

export { verifyRotationStatement, type RotationCheck, type RotationStatement } from './verifyCore.mjs'

export interface RotationRequest {
  /** signs with the key being replaced */
  oldSigner: BundleSigner
  newPublicKeyRaw: Uint8Array
  /** YYYY-MM-DD */
  date: string
  /** e.g. 更换办公电脑 */
  reason?: string
}

export async function makeRotationStatement(request: RotationRequest): Promise<RotationStatement> {
  const { oldSigner, newPublicKeyRaw, date, reason } = request
  if (!isIsoDate(date)) throw new RangeError('换钥日期应为 YYYY-MM-DD')
  if (newPublicKeyRaw.length !== 32 || oldSigner.publicKeyRaw.length !== 32) throw new RangeError('Ed25519 公钥应为32字节')
  const body: Omit<RotationStatement, 'signature'> = {
    format: ROTATION_FORMAT,
    formatVersion: 1,
    date,
    oldPublicKey: bytesToBase64(oldSigner.publicKeyRaw),
    oldFingerprint: fingerprintOf(oldSigner.publicKeyRaw),
    newPublicKey: bytesToBase64(newPublicKeyRaw),
    newFingerprint: fingerprintOf(newPublicKeyRaw),
    ...(reason ? { reason } : {}),
  }
  const signature = await oldSigner.sign(rotationSignedBytes(body))
  return { ...body, signature: bytesToBase64(signature) }
}
