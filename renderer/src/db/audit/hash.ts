import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js'
import { canonicalJson } from './canonical'

/**
 * SHA-256 of a value's canonical JSON, hex. Synchronous on purpose: the audit entry is written in
 * the same IndexedDB transaction as the record it describes, and awaiting WebCrypto inside a Dexie
 * transaction would let the transaction commit early.
 */
export function sha256Hex(value: unknown): string {
  return bytesToHex(sha256(utf8ToBytes(canonicalJson(value))))
}

export function sha256OfBytes(bytes: Uint8Array): string {
  return bytesToHex(sha256(bytes))
}
