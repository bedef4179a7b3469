/**
 * The PDF engine: pdfmake + our fonts, used inside the PDF worker (pdf.worker.ts), by the
 * in-thread fallback (render.ts) and by node tests (render.node.ts). Not imported by builders.
 *
 * Font cost, and what we do about it. pdfmake creates a fresh pdfkit document per PDF, and pdfkit
 * runs fontkit.create() on the TTF bytes for every document: parsing is lazy, but each new
 * fontkit font re-reads cmap, hmtx, GSUB/GPOS and glyph outlines of a 10–15 MB file the first
 * time they are needed, which cost ~45–90 ms per notice in node (3 faces). We parse each face
 * once per worker and let every later document reuse the parsed fontkit font (each document still
 * gets its own subset): see {@link shareParsedFonts}. That brings a warm notice to ~15–25 ms.
 *
 * The hook is a small patch of pdfmake's PDFDocument.provideFont, reached through the pdfkit
 * document of a warm-up render (pdfmake exports no classes). It checks the shapes it relies on and
 * stays off when they differ (then rendering is merely slower); `engine.fontSharing` reports which
 * and a test pins it, so a pdfmake upgrade that changes the internals is noticed.
 */
import pdfmake from 'pdfmake'
import { attachFrame } from './frame'
import {
  ALL_FACES,
  CORE_FACES,
  FONT_FACES,
  FontStore,
  faceFor,
  missingCharacters,
  pdfmakeFontDictionary,
  vfsName,
  type FontFaceId,
  type FontFamily,
  type FontSource,
} from './fonts'
import type { PrintDocument } from './pdf-types'

/** The subset of a fontkit font we use (pdfkit's EmbeddedFont exposes it as `.font`). */
interface FontkitFont {
  hasGlyphForCodePoint(codePoint: number): boolean
  readonly unitsPerEm: number
  readonly ascent: number
  readonly descent: number
  glyphForCodePoint(codePoint: number): { advanceWidth: number }
}

export interface RenderOptions {
  /** 0..1 while pdfmake writes pages (for a progress bar on long ledgers) */
  onProgress?: (progress: number) => void
}

export interface PdfEngine {
  render(doc: PrintDocument, options?: RenderOptions): Promise<Uint8Array>
  /** distinct characters of `text` the face cannot print (e.g. 𠮷 U+20BB7) */
  missingGlyphs(text: string, family?: FontFamily, bold?: boolean): Promise<string[]>
  /** vertical metrics and digit advance of a face, for tests that pin layout.ts */
  metrics(face: FontFaceId): Promise<{ unitsPerEm: number; ascent: number; descent: number; digitAdvance: number }>
  readonly fontSharing: 'shared' | 'per-document' | 'not-initialised'
}

/** Thin black rules for tables: the plain look of a 公示/台账 (no zebra, no colour). */
const GB_TABLE_LAYOUT = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  hLineColor: () => '#000000',
  vLineColor: () => '#000000',
  paddingLeft: () => 4,
  paddingRight: () => 4,
  paddingTop: () => 3,
  paddingBottom: () => 3,
}

/** Every character our warm-up touches, so cmap/hmtx are parsed before the first real PDF. */
const WARM_UP_TEXT = '关于公示村民委员会一二三四五六七八九十年月日，。、；：（）《》“”0123456789—'

interface PdfKitDocLike {
  constructor: { prototype: Record<string, unknown> }
  fonts: Record<string, Record<string, unknown>>
  fontCache: Record<
    string,
    Record<string, { font?: FontkitFont; constructor: new (doc: unknown, font: FontkitFont, id: string) => unknown }>
  >
}

let engineSingleton: { source: string; engine: Promise<PdfEngine> } | undefined

/**
 * The engine for this worker/process. Fonts are loaded once; later calls with another source
 * name are refused (one process, one set of fonts).
 */
export function getPdfEngine(source: FontSource): Promise<PdfEngine> {
  if (engineSingleton) {
    if (engineSingleton.source !== source.name) {
      return Promise.reject(new Error(`PDF engine already initialised with font source ${engineSingleton.source}`))
    }
    return engineSingleton.engine
  }
  const engine = createEngine(new FontStore(source))
  engineSingleton = { source: source.name, engine }
  engine.catch(() => {
    engineSingleton = undefined
  })
  return engine
}

async function createEngine(store: FontStore): Promise<PdfEngine> {
  pdfmake.setUrlAccessPolicy(() => false) // local-first: a document never fetches anything
  pdfmake.setLocalAccessPolicy?.(() => false) // fonts come from the virtual fs only
  pdfmake.addTableLayouts({ gbTable: GB_TABLE_LAYOUT })
  pdfmake.setFonts(pdfmakeFontDictionary())

  const faceOfFile = new Map<string, FontFaceId>(ALL_FACES.map((f) => [vfsName(f), f]))
  const shared = new Map<FontFaceId, FontkitFont>()
  let sharing: PdfEngine['fontSharing'] = 'not-initialised'

  async function ensureFaces(faces: readonly FontFaceId[]): Promise<void> {
    const missing = faces.filter((f) => !store.has(f))
    const bytes = await store.loadAll(missing)
    missing.forEach((face, i) => {
      const b = bytes[i]
      if (b) pdfmake.virtualfs.writeFileSync(vfsName(face), b)
    })
  }

  async function renderRaw(doc: PrintDocument, options: RenderOptions = {}): Promise<Uint8Array> {
    await ensureFaces(facesUsedBy(doc))
    pdfmake.setProgressCallback(options.onProgress)
    try {
      const out = pdfmake.createPdf(attachFrame(structuredCloneSafe(doc)))
      const buf = await out.getBuffer()
      return buf instanceof Uint8Array && buf.constructor === Uint8Array ? buf : new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength)
    } finally {
      pdfmake.setProgressCallback(undefined)
    }
  }

  /** Render a one-page document with every core face, then hook parsed fonts into later documents. */
  async function warmUp(): Promise<void> {
    await ensureFaces(CORE_FACES)
    const content = CORE_FACES.map((face) => ({ text: WARM_UP_TEXT, font: FONT_FACES[face].family, bold: FONT_FACES[face].bold }))
    const out = pdfmake.createPdf({ content, defaultStyle: { font: 'NotoSerifSC', fontSize: 12 } })
    const pdfDoc = (await out.getStream()) as unknown as PdfKitDocLike
    await out.getBuffer()
    sharing = shareParsedFonts(pdfDoc, shared, faceOfFile) ? 'shared' : 'per-document'
  }

  async function fontkitFor(face: FontFaceId): Promise<FontkitFont> {
    const known = shared.get(face)
    if (known) return known
    // render a tiny document in that face; with sharing on, the patched provideFont records it
    await renderRaw({
      pageSize: 'A4',
      pageOrientation: 'portrait',
      pageMargins: [40, 40, 40, 40],
      content: [{ text: '字', font: FONT_FACES[face].family, bold: FONT_FACES[face].bold }],
      defaultStyle: { font: 'NotoSerifSC' },
    })
    const parsed = shared.get(face)
    if (!parsed) throw new Error(`字体 ${face} 未能解析`)
    return parsed
  }

  await warmUp()

  return {
    get fontSharing() {
      return sharing
    },
    render: renderRaw,
    async missingGlyphs(text, family = 'NotoSerifSC', bold = false) {
      const font = await fontkitFor(faceFor(family, bold))
      return missingCharacters(text, (cp) => font.hasGlyphForCodePoint(cp))
    },
    async metrics(face) {
      const font = await fontkitFor(face)
      return {
        unitsPerEm: font.unitsPerEm,
        ascent: font.ascent,
        descent: font.descent,
        digitAdvance: font.glyphForCodePoint(0x30).advanceWidth,
      }
    },
  }
}

/**
 * Patch pdfmake's PDFDocument so every document reuses the fontkit fonts parsed by the warm-up
 * document (and records faces parsed later). Returns false, changing nothing, if pdfmake's
 * internals do not look as expected.
 */
function shareParsedFonts(warm: PdfKitDocLike, shared: Map<FontFaceId, FontkitFont>, faceOfFile: Map<string, FontFaceId>): boolean {
  const proto = warm.constructor.prototype
  const original = proto.provideFont
  if (typeof original !== 'function' || typeof proto.getFontType !== 'function' || typeof proto.getFontFile !== 'function') return false
  if (proto.__xiangyueSharedFonts) return true
  let EmbeddedFont: PdfKitDocLike['fontCache'][string][string]['constructor'] | undefined
  for (const [family, styles] of Object.entries(warm.fontCache ?? {})) {
    for (const [type, embedded] of Object.entries(styles)) {
      const file = warm.fonts?.[family]?.[type]
      const face = typeof file === 'string' ? faceOfFile.get(file) : undefined
      if (!face || !embedded?.font || typeof embedded.font.hasGlyphForCodePoint !== 'function') return false
      shared.set(face, embedded.font)
      EmbeddedFont = embedded.constructor
    }
  }
  if (!EmbeddedFont) return false
  const Embedded = EmbeddedFont

  type Doc = {
    getFontType(bold: boolean, italics: boolean): string
    getFontFile(family: string, bold: boolean, italics: boolean): unknown
    fontCache: Record<string, Record<string, { font?: FontkitFont }>>
    _fontFamilies: Record<string, unknown>
    _fontCount: number
  }
  proto.provideFont = function provideSharedFont(this: Doc, familyName: string, bold: boolean, italics: boolean) {
    const type = this.getFontType(bold, italics)
    const cached = this.fontCache[familyName]?.[type]
    if (cached) return cached
    const file = this.getFontFile(familyName, bold, italics)
    const face = typeof file === 'string' ? faceOfFile.get(file) : undefined
    const parsed = face ? shared.get(face) : undefined
    if (!parsed || !face) {
      const fresh = (original as (this: Doc, f: string, b: boolean, i: boolean) => { font?: FontkitFont }).call(
        this,
        familyName,
        bold,
        italics,
      )
      if (face && fresh.font) shared.set(face, fresh.font)
      return fresh
    }
    // What pdfkit's font() does for a new font: a fresh subset per document, registered so that
    // doc.end() embeds it.
    const id = `F${++this._fontCount}`
    const embedded = new Embedded(this, parsed, id) as { font?: FontkitFont }
    this._fontFamilies[id] = embedded
    ;(this.fontCache[familyName] ??= {})[type] = embedded
    return embedded
  }
  proto.__xiangyueSharedFonts = true
  return true
}

/**
 * Which faces a document may use, so their bytes are in the virtual fs before pdfmake asks.
 * Over-approximates cheaply: the core faces always, Sans Regular only if some node or style
 * selects NotoSansSC without bold.
 */
export function facesUsedBy(doc: PrintDocument): FontFaceId[] {
  const faces = new Set<FontFaceId>(CORE_FACES)
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit)
    if (!node || typeof node !== 'object') return
    const n = node as Record<string, unknown>
    if (n.font === 'NotoSansSC' && n.bold !== true) faces.add('NotoSansSC-Regular')
    for (const v of Object.values(n)) if (typeof v === 'object') visit(v)
  }
  visit(doc.content)
  visit(doc.defaultStyle)
  visit(doc.styles)
  return [...faces]
}

/** pdfmake mutates the definition it is given; never let it touch the caller's object. */
function structuredCloneSafe(doc: PrintDocument): PrintDocument {
  return JSON.parse(JSON.stringify(doc)) as PrintDocument
}
