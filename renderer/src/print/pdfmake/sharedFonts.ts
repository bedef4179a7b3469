/**
 * Parsed fonts shared between the documents of one engine — the one patch of pdfmake's internals
 * the engine keeps, because a measured figure needs it (engine.ts' header has the numbers).
 *
 * pdfmake's PDFDocument.provideFont hands pdfkit the font's bytes for every document, and pdfkit
 * runs fontkit.create() on them each time: cmap, hmtx, GSUB and the glyph outlines are read again,
 * and fontkit's glyph and layout caches start empty, for every notice. Here a document whose
 * virtual file system is an {@link EngineFiles} reuses the fontkit font that file was parsed into
 * (by an earlier document or by the engine) and only gets pdfkit's per-document wrapper, a fresh
 * subset, as pdfkit's own font() would make it. Any other document is left to pdfmake.
 *
 * Written for pdfmake 0.3.11 / pdfkit 0.19.1 (sharedFonts.test.ts pins both versions). It checks the
 * shapes it relies on and stays off when they differ: then rendering is merely slower, and
 * {@link parsedFontSharing} says 'per-document'.
 *
 *   new EngineFiles()             → an engine's virtual file system (pdfmake's `virtualfs`)
 *   files.writeFileSync(n, bytes) → store a font file; files.font(n) → its parsed fontkit font
 *   shareParsedFonts(PDFDocument) → true when installed (the class looks as expected)
 */
import { create as parseFont } from 'fontkit'
import type { PdfmakeVirtualFs } from 'pdfmake/js/base.js'

/** The members of a fontkit font the engine uses (pdfkit's EmbeddedFont keeps it as `.font`). */
export interface FontkitFont {
  hasGlyphForCodePoint(codePoint: number): boolean
  readonly unitsPerEm: number
  readonly ascent: number
  readonly descent: number
  glyphForCodePoint(codePoint: number): { advanceWidth: number }
}

/** One engine's files: pdfmake reads fonts from here, and each is parsed at most once. */
export class EngineFiles implements PdfmakeVirtualFs {
  private readonly files = new Map<string, Uint8Array>()
  private readonly parsed = new Map<string, FontkitFont>()

  existsSync(name: string): boolean {
    return this.files.has(name)
  }

  readFileSync(name: string): Uint8Array {
    const bytes = this.files.get(name)
    if (!bytes) throw new Error(`打印组件内部错误：没有文件 ${name}`)
    return bytes
  }

  writeFileSync(name: string, content: Uint8Array): void {
    this.files.set(name, content)
    this.parsed.delete(name)
  }

  /** The fontkit font of a stored file, parsed on first use (a Buffer view, as pdfkit passes it). */
  font(name: string): FontkitFont {
    let font = this.parsed.get(name)
    if (!font) {
      const bytes = this.readFileSync(name)
      font = parseFont(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))
      this.parsed.set(name, font)
    }
    return font
  }

  /** @internal the parsed font of `name` if there is one (for the patch below) */
  knownFont(name: string): FontkitFont | undefined {
    return this.parsed.get(name)
  }

  /** @internal a font pdfkit parsed itself, kept for later documents */
  remember(name: string, font: FontkitFont): void {
    this.parsed.set(name, font)
  }
}

type EmbeddedFontClass = new (doc: unknown, font: FontkitFont, id: string) => { font?: FontkitFont }

interface PdfmakeDocument {
  virtualfs: unknown
  getFontType(bold: boolean, italics: boolean): string
  getFontFile(family: string, bold: boolean, italics: boolean): unknown
  fontCache: Record<string, Record<string, { font?: FontkitFont }>>
  _fontFamilies: Record<string, unknown>
  _fontCount: number
}

let state: 'shared' | 'per-document' | 'not-initialised' = 'not-initialised'

/** 'shared' once a document reused a parsed font, 'per-document' when the patch is off. */
export function parsedFontSharing(): typeof state {
  return state
}

export function shareParsedFonts(pdfDocumentClass: { prototype: Record<string, unknown> }): boolean {
  const proto = pdfDocumentClass.prototype
  const original = proto.provideFont as ((this: PdfmakeDocument, f: string, b: boolean, i: boolean) => { font?: FontkitFont }) | undefined
  if (typeof original !== 'function' || typeof proto.getFontType !== 'function' || typeof proto.getFontFile !== 'function') {
    state = 'per-document'
    return false
  }
  if (proto.xiangyueSharedFonts === true) return true
  // pdfkit does not export EmbeddedFont: it is taken from the first font pdfkit embeds itself
  let Embedded: EmbeddedFontClass | undefined

  proto.provideFont = function provideSharedFont(this: PdfmakeDocument, familyName: string, bold: boolean, italics: boolean) {
    const files = this.virtualfs
    if (!(files instanceof EngineFiles) || state === 'per-document') return original.call(this, familyName, bold, italics)
    const type = this.getFontType(bold, italics)
    const cached = this.fontCache?.[familyName]?.[type]
    if (cached) return cached
    const file = this.getFontFile(familyName, bold, italics)
    const known = typeof file === 'string' ? files.knownFont(file) : undefined
    if (!known || !Embedded || typeof this._fontCount !== 'number' || !this._fontFamilies) {
      const fresh = original.call(this, familyName, bold, italics)
      if (typeof fresh?.font?.hasGlyphForCodePoint === 'function' && typeof fresh.constructor === 'function') {
        if (typeof file === 'string') files.remember(file, fresh.font)
        Embedded ??= fresh.constructor as EmbeddedFontClass
      } else {
        state = 'per-document'
      }
      return fresh
    }
    // what pdfkit's font() does for a new font: a fresh subset per document, registered so that
    // doc.end() embeds it
    const id = `F${++this._fontCount}`
    const embedded = new Embedded(this, known, id)
    this._fontFamilies[id] = embedded
    ;(this.fontCache[familyName] ??= {})[type] = embedded
    state = 'shared'
    return embedded
  }
  proto.xiangyueSharedFonts = true
  return true
}
