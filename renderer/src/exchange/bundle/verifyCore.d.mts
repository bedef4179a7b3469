/** Types for verifyCore.mjs: the one verification used by the HTML page, the CLI and the app. */
import type { BundleLimits } from './format.mjs'
import type { BundleSummary } from './summary.mjs'

export type PersonDataMode = { mode: 'masked' } | { mode: 'full'; purpose: string }

/** 换钥声明: the old key names the new one. Signed bytes: canonical JSON of all fields but `signature`. */
export interface RotationStatement {
  format: 'xiangyue-key-rotation'
  formatVersion: 1
  /** YYYY-MM-DD, the day the new key takes over */
  date: string
  oldPublicKey: string
  oldFingerprint: string
  newPublicKey: string
  newFingerprint: string
  reason?: string
  /** base64 of the 64-byte Ed25519 signature by the old key */
  signature: string
}

export interface RotationCheck {
  valid: boolean
  oldFingerprint: string | null
  newFingerprint: string | null
  date: string | null
  problems: string[]
}

export interface ManifestFile {
  path: string
  size: number
  /** lower-case hex */
  sha256: string
}

/** manifest.json, formatVersion 1 (see FORMAT.md). */
export interface BundleManifest {
  format: 'xiangyue-bundle'
  formatVersion: 1
  generator?: string
  village: { name: string; code: string }
  period: { from: string; to: string }
  createdAt: string
  previousBundleSha256: string | null
  auditHead: { seq: number; hash: string } | null
  personData: PersonDataMode
  signingKey: { algorithm: 'Ed25519'; publicKey: string; fingerprint: string }
  keyRotation?: RotationStatement
  files: ManifestFile[]
}

export type FileStatus = 'ok' | 'missing' | 'extra' | 'altered'

export interface FileCheck {
  path: string
  status: FileStatus
  size: number
  sha256: string | null
  /** why it is not ok, in plain Chinese */
  note?: string
}

export interface VerifyResult {
  valid: boolean
  signatureValid: boolean
  /** of the key that signed (from the manifest), e.g. 3F2A-91C0-…; compare with the registered one */
  fingerprint: string | null
  /** base64 of the raw 32-byte public key */
  publicKey: string | null
  /** SHA-256 (hex) of the whole bundle file: the next bundle's previousBundleSha256 */
  bundleSha256: string | null
  formatVersion: number | null
  village: { name: string; code: string } | null
  period: { from: string; to: string } | null
  createdAt: string | null
  previousBundleSha256: string | null
  auditHead: { seq: number; hash: string } | null
  personData: PersonDataMode | null
  keyRotation: RotationCheck | null
  files: FileCheck[]
  refusedPaths: { path: string; reason: string }[]
  /** every reason the bundle is not valid, plain Chinese; empty when valid */
  problems: string[]
  /** from the data files that checked out (null when the zip could not be read at all) */
  summary: BundleSummary | null
}

/** Never rejects: any input gives a result, valid:false with reasons when it is not a good bundle. */
export declare function verifyBundle(bytes: Uint8Array, options?: { limits?: Partial<BundleLimits> }): Promise<VerifyResult>
/** A not-valid result carrying one reason, for input that could not be read at all. */
export declare function failedResult(problem: string): VerifyResult
export declare function verifyRotationStatement(statement: unknown): RotationCheck
export declare function rotationSignedBytes(statement: Omit<RotationStatement, 'signature'> | RotationStatement): Uint8Array
export declare function verifyEd25519(signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array): boolean
