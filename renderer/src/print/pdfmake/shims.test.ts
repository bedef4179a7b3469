import { deflateSync as nodeDeflate, inflateSync as nodeInflate } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { Readable } from './stream'
import { deflateSync, inflate, inflateSync } from './zlib'

/** The way pdfmake's OutputDocument reads a pdfkit document. */
function drain(stream: Readable): Promise<Buffer> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = []
    stream.on('readable', () => {
      let chunk: Buffer | null
      while ((chunk = stream.read(1 << 30)) !== null) chunks.push(chunk)
    })
    stream.on('end', () => resolve(Buffer.concat(chunks)))
  })
}

describe('stream shim (what pdfkit and pdfmake need of Readable)', () => {
  it('keeps what was pushed before anyone listened, in order, then ends', async () => {
    const stream = new Readable()
    stream.push(Buffer.from('%PDF-1.3\n', 'binary')) // pdfkit writes its header in the constructor
    const done = drain(stream)
    stream.push(Buffer.from('1 0 obj\n', 'binary'))
    stream.push('%\xFF\xFF\n')
    stream.push(null)
    const bytes = await done
    expect(bytes.toString('binary')).toBe('%PDF-1.3\n1 0 obj\n%\xFF\xFF\n')
    expect(bytes[bytes.length - 2]).toBe(0xff) // strings are binary, not UTF-8
  })

  it("delivers events asynchronously, never from inside push, and 'end' once", async () => {
    const stream = new Readable()
    const events: string[] = []
    stream.on('readable', () => {
      events.push('readable')
      while (stream.read() !== null);
    })
    stream.on('end', () => events.push('end'))
    stream.push(Buffer.from('a'))
    stream.push(null)
    expect(events).toEqual([])
    await new Promise((r) => setTimeout(r, 0))
    expect(events).toEqual(['readable', 'end'])
  })

  it('refuses data after the end', () => {
    const stream = new Readable()
    stream.push(null)
    expect(() => stream.push(Buffer.from('x'))).toThrow(/after EOF/)
  })

  it('is an EventEmitter (pdfkit emits pageAdded on itself)', () => {
    const stream = new Readable()
    let pages = 0
    stream.on('pageAdded', () => pages++)
    stream.emit('pageAdded')
    expect(pages).toBe(1)
  })
})

describe('zlib shim (fflate)', () => {
  const text = Buffer.from('村民委员会'.repeat(500) + '\x00\xff binary', 'binary')

  it('writes zlib streams Node (and PDF readers) inflate', () => {
    expect(nodeInflate(deflateSync(text)).equals(text)).toBe(true)
    expect(deflateSync(text).length).toBeLessThan(text.length / 10)
  })

  it('reads zlib streams Node wrote, sync and callback style', async () => {
    expect(inflateSync(nodeDeflate(text)).equals(text)).toBe(true)
    const viaCallback = await new Promise<Buffer>((resolve, reject) =>
      inflate(nodeDeflate(text), (e, r) => (e || !r ? reject(e) : resolve(r))),
    )
    expect(viaCallback.equals(text)).toBe(true)
  })

  it('reports corrupt data through the callback', async () => {
    const error = await new Promise<Error | null>((resolve) => inflate(Buffer.from('not zlib'), (e) => resolve(e)))
    expect(error).toBeInstanceOf(Error)
  })
})
