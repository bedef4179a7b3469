/**
 * Font registry for pdfmake. Only the OFL Noto CJK faces bundled from npm are ever used — never
 * a system font (design.md): a notice must print the same on every village PC.
 *
 * Where the bytes come from is a {@link FontSource}: the Vite-built renderer fetches the TTFs it
 * bundled (fonts.browser.ts), node/vitest reads them from node_modules (fonts.node.ts). Builders
 * never see either; they only name the families below.
 *
 * Each face comes in two cuts ({@link FontCut}): 'core', cut down at build time to the everyday
 * character set (renderer/build/fontSubset.ts; a smaller one for the title and heading faces, see
 * {@link FontFaceInfo.coreSet}) so the first PDF loads fast, and 'full', the whole font. The engine
 * prints each face with its core cut and switches that face to its full cut when the document has
 * a character the core cut lacks (engine.ts), so a rare character in a name still prints.
 *
 * Weights (measured, see the report in render.node.ts' header): the app prints with three faces —
 * Serif Regular (body, 仿宋/楷体 substitute), Serif Bold (title, 小标宋 substitute) and Sans Bold
 * (level-1 headings, 黑体 substitute). Sans Regular is registered too so a document may use it,
 * but it is only read when a document asks for it.
 */

export type FontFamily = 'NotoSerifSC' | 'NotoSansSC'
export type FontFaceId = 'NotoSerifSC-Regular' | 'NotoSerifSC-Bold' | 'NotoSansSC-Regular' | 'NotoSansSC-Bold'

export interface FontFaceInfo {
  family: FontFamily
  bold: boolean
  /**
   * What the face's core cut holds (renderer/build/fontSubset.ts): 'text' — everything a notice's
   * body may contain (GB 2312, division-name and name hanzi, all non-ideographs); 'heading' — a
   * smaller set for faces that only set titles, headings and table headers (level-1 GB 2312,
   * division-name and name hanzi, everyday symbols), ~1.4 MB lighter for Serif Bold.
   */
  coreSet: 'text' | 'heading'
  /** module specifier of the TTF inside its npm package */
  packageFile: string
}

export const FONT_FACES: Readonly<Record<FontFaceId, FontFaceInfo>> = {
  'NotoSerifSC-Regular': {
    family: 'NotoSerifSC',
    bold: false,
    coreSet: 'text',
    packageFile: '@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf',
  },
  'NotoSerifSC-Bold': {
    family: 'NotoSerifSC',
    bold: true,
    coreSet: 'heading',
    packageFile: '@expo-google-fonts/noto-serif-sc/700Bold/NotoSerifSC_700Bold.ttf',
  },
  'NotoSansSC-Regular': {
    family: 'NotoSansSC',
    bold: false,
    coreSet: 'text',
    packageFile: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  },
  'NotoSansSC-Bold': {
    family: 'NotoSansSC',
    bold: true,
    coreSet: 'heading',
    packageFile: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
  },
}

export const ALL_FACES = Object.keys(FONT_FACES) as FontFaceId[]

/** The faces our builders use; loaded before the first render. */
export const CORE_FACES: readonly FontFaceId[] = ['NotoSerifSC-Regular', 'NotoSerifSC-Bold', 'NotoSansSC-Bold']

export function faceFor(family: FontFamily, bold: boolean): FontFaceId {
  return `${family}-${bold ? 'Bold' : 'Regular'}`
}

/** 'core': the everyday character set only (small, the default); 'full': the whole font. */
export type FontCut = 'core' | 'full'

/** File name of a face's cut in pdfmake's virtual file system. */
export function vfsName(face: FontFaceId, cut: FontCut = 'core'): string {
  return cut === 'core' ? `${face}.ttf` : `${face}.full.ttf`
}

/** The cut each face prints with in one document (faces may differ: see engine.ts). */
export type FaceCuts = Readonly<Record<FontFaceId, FontCut>>

/** Every face with the same cut. */
export function uniformCuts(cut: FontCut): FaceCuts {
  return Object.fromEntries(ALL_FACES.map((face) => [face, cut])) as Record<FontFaceId, FontCut>
}

/** pdfmake `fonts` dictionary: family → vfs file per style. Italics fall back to upright (CJK has none). */
export function pdfmakeFontDictionary(
  cuts: FontCut | FaceCuts = 'core',
): Record<FontFamily, { normal: string; bold: string; italics: string; bolditalics: string }> {
  const cutOf = (face: FontFaceId) => (typeof cuts === 'string' ? cuts : cuts[face])
  const file = (family: FontFamily, bold: boolean) => {
    const face = faceFor(family, bold)
    return vfsName(face, cutOf(face))
  }
  const entry = (family: FontFamily) => ({
    normal: file(family, false),
    bold: file(family, true),
    italics: file(family, false),
    bolditalics: file(family, true),
  })
  return { NotoSerifSC: entry('NotoSerifSC'), NotoSansSC: entry('NotoSansSC') }
}

/** Where font bytes come from. Implementations must not cache; {@link FontStore} does. */
export interface FontSource {
  readonly name: string
  /**
   * true when this source's core cut is the full font (node tests reading node_modules): the
   * engine then never needs to switch cuts.
   */
  readonly coreIsFull?: boolean
  load(face: FontFaceId, cut: FontCut): Promise<Uint8Array>
}

/**
 * Loads each face at most once per process/worker and keeps the bytes. A failed load is
 * forgotten so the next render can retry (e.g. after a transient fetch error).
 */
export class FontStore {
  private readonly pending = new Map<string, Promise<Uint8Array>>()
  private readonly loaded = new Map<string, Uint8Array>()

  constructor(private readonly source: FontSource) {}

  get sourceName(): string {
    return this.source.name
  }

  get coreIsFull(): boolean {
    return this.source.coreIsFull === true
  }

  has(face: FontFaceId, cut: FontCut = 'core'): boolean {
    return this.loaded.has(vfsName(face, cut))
  }

  bytes(face: FontFaceId, cut: FontCut = 'core'): Uint8Array | undefined {
    return this.loaded.get(vfsName(face, cut))
  }

  load(face: FontFaceId, cut: FontCut = 'core'): Promise<Uint8Array> {
    const key = vfsName(face, cut)
    let p = this.pending.get(key)
    if (!p) {
      const label = cut === 'core' ? face : `${face}（完整字库）`
      p = this.source.load(face, cut).then(
        (bytes) => {
          if (bytes.byteLength < 1024) throw new Error(`字体文件 ${label} 内容不完整（${bytes.byteLength} 字节）`)
          this.loaded.set(key, bytes)
          return bytes
        },
        (err: unknown) => {
          this.pending.delete(key)
          throw new Error(`无法加载打印字体 ${label}：${err instanceof Error ? err.message : String(err)}`, { cause: err })
        },
      )
      this.pending.set(key, p)
    }
    return p
  }

  loadAll(faces: readonly FontFaceId[], cut: FontCut = 'core'): Promise<Uint8Array[]> {
    return Promise.all(faces.map((f) => this.load(f, cut)))
  }
}

/** Code points that need no glyph (controls, ordinary spaces, line breaks). */
export function needsGlyph(codePoint: number): boolean {
  return codePoint > 0x20 && !(codePoint >= 0x7f && codePoint <= 0x9f)
}

/** The distinct characters of `text` for which `has` reports no glyph, in order of appearance. */
export function missingCharacters(text: string, has: (codePoint: number) => boolean): string[] {
  const missing: string[] = []
  const seen = new Set<number>()
  for (const ch of text) {
    const cp = ch.codePointAt(0)
    if (cp === undefined || seen.has(cp) || !needsGlyph(cp)) continue
    seen.add(cp)
    if (!has(cp)) missing.push(ch)
  }
  return missing
}
