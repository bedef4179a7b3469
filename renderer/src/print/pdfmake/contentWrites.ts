/**
 * Batches the small writes pdfkit makes into a PDF object's stream.
 *
 * pdfkit turns every drawing operator it emits (`BT`, `1 0 0 -1 56.7 120.5 Tm`, `<0012> Tj`, a
 * colour, a rule…) into its own Buffer with `Buffer.from(op + '\n', 'binary')`, and joins them
 * with Buffer.concat when the page is finished. A 100-page ledger makes ~200,000 of them. Node's
 * Buffer does that cheaply; the `buffer` package we use in the browser builds a JS array per call
 * and re-prototypes a fresh Uint8Array, which made these writes and the final concat about a
 * fifth of the ledger's render time in Chromium. Here string writes are kept as strings and
 * encoded once, when the stream is finished or a binary chunk (a font, an image) follows, so
 * the bytes in the file are exactly the same.
 *
 * pdfkit does not export its PDFReference class; its prototype is reached through
 * PDFDocument.prototype.ref(). The patch checks the shapes it relies on and changes nothing when
 * they differ (a pdfmake/pdfkit upgrade then makes printing slower, not wrong). Written for
 * pdfkit 0.19.1 under pdfmake 0.3.11: sharedFonts.test.ts pins both versions and that it is active.
 */

interface ReferenceLike {
  write(chunk: unknown): void
  finalize(): void
  /** our string batch, not pdfkit's */
  xiangyuePending?: string[]
}

/** One byte per UTF-16 unit, low 8 bits: what Buffer.from(text, 'binary') does. */
function binaryBytes(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length)
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i)
  return bytes
}

/** Install the batching on pdfmake's PDFDocument class. Returns false (and changes nothing) if pdfkit looks different. */
export function batchContentWrites(pdfDocumentClass: { prototype: Record<string, unknown> }): boolean {
  const makeRef = pdfDocumentClass.prototype.ref
  if (typeof makeRef !== 'function') return false
  let probe: unknown
  try {
    probe = (makeRef as (this: unknown, data: object) => unknown).call({ _offsets: [], _waiting: 0, compress: false }, {})
  } catch {
    return false
  }
  const proto = probe ? (Object.getPrototypeOf(probe) as Record<string, unknown>) : undefined
  const write = proto?.write
  const finalize = proto?.finalize
  if (!proto || typeof write !== 'function' || typeof finalize !== 'function') return false
  if (proto.xiangyueBatched === true) return true

  const flush = (ref: ReferenceLike): void => {
    const pending = ref.xiangyuePending
    if (!pending || pending.length === 0) return
    ref.xiangyuePending = undefined
    // pdfkit appends '\n' to every string it writes
    ;(write as (this: ReferenceLike, chunk: Uint8Array) => void).call(ref, binaryBytes(pending.join('\n') + '\n'))
  }

  proto.write = function batchedWrite(this: ReferenceLike, chunk: unknown): void {
    if (chunk instanceof Uint8Array) {
      flush(this)
      ;(write as (this: ReferenceLike, c: unknown) => void).call(this, chunk)
      return
    }
    ;(this.xiangyuePending ??= []).push(String(chunk))
  }
  proto.finalize = function batchedFinalize(this: ReferenceLike): void {
    flush(this)
    ;(finalize as (this: ReferenceLike) => void).call(this)
  }
  proto.xiangyueBatched = true
  return true
}
