/**
 * The part of Node's `stream.Readable` that pdfkit and pdfmake use, for the browser bundle of the
 * PDF engine (renderer/build/pdfmakeBrowser.ts maps `stream` here for pdfkit only).
 *
 * Why not stream-browserify/readable-stream: they weigh ~100 KB and their start-up is part of
 * every first PDF; the whole contract we need is five members:
 * - pdfkit's PDFDocument `extends Readable`, calls `push(buffer)` for every piece of the file it
 *   writes (the first ones from its constructor, before anybody listens) and `push(null)` at the
 *   end, and implements `_read()` (a no-op: it pushes, it is never pulled);
 * - pdfmake's OutputDocument listens for 'readable', drains with `read(size)` until null, and
 *   resolves on 'end';
 * - both use it as an EventEmitter.
 * Like Node, events are delivered asynchronously (never from inside `push`), chunks are kept in
 * order, and 'end' comes only after the consumer has read everything.
 */
import { EventEmitter } from 'events/' // the npm package, not Node's module

type Chunk = Uint8Array

export class Readable extends EventEmitter {
  private readonly chunks: Chunk[] = []
  private ended = false
  private endEmitted = false
  private scheduled = false

  // Node's signature; the options (highWaterMark, objectMode…) change nothing for pdfkit.
  constructor(_options?: unknown) {
    super()
  }

  /** Called by Node streams when the consumer wants data; pdfkit overrides it with a no-op. */
  _read(_size?: number): void {}

  push(chunk: Chunk | string | null): boolean {
    if (chunk === null) {
      this.ended = true
    } else {
      if (this.ended) throw new Error('stream.push() after EOF')
      this.chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, 'binary') : chunk)
    }
    this.schedule()
    return true
  }

  /** Everything buffered so far as one Buffer (pdfmake asks for up to 1 GiB at a time), or null. */
  read(_size?: number): Buffer | null {
    if (this.chunks.length === 0) {
      this.schedule() // a drained, ended stream still owes its 'end'
      return null
    }
    const all = Buffer.concat(this.chunks)
    this.chunks.length = 0
    return all
  }

  override on(event: string | symbol, listener: (...args: never[]) => void): this {
    super.on(event, listener)
    if (event === 'readable' || event === 'end') this.schedule()
    return this
  }

  private schedule(): void {
    if (this.scheduled) return
    this.scheduled = true
    queueMicrotask(() => {
      this.scheduled = false
      if (this.chunks.length > 0 && this.listenerCount('readable') > 0) this.emit('readable')
      if (this.ended && this.chunks.length === 0 && !this.endEmitted && this.listenerCount('end') > 0) {
        this.endEmitted = true
        this.emit('end')
      }
    })
  }
}

export default { Readable }
