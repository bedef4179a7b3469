/** Messages between render.ts (window) and pdf.worker.ts. Everything here is structured-cloneable. */
import type { FontFamily } from './fonts'
import type { PrintDocument } from './pdf-types'

export type WorkerRequest =
  | { id: number; type: 'render'; doc: PrintDocument }
  | { id: number; type: 'glyphs'; text: string; family: FontFamily; bold: boolean }
  | { id: number; type: 'prepare'; words: string }

export type WorkerResponse =
  | { id: number; type: 'progress'; progress: number }
  | { id: number; type: 'rendered'; pdf: ArrayBuffer }
  | { id: number; type: 'glyphs'; missing: string[] }
  | { id: number; type: 'prepared' }
  | { id: number; type: 'error'; message: string }

/** An ArrayBuffer holding exactly these bytes (transferable without copying the rest of a pool). */
export function exactArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  if (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer) {
    return bytes.buffer
  }
  return bytes.slice().buffer as ArrayBuffer
}
