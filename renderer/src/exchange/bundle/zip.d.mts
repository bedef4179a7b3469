/** Types for zip.mjs: the bundle's canonical stored zip, written and read. */
import type { BundleLimits } from './format.mjs'

export declare function crc32(bytes: Uint8Array): number
export declare function writeStoredZip(entries: ReadonlyArray<{ name: string; data: Uint8Array }>): Uint8Array

export interface ZipEntry {
  index: number
  centralAt: number
  centralLength: number
  nameBytes: Uint8Array
  name: string | null
  nameError: string | null
  flags: number
  method: number
  crc: number
  compressedSize: number
  size: number
  localAt: number
  dataAt: number
}
export interface ZipContents {
  fatal: null
  entries: ZipEntry[]
  centralOffset: number
  centralSize: number
  endAt: number
}
/** fatal: why the file cannot be read at all (or is refused as a bomb) */
export type ZipDirectory = { fatal: string } | ZipContents

export declare function readZipDirectory(bytes: Uint8Array, limits: BundleLimits): ZipDirectory
export declare function extractEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
): { data: Uint8Array; error?: undefined } | { error: string; data?: undefined }
export declare function canonicalLayoutProblem(
  bytes: Uint8Array,
  directory: ZipContents,
  dataOf: (entry: ZipEntry) => Uint8Array | null,
): string | null
