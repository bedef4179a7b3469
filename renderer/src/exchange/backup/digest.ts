/**
 * sha256Hex(bytes) → Promise<lowercase hex SHA-256>, for the parts of a backup file.
 *
 * WebCrypto hashes in native code, off the JavaScript thread, many times faster than the pure-JS
 * hash domain/evidence/hash.ts must use inside a Dexie transaction: a large village's backup is
 * tens of megabytes, and every part is hashed when the file is made and again before a restore.
 * Never awaited inside a transaction. Where WebCrypto is missing (not a secure context) the pure-JS
 * hash gives the same answer.
 */
import { sha256OfBytes } from '@/domain/evidence/hash'

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'))

function hex(buffer: ArrayBuffer): string {
  let out = ''
  for (const byte of new Uint8Array(buffer)) out += HEX[byte]!
  return out
}

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const subtle = globalThis.crypto?.subtle
  if (!subtle) return sha256OfBytes(bytes)
  return hex(await subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>))
}
