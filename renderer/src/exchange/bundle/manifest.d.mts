/** Types for manifest.mjs: the signature, the manifest's fields and key rotation, checked. */
import type { RotationCheck, RotationStatement, VerifyResult } from './verifyCore.mjs'

export declare function isPlainObject(value: unknown): value is Record<string, unknown>
/** Ed25519, strict RFC 8032; false (never a throw) for malformed input. */
export declare function verifyEd25519(signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array): boolean
export declare function rotationSignedBytes(statement: Omit<RotationStatement, 'signature'> | RotationStatement): Uint8Array
export declare function verifyRotationStatement(statement: unknown): RotationCheck
export declare function checkManifest(
  manifest: unknown,
  result: VerifyResult,
): { publicKey: Uint8Array | null; files: { path: string; size: number; sha256: string }[] | null }
