/**
 * The PDF engine: pdfmake + our fonts, used inside the PDF worker (pdf.worker.ts), by the
 * in-thread fallback (render.ts) and by node tests (render.node.ts). Not imported by builders.
 *
 *   createPdfEngine(source) → PdfEngine   (a new engine each call: its own pdfmake, files, fonts)
 *   engine.render(doc)      → PDF bytes
 *   engine.prepare(words)   → fonts loaded and parsed ahead of the first preview
 *   engine.missingGlyphs(text, family, bold) → the characters no cut of that face can print
 *
 * How a document is printed, in full:
 * 1. Its characters are collected ({@link documentCodePoints}).
 * 2. If the core cut (fonts.ts; the everyday set, 3–4 MB a face) has them all, it prints with the
 *    core cuts; otherwise with the full fonts (10–15 MB a face, loaded once, then kept). One cut
 *    for the whole document: which face sets which character is not known before layout, and a
 *    character outside the core set (not GB 2312, not in any division name, not a common name
 *    character) is rare.
 * 3. pdfmake lays it out once, with the cut's files in this engine's own virtual file system.
 *
 * What was removed (issue 10, item 5), and why it was safe to:
 * - the 'lean' cut of the title and heading faces (level-1 GB 2312, 1.3–1.8 MB): it saved about
 *   1 MB read from a local disk, which no one can see;
 * - learning cuts per code point while laying out (a patch of fontkit's layout on every font),
 *   and the second layout pass it caused: a rare character now moves the document to the full
 *   fonts before layout;
 * - the module singleton: a test file can make as many engines as it likes.
 *
 * What stays, with the figure that needs it (measured 1 Dec 2026 on the shared 2-core machine;
 * load from `uptime` in brackets — the figures move with it):
 * - the core subset (renderer/build/fontSubset.ts), with the full fonts as the fallback: the full
 *   fonts are ~45 MB to fetch and parse for the three faces a notice uses. notice_first_preview_ms
 *   (budget 400), median of 3: before this rewrite 160 ms (load 0.5–3.7) and 226 ms (load 4–5);
 *   after it 88 ms (load 14), 246 ms (load 16–20) and 155 ms (load 11–14).
 * - parsed fonts shared between the documents of an engine (pdfmake/sharedFonts.ts, a patch of
 *   pdfmake's provideFont, pinned to pdfmake 0.3.11 / pdfkit 0.19.1 by its test): a warm notice,
 *   two engines rendering in turn in node, median of 24: 115 ms shared against 164 ms parsed per
 *   document (load 15); notice_pdf_warm_ms (budget 60) was 38.6 ms with sharing on a quiet machine;
 *   scaled by that ratio, ~55 ms without it, at the edge of the budget (59–105 ms under load 14–20).
 * - batched pdfkit stream writes (pdfmake/contentWrites.ts, the same pin): they were a fifth of a
 *   100-page ledger's time in Chromium (ledger_ratio, budget 1, is 0.15–0.33 with them; not re-measured without them).
 * - pdfmake built from its modules (pdfmake/index.ts): its prebuilt file took 700–850 ms to
 *   evaluate in a worker.
 */
import { attachFrame } from './frame'
import {
  ALL_FACES,
  CORE_FACES,
  FONT_FACES,
  FontStore,
  faceFor,
  missingCharacters,
  needsGlyph,
  pdfmakeFontDictionary,
  vfsName,
  type FontCut,
  type FontFaceId,
  type FontFamily,
  type FontSource,
} from './fonts'
import type { PrintDocument } from './pdf-types'
import { EngineFiles, createPdfmake } from './pdfmake'
import { parsedFontSharing } from './pdfmake/sharedFonts'
import { GB_TABLE_PADDING_X, GB_TABLE_RULE_WIDTH } from './table'

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
   * Load and parse the core faces ahead of need (the 公示公告 screens call it when they open), and
   * lay out one small page so pdfmake's own code is warm too. `words` — the village's own names —
   * are on that page, so if one of them needs the full fonts they are loaded now, not during the
   * first preview.
   */
  prepare(words?: string): Promise<void>
  /** the cut the last document printed with (for tests) */
  readonly lastCut: FontCut | undefined
  /** 'shared' once documents reuse parsed fonts (pdfmake/sharedFonts.ts) */
  readonly fontSharing: ReturnType<typeof parsedFontSharing>
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
 * The face whose core cut decides a document's cut. Every core cut is cut from one character set
 * (renderer/build/fontSubset.ts), so a face's core cut lacks a character exactly when the set or
 * the face does; in the second case the full font cannot help either. Checking one face is enough.
 */
const COVERAGE_FACE: FontFaceId = 'NotoSerifSC-Regular'

export function createPdfEngine(source: FontSource): PdfEngine {
  const store = new FontStore(source)
  const files = new EngineFiles()
  const pdfmake = createPdfmake(files)
  pdfmake.setUrlAccessPolicy(() => false) // local-first: a document never fetches anything
  pdfmake.setLocalAccessPolicy(() => false) // fonts come from the virtual fs only
  pdfmake.addTableLayouts({ gbTable: GB_TABLE_LAYOUT })
  /** the cut every document starts from: 'full' where the source has nothing lighter */
  const lightest: FontCut = store.cutsAreFull ? 'full' : 'core'
  let lastCut: FontCut | undefined
  /** renders run one after another: pdfmake's fonts and progress callback are per instance */
  let queue: Promise<unknown> = Promise.resolve()

  /** A face's cut in the virtual fs, loaded first if need be; → its parsed font. */
  async function fontOf(face: FontFaceId, cut: FontCut) {
    const name = vfsName(face, cut)
    if (!files.existsSync(name)) files.writeFileSync(name, await store.load(face, cut))
    return files.font(name)
  }

  async function cutFor(doc: PrintDocument): Promise<FontCut> {
    if (lightest === 'full') return 'full'
    const coverage = await fontOf(COVERAGE_FACE, 'core')
    return documentCodePoints(doc).every((cp) => coverage.hasGlyphForCodePoint(cp)) ? 'core' : 'full'
  }

  async function renderOnce(doc: PrintDocument, options: RenderOptions): Promise<Uint8Array> {
    const cut = await cutFor(doc)
    await Promise.all(facesUsedBy(doc).map((face) => fontOf(face, cut)))
    // fonts and progress callback are read by createPdf synchronously
    pdfmake.setFonts(pdfmakeFontDictionary(cut))
    pdfmake.setProgressCallback(options.onProgress)
    let output
    try {
      output = pdfmake.createPdf(attachFrame(options.ownedDocument ? doc : deepCopy(doc)))
    } finally {
      pdfmake.setProgressCallback(undefined)
    }
    const buf = await output.getBuffer()
    lastCut = cut
    return buf instanceof Uint8Array && buf.constructor === Uint8Array ? buf : new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength)
  }

  function render(doc: PrintDocument, options: RenderOptions = {}): Promise<Uint8Array> {
    const job = queue.then(() => renderOnce(doc, options))
    queue = job.catch(() => undefined)
    return job
  }

  return {
    get lastCut() {
      return lastCut
    },
    get fontSharing() {
      return parsedFontSharing()
    },
    render,
    async prepare(words = '') {
      await Promise.all(CORE_FACES.map((face) => fontOf(face, lightest)))
      const text = PREPARE_TEXT + words
      await render({
        pageSize: 'A4',
        pageOrientation: 'portrait',
        pageMargins: [40, 40, 40, 40],
        content: CORE_FACES.map((face) => ({ text, font: FONT_FACES[face].family, bold: FONT_FACES[face].bold })),
        defaultStyle: { font: 'NotoSerifSC' },
      })
    },
    async missingGlyphs(text, family = 'NotoSerifSC', bold = false) {
      const face = faceFor(family, bold)
      const first = await fontOf(face, lightest)
      const missing = missingCharacters(text, (cp) => first.hasGlyphForCodePoint(cp))
      if (missing.length === 0 || lightest === 'full') return missing
      const full = await fontOf(face, 'full')
      return missing.filter((ch) => !full.hasGlyphForCodePoint(ch.codePointAt(0) ?? 0))
    },
    async metrics(face) {
      const font = await fontOf(face, lightest)
      return {
        unitsPerEm: font.unitsPerEm,
        ascent: font.ascent,
        descent: font.descent,
        digitAdvance: font.glyphForCodePoint(0x30).advanceWidth,
      }
    },
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
  return ALL_FACES.filter((face) => faces.has(face))
}

/** pdfmake mutates the definition it is given; never let it touch the caller's object. */
function deepCopy(doc: PrintDocument): PrintDocument {
  return JSON.parse(JSON.stringify(doc)) as PrintDocument
}
