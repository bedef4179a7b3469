/**
 * The PDF engine: pdfmake + our fonts, used inside the PDF worker (pdf.worker.ts), by the
 * in-thread fallback (render.ts) and by node tests (render.node.ts). Not imported by builders.
 *
 * What the first PDF costs, and what we do about it (budget: first notice ≤ 500 ms, fonts
 * included):
 * - pdfmake itself is bundled from its modules, not its prebuilt browser file (print/pdfmake/):
 *   evaluating it went from 700–850 ms to about 250 ms in a Chromium worker.
 * - Fonts come in cuts (fonts.ts): each face prints with its lightest cut — 'lean' (1.3–1.8 MB)
 *   for the title and heading faces, 'core' (3–4 MB) for the body faces — unless the document
 *   asks it for a character only a heavier cut has (`render` below).
 * - No warm-up document: each face is parsed by the first document that uses it, and every later
 *   document reuses the parsed font ({@link shareParsedFonts}). pdfkit would otherwise run
 *   fontkit.create() on the TTF bytes for every document and re-read cmap, hmtx, GSUB/GPOS and
 *   outlines each time (~45–90 ms per notice in node with the full fonts).
 *
 * The sharing hook is a small patch of pdfmake's PDFDocument.provideFont. It checks the shapes it
 * relies on and stays off when they differ (then rendering is merely slower); `engine.fontSharing`
 * reports which and a test pins it, so a pdfmake upgrade that changes the internals is noticed.
 */
import { create as parseFont } from 'fontkit'
import { attachFrame } from './frame'
import {
  ALL_FACES,
  CORE_FACES,
  FONT_FACES,
  FontStore,
  faceFor,
  firstCut,
  firstCuts,
  heavierCut,
  heavierCuts,
  missingCharacters,
  needsGlyph,
  pdfmakeFontDictionary,
  uniformCuts,
  vfsName,
  type FaceCuts,
  type FontCut,
  type FontFaceId,
  type FontFamily,
  type FontSource,
} from './fonts'
import type { PrintDocument } from './pdf-types'
import { PDFDocument, pdfmake } from './pdfmake'
import { GB_TABLE_PADDING_X, GB_TABLE_RULE_WIDTH } from './table'

/** The subset of a fontkit font we use (pdfkit's EmbeddedFont exposes it as `.font`). */
interface FontkitFont {
  hasGlyphForCodePoint(codePoint: number): boolean
  readonly unitsPerEm: number
  readonly ascent: number
  readonly descent: number
  glyphForCodePoint(codePoint: number): { advanceWidth: number }
  /** pdfkit lays out (and so measures) every string through this */
  layout(text: string, ...rest: unknown[]): { glyphs: readonly { id: number; codePoints: readonly number[] }[] }
}

export interface RenderOptions {
  /** 0..1 while pdfmake writes pages (for a progress bar on long ledgers) */
  onProgress?: (progress: number) => void
  /**
   * The document is the engine's to change (the worker's copy that came by postMessage): pdfmake
   * may write into it, so it is not deep-copied first (~15–30 ms on a 100-page ledger).
   */
  ownedDocument?: boolean
}

export interface PdfEngine {
  render(doc: PrintDocument, options?: RenderOptions): Promise<Uint8Array>
  /** distinct characters of `text` no cut of the face can print (e.g. 𠮷 U+20BB7) */
  missingGlyphs(text: string, family?: FontFamily, bold?: boolean): Promise<string[]>
  /** vertical metrics and digit advance of a face, for tests that pin layout.ts */
  metrics(face: FontFaceId): Promise<{ unitsPerEm: number; ascent: number; descent: number; digitAdvance: number }>
  /**
   * Load and parse the core faces ahead of need (the 公示公告 screens call it when they open).
   * `words` — the village's own names, say — are laid out in every face, so a rarer hanzi among
   * them moves the face to the cut that has it now, not during the first preview.
   */
  prepare(words?: string): Promise<void>
  /** the heaviest cut a face of the last document printed with (for tests) */
  readonly lastCut: FontCut | undefined
  /** the cut each face of the last document printed with (for tests) */
  readonly lastCuts: FaceCuts | undefined
  readonly fontSharing: 'shared' | 'per-document' | 'not-initialised'
}

/** Thin black rules for tables: the plain look of a 公示/台账 (no zebra, no colour). */
const GB_TABLE_LAYOUT = {
  hLineWidth: () => GB_TABLE_RULE_WIDTH,
  vLineWidth: () => GB_TABLE_RULE_WIDTH,
  hLineColor: () => '#000000',
  vLineColor: () => '#000000',
  paddingLeft: () => GB_TABLE_PADDING_X,
  paddingRight: () => GB_TABLE_PADDING_X,
  paddingTop: () => 3,
  paddingBottom: () => 3,
}

/** Characters of a typical notice in every core face, for {@link PdfEngine.prepare}. */
const PREPARE_TEXT = '关于公示村民委员会一二三四五六七八九十年月日，。、；：（）《》“”0123456789—'

/**
 * The face whose core cut tells, before a document is laid out, whether the faces that start with
 * their core cut (the body faces) can print it. Core cuts are all cut from one character set
 * (renderer/build/fontSubset.ts), so a character is missing from the Serif Regular core cut exactly
 * when it is outside that set or the font family lacks it — the full cut can only help in the
 * first case, and checking one face is enough. Where in the document a character stands is not
 * known here, so the check is for all of them; it is no use for the title and heading faces,
 * whose text is a small part of the document.
 */
const COVERAGE_FACE: FontFaceId = 'NotoSerifSC-Regular'
const CORE_FIRST_FACES = new Set(ALL_FACES.filter((face) => firstCut(face) === 'core'))

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
  const engine = Promise.resolve().then(() => createEngine(new FontStore(source)))
  engineSingleton = { source: source.name, engine }
  engine.catch(() => {
    engineSingleton = undefined
  })
  return engine
}

function createEngine(store: FontStore): PdfEngine {
  pdfmake.setUrlAccessPolicy(() => false) // local-first: a document never fetches anything
  pdfmake.setLocalAccessPolicy(() => false) // fonts come from the virtual fs only
  pdfmake.addTableLayouts({ gbTable: GB_TABLE_LAYOUT })

  /** parsed fontkit fonts by virtual-fs file name, shared by every document */
  const parsed = new Map<string, FontkitFont>()
  /** The cut each face starts a document with (all 'full' where the source has nothing lighter). */
  const startCut = (face: FontFaceId): FontCut => (store.cutsAreFull ? 'full' : firstCut(face))
  const startCuts = (): Record<FontFaceId, FontCut> => ({ ...(store.cutsAreFull ? uniformCuts('full') : firstCuts()) })
  /**
   * Characters a face's first cut turned out to lack while a document was laid out (see
   * {@link watchMissingGlyphs}), by face, with the lightest cut that has each: a later document
   * with one of them prints that face with that cut at once instead of laying out twice.
   */
  const learnt = new Map<FontFaceId, Map<number, FontCut>>()
  /** what the document being laid out asked of a font that it lacks: vfs file → code points */
  let collecting: Map<string, Set<number>> | undefined
  const watch = (file: string, font: FontkitFont) => watchMissingGlyphs(font, (cp) => collect(file, cp))
  const collect = (file: string, cp: number) => {
    if (!collecting) return
    let set = collecting.get(file)
    if (!set) collecting.set(file, (set = new Set()))
    set.add(cp)
  }
  const hook = shareParsedFonts(PDFDocument.prototype, parsed, watch)
  let lastCuts: FaceCuts | undefined
  /** renders run one after another: `collecting` belongs to one document at a time */
  let queue: Promise<unknown> = Promise.resolve()

  /** Puts a face's cut into pdfmake's virtual fs, loading it if it is not loaded yet. */
  async function ensureCut(face: FontFaceId, cut: FontCut): Promise<void> {
    if (store.has(face, cut)) return
    pdfmake.virtualfs.writeFileSync(vfsName(face, cut), await store.load(face, cut))
  }

  async function ensureFaces(faces: readonly FontFaceId[], cuts: FaceCuts): Promise<void> {
    await Promise.all(faces.map((face) => ensureCut(face, cuts[face])))
  }

  /** The parsed font of a loaded face/cut; parsed here only if no document has done it yet. */
  function fontOf(face: FontFaceId, cut: FontCut): FontkitFont {
    const file = vfsName(face, cut)
    let font = parsed.get(file)
    if (!font) {
      const bytes = store.bytes(face, cut)
      if (!bytes) throw new Error(`字体 ${face} 尚未加载`)
      // a Buffer view, as pdfkit passes it (no copy)
      font = parseFont(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))
      watch(file, font)
      parsed.set(file, font)
    }
    return font
  }

  /**
   * The cut each face starts a document with: its first cut, unless that is known to lack a
   * character of the document — for the body faces from their shared core set (when the coverage
   * face is parsed), for every face from what earlier documents taught ({@link learnt}).
   */
  function plannedCuts(codePoints: readonly number[]): FaceCuts {
    const cuts = startCuts()
    const coverage = parsed.get(vfsName(COVERAGE_FACE, 'core'))
    const outsideCore = coverage !== undefined && !codePoints.every((cp) => coverage.hasGlyphForCodePoint(cp))
    for (const face of ALL_FACES) {
      if (outsideCore && CORE_FIRST_FACES.has(face)) cuts[face] = 'full'
      const known = learnt.get(face)
      if (!known) continue
      for (const cp of codePoints) {
        const need = known.get(cp)
        if (need) cuts[face] = heavierCut(cuts[face], need)
      }
    }
    return cuts
  }

  /**
   * A document prints each face with its first cut, unless that cut lacks a character the face
   * has to print (a rare character in a name, a village's rarer hanzi in a title): then that face
   * — and only that one — moves up to the lightest cut that has it. What is planned ahead
   * ({@link plannedCuts}) is checked while the document is laid out: a face that met a character
   * its cut lacks, and that a heavier cut has, is moved up and the document laid out once more.
   */
  function render(doc: PrintDocument, options: RenderOptions = {}): Promise<Uint8Array> {
    const job = queue.then(() => renderOnce(doc, options))
    queue = job.catch(() => undefined)
    return job
  }

  async function renderOnce(doc: PrintDocument, options: RenderOptions): Promise<Uint8Array> {
    if (store.cutsAreFull) return (await renderWith(doc, startCuts(), options)).pdf
    const codePoints = documentCodePoints(doc)
    const cuts = plannedCuts(codePoints)
    // A second pass needs the document as it came, so the first pass lays out a copy (15–30 ms
    // for a 100-page ledger) — unless every face's cut is already known to hold every character
    // of the document (a warm document in common hanzi), when no second pass can follow and the
    // worker's own copy is used as is.
    const settled = facesUsedBy(doc).every((face) => {
      const font = cuts[face] === 'full' ? undefined : parsed.get(vfsName(face, cuts[face]))
      return cuts[face] === 'full' || (font !== undefined && codePoints.every((cp) => font.hasGlyphForCodePoint(cp)))
    })
    const first = await renderWith(doc, cuts, settled ? options : { ...options, ownedDocument: false })
    const again = await cutsAfterMisses(first.missed, cuts)
    if (!again) return first.pdf
    return (await renderWith(doc, again, options)).pdf
  }

  /**
   * The cuts to lay the document out with again, each face that met a character its cut lacks
   * moved up to the lightest cut that has them all; undefined if no heavier cut helps (e.g. 𠮷,
   * which no cut has).
   */
  async function cutsAfterMisses(missed: Map<string, Set<number>>, cuts: FaceCuts): Promise<FaceCuts | undefined> {
    let again: Record<FontFaceId, FontCut> | undefined
    for (const face of ALL_FACES) {
      const lacking = missed.get(vfsName(face, cuts[face]))
      if (!lacking) continue
      const needs = await lightestCutsHaving(face, cuts[face], lacking)
      if (needs.size === 0) continue
      let known = learnt.get(face)
      if (!known) learnt.set(face, (known = new Map()))
      again ??= { ...cuts }
      for (const [cp, cut] of needs) {
        known.set(cp, cut)
        again[face] = heavierCut(again[face], cut)
      }
    }
    return again
  }

  /**
   * For each of `codePoints`, the lightest cut of `face` heavier than `cut` that has it; those no
   * cut has are left out. Heavier cuts are loaded only while some character is still unplaced, so
   * a village name's rarer hanzi loads the 4 MB core cut of the title face, not the 15 MB font.
   */
  async function lightestCutsHaving(face: FontFaceId, cut: FontCut, codePoints: Iterable<number>): Promise<Map<number, FontCut>> {
    const needs = new Map<number, FontCut>()
    let left = [...codePoints]
    for (const heavier of heavierCuts(face, cut)) {
      if (left.length === 0) break
      await ensureCut(face, heavier)
      const font = fontOf(face, heavier)
      left = left.filter((cp) => {
        if (!font.hasGlyphForCodePoint(cp)) return true
        needs.set(cp, heavier)
        return false
      })
    }
    return needs
  }

  async function renderWith(
    doc: PrintDocument,
    cuts: FaceCuts,
    options: RenderOptions,
  ): Promise<{ pdf: Uint8Array; missed: Map<string, Set<number>> }> {
    await ensureFaces(facesUsedBy(doc), cuts)
    // fonts and progress callback are read by createPdf synchronously
    pdfmake.setFonts(pdfmakeFontDictionary(cuts))
    pdfmake.setProgressCallback(options.onProgress)
    const missed = new Map<string, Set<number>>()
    collecting = missed
    try {
      let output
      try {
        output = pdfmake.createPdf(attachFrame(options.ownedDocument ? doc : structuredCloneSafe(doc)))
      } finally {
        pdfmake.setProgressCallback(undefined)
      }
      const buf = await output.getBuffer()
      lastCuts = cuts
      const pdf =
        buf instanceof Uint8Array && buf.constructor === Uint8Array ? buf : new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength)
      return { pdf, missed }
    } finally {
      collecting = undefined
    }
  }

  return {
    get fontSharing() {
      return hook.state()
    },
    get lastCut() {
      return lastCuts && Object.values(lastCuts).reduce(heavierCut)
    },
    get lastCuts() {
      return lastCuts
    },
    render,
    async prepare(words = '') {
      await ensureFaces(CORE_FACES, startCuts())
      const text = PREPARE_TEXT + words
      const content = CORE_FACES.map((face) => ({ text, font: FONT_FACES[face].family, bold: FONT_FACES[face].bold }))
      await render({
        pageSize: 'A4',
        pageOrientation: 'portrait',
        pageMargins: [40, 40, 40, 40],
        content,
        defaultStyle: { font: 'NotoSerifSC' },
      })
    },
    async missingGlyphs(text, family = 'NotoSerifSC', bold = false) {
      const face = faceFor(family, bold)
      const cut = startCut(face)
      await ensureCut(face, cut)
      const first = fontOf(face, cut)
      const missing = missingCharacters(text, (cp) => first.hasGlyphForCodePoint(cp))
      if (missing.length === 0) return missing
      const printable = await lightestCutsHaving(
        face,
        cut,
        missing.map((ch) => ch.codePointAt(0) ?? 0),
      )
      return missing.filter((ch) => !printable.has(ch.codePointAt(0) ?? 0))
    },
    async metrics(face) {
      const cut = startCut(face)
      await ensureCut(face, cut)
      const font = fontOf(face, cut)
      return {
        unitsPerEm: font.unitsPerEm,
        ascent: font.ascent,
        descent: font.descent,
        digitAdvance: font.glyphForCodePoint(0x30).advanceWidth,
      }
    },
  }
}

type EmbeddedFontClass = new (doc: unknown, font: FontkitFont, id: string) => { font?: FontkitFont }

/**
 * Patch pdfmake's PDFDocument so every document reuses the fontkit font parsed for a face (by
 * the first document that used it, or by the engine). pdfkit's EmbeddedFont class is not
 * exported; it is taken from the first font pdfkit embeds itself. Changes nothing, and reports
 * 'per-document', if pdfmake's internals do not look as expected.
 */
function shareParsedFonts(
  proto: Record<string, unknown>,
  parsed: Map<string, FontkitFont>,
  onParsed: (file: string, font: FontkitFont) => void,
): { state(): PdfEngine['fontSharing'] } {
  const original = proto.provideFont
  if (typeof original !== 'function' || typeof proto.getFontType !== 'function' || typeof proto.getFontFile !== 'function') {
    return { state: () => 'per-document' }
  }
  let Embedded: EmbeddedFontClass | undefined
  let broken = false

  type Doc = {
    getFontType(bold: boolean, italics: boolean): string
    getFontFile(family: string, bold: boolean, italics: boolean): unknown
    fontCache: Record<string, Record<string, { font?: FontkitFont }>>
    _fontFamilies: Record<string, unknown>
    _fontCount: number
  }
  proto.provideFont = function provideSharedFont(this: Doc, familyName: string, bold: boolean, italics: boolean) {
    const type = this.getFontType(bold, italics)
    const cached = this.fontCache?.[familyName]?.[type]
    if (cached) return cached
    const file = this.getFontFile(familyName, bold, italics)
    const known = typeof file === 'string' ? parsed.get(file) : undefined
    if (!known || !Embedded || broken || typeof this._fontCount !== 'number' || !this._fontFamilies) {
      const fresh = (original as (this: Doc, f: string, b: boolean, i: boolean) => { font?: FontkitFont }).call(
        this,
        familyName,
        bold,
        italics,
      )
      if (typeof fresh?.font?.hasGlyphForCodePoint === 'function' && typeof fresh.constructor === 'function') {
        if (typeof file === 'string') {
          onParsed(file, fresh.font)
          parsed.set(file, fresh.font)
        }
        Embedded ??= fresh.constructor as EmbeddedFontClass
      } else {
        broken = true
      }
      return fresh
    }
    // What pdfkit's font() does for a new font: a fresh subset per document, registered so that
    // doc.end() embeds it.
    const id = `F${++this._fontCount}`
    const embedded = new Embedded(this, known, id)
    this._fontFamilies[id] = embedded
    ;(this.fontCache[familyName] ??= {})[type] = embedded
    return embedded
  }
  return { state: () => (broken ? 'per-document' : Embedded ? 'shared' : 'not-initialised') }
}

/**
 * Reports, through `onMissing`, each character a font has no glyph for that it is asked to lay
 * out (it becomes glyph 0, .notdef). pdfkit lays out — and so measures — every string of a
 * document through the fontkit font, so this sees exactly what each face was asked to print.
 * The characters are looked up in the text: fontkit caches one glyph object per id, so the
 * .notdef glyph of a run does not tell which character it stands for.
 */
function watchMissingGlyphs(font: FontkitFont, onMissing: (codePoint: number) => void): void {
  const layout = font.layout.bind(font)
  font.layout = (text, ...rest) => {
    const run = layout(text, ...rest)
    if (typeof text === 'string' && run.glyphs.some((glyph) => glyph.id === 0)) {
      for (const ch of missingCharacters(text, (cp) => font.hasGlyphForCodePoint(cp))) onMissing(ch.codePointAt(0) ?? 0)
    }
    return run
  }
}

/** Distinct code points of every string in a document that need a glyph. */
export function documentCodePoints(doc: PrintDocument): number[] {
  const seen = new Set<number>()
  const visit = (node: unknown): void => {
    if (typeof node === 'string') {
      for (const ch of node) {
        const cp = ch.codePointAt(0)
        if (cp !== undefined && needsGlyph(cp)) seen.add(cp)
      }
    } else if (Array.isArray(node)) {
      node.forEach(visit)
    } else if (node && typeof node === 'object') {
      for (const value of Object.values(node)) visit(value)
    }
  }
  visit(doc.content)
  visit(doc.frame)
  return [...seen]
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
