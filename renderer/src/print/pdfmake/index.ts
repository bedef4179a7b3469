/**
 * pdfmake, assembled from its own modules instead of the package's prebuilt browser file.
 *
 * Why: pdfmake's build/pdfmake.js (~1 MB) is a webpack bundle with core-js, stream-browserify,
 * pako, a brotli decoder, AES tables, an SVG parser and a QR encoder, and several of them do real
 * work as soon as the file is evaluated (the brotli dictionary is decompressed, AES tables are
 * built). Evaluating it cost 700–850 ms in a Chromium worker here, which alone broke the
 * first-notice budget (500 ms). Built from pdfmake's CommonJS modules (js/), Vite bundles only
 * what we use, and renderer/build/pdfmakeBrowser.ts supplies small browser versions of the few
 * Node modules they need (stream.ts, zlib.ts, `events`, `buffer`) and stand-ins for the unused
 * features (brotli.ts, aes.ts, svg.ts).
 *
 * In node (vitest, scripts) the same modules load with Node's own fs/stream/zlib.
 *
 * Exports `createPdfmake()` — a pdfmake instance with a virtual file system of its own, so several
 * engines (one per test, say) never see each other's fonts or settings — and pdfmake's PDFDocument
 * class. Loading this module batches pdfkit's stream writes (contentWrites.ts) and lets documents
 * share parsed fonts (sharedFonts.ts).
 */
import './globals'
import * as baseModule from 'pdfmake/js/base.js'
import * as outputModule from 'pdfmake/js/OutputDocument.js'
import * as pdfDocumentModule from 'pdfmake/js/PDFDocument.js'
import { batchContentWrites } from './contentWrites'
import { shareParsedFonts, type EngineFiles } from './sharedFonts'
import type { PdfmakeInstance, PdfmakeOutputDocument, PdfmakePdfDocumentClass } from 'pdfmake/js/base.js'

export { EngineFiles } from './sharedFonts'

/**
 * A CommonJS module compiled by Babel sets `exports.default`; bundlers hand us that default,
 * Node's ESM loader hands us `module.exports` itself. Accept both.
 */
function commonJsDefault<T>(mod: unknown): T {
  let value = (mod as { default?: unknown }).default ?? mod
  if (value && typeof value === 'object' && 'default' in value) value = (value as { default: unknown }).default
  return value as T
}

type PdfmakeBaseClass = new () => PdfmakeInstance & { localAccessPolicy?: (path: string) => boolean }
type OutputDocumentClass = new (pdfDocument: Promise<object>) => PdfmakeOutputDocument

const PdfmakeBase = commonJsDefault<PdfmakeBaseClass>(baseModule)
const OutputDocument = commonJsDefault<OutputDocumentClass>(outputModule)

export const PDFDocument = commonJsDefault<PdfmakePdfDocumentClass>(pdfDocumentModule)

class Pdfmake extends PdfmakeBase {
  setLocalAccessPolicy(callback: (path: string) => boolean): void {
    this.localAccessPolicy = callback
  }

  // pdfmake's hook for wrapping the pdfkit document; the plain OutputDocument gives getBuffer().
  _transformToDocument(pdfDocument: Promise<object>): PdfmakeOutputDocument {
    return new OutputDocument(pdfDocument)
  }
}

/** A pdfmake instance of its own, reading files (fonts) only from `files`. */
export function createPdfmake(files: EngineFiles): Pdfmake {
  const instance = new Pdfmake()
  instance.virtualfs = files
  return instance
}

/** true when pdfkit's stream writes are batched (contentWrites.ts); a test pins it */
export const contentWritesBatched = batchContentWrites(PDFDocument)

/** whether documents share parsed fonts (sharedFonts.ts); a test pins it */
export const parsedFontsShared = shareParsedFonts(PDFDocument)
