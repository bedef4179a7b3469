import { describe, expect, it } from 'vitest'
import { batchContentWrites } from './contentWrites'
import { contentWritesBatched } from './index'

/** pdfkit 0.17's PDFReference write/finalize, reduced to what the batching relies on. */
function fakePdfkit() {
  class Reference {
    buffer: Uint8Array[] | Buffer = []
    data: { Length?: number } = {}
    finalized = false
    constructor(readonly document: { compress: boolean }) {}
    write(chunk: unknown) {
      const bytes = chunk instanceof Uint8Array ? chunk : Buffer.from(String(chunk) + '\n', 'binary')
      this.data.Length = (this.data.Length ?? 0) + bytes.length
      ;(this.buffer as Uint8Array[]).push(bytes)
    }
    finalize() {
      this.buffer = Buffer.concat(this.buffer as Uint8Array[])
      this.finalized = true
    }
  }
  class Document {
    _offsets: unknown[] = []
    _waiting = 0
    compress = false
    ref(this: Document) {
      return new Reference(this)
    }
  }
  return { Document, Reference }
}

const WRITES: unknown[] = ['BT', '/F1 10.5 Tf', Buffer.from([0, 255, 10]), '<00ff> Tj', 'ET', '%\xFF\xFE', 42]

describe('batched pdfkit stream writes', () => {
  it('produce exactly the bytes pdfkit writes one by one', () => {
    const plain = fakePdfkit()
    const expected = new plain.Document().ref()
    WRITES.forEach((w) => expected.write(w))
    expected.finalize()

    const batched = fakePdfkit()
    expect(batchContentWrites(batched.Document as unknown as { prototype: Record<string, unknown> })).toBe(true)
    const ref = new batched.Document().ref()
    WRITES.forEach((w) => ref.write(w))
    expect(ref.finalized).toBe(false)
    ref.finalize()
    expect(Buffer.from(ref.buffer as Buffer).equals(expected.buffer as Buffer)).toBe(true)
    expect(ref.data.Length).toBe(expected.data.Length)
  })

  it('leave an unknown shape alone', () => {
    expect(batchContentWrites({ prototype: {} })).toBe(false)
    expect(batchContentWrites({ prototype: { ref: () => ({}) } })).toBe(false)
  })

  it('are active on the pdfkit the engine uses (a pdfkit upgrade that changes it is noticed here)', () => {
    expect(contentWritesBatched).toBe(true)
  })
})
