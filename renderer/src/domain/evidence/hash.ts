/**
 * SHA-256 for evidence: audit entries, frozen notice content, printed PDFs. Synchronous on purpose
 * (@noble/hashes, pure JS): an audit entry is written in the same IndexedDB transaction as the
 * record it describes, and awaiting WebCrypto inside a Dexie transaction lets it commit early.
 */
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js'
import { canonicalJson } from './canonical'

/** SHA-256 (hex) of a value's canonical JSON: equal content ⇒ equal hash. */
export function sha256Hex(value: unknown): string {
  return sha256OfText(canonicalJson(value))
}

export function sha256OfText(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)))
}

export function sha256OfBytes(bytes: Uint8Array): string {
  return bytesToHex(sha256(bytes))
}
