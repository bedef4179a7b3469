/** Types for format.mjs (plain JS so the CLI needs no build step). */
export declare const BUNDLE_FORMAT: 'xiangyue-bundle'
export declare const BUNDLE_FORMAT_VERSION: 1
export declare const ROTATION_FORMAT: 'xiangyue-key-rotation'
export declare const MANIFEST_PATH: 'manifest.json'
export declare const SIGNATURE_PATH: 'manifest.sig'

export interface BundleLimits {
  maxEntries: number
  maxTotalBytes: number
  maxFileBytes: number
  maxManifestBytes: number
  maxInputBytes: number
}
export declare const LIMITS: Readonly<BundleLimits>

export declare function formatBytes(n: number): string
export declare function sha256HexOf(bytes: Uint8Array): string
/** SHA-256 via WebCrypto when present, else pure JS; same result. */
export declare function sha256HexAsync(bytes: Uint8Array): Promise<string>
/** First 16 bytes of SHA-256 over the raw 32-byte public key, as `3F2A-91C0-…` (8 groups of 4 hex). */
export declare function fingerprintOf(publicKeyRaw: Uint8Array): string
export declare const FINGERPRINT_PATTERN: RegExp
export declare function bytesToBase64(bytes: Uint8Array): string
export declare function base64ToBytes(text: unknown): Uint8Array | null
export declare function canonicalJsonOfParsed(value: unknown): string
export declare function unsafePathReason(path: unknown): string | null
export declare function misplacedPathReason(path: string): string | null
export declare function collisionKey(path: string): string
export declare function compareBundlePaths(a: string, b: string): number
export declare function isIsoDate(text: unknown): boolean
export declare function isIsoInstantUtc(text: unknown): boolean
export declare const SHA256_HEX: RegExp
export declare const AREA_CODE: RegExp
export declare const AREA_NAME: RegExp
