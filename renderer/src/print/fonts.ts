/**
 * Font registry for pdfmake. Only the OFL Noto CJK faces bundled from npm are ever used — never
 * a system font (design.md): a notice must print the same on every village PC.
 *
 * Where the bytes come from is a {@link FontSource}: the Vite-built renderer fetches the TTFs it
 * bundled (fonts.browser.ts), node/vitest reads them from node_modules (fonts.node.ts). Builders
 * never see either; they only name the families below.
 *
 * Each face comes in cuts ({@link FontCut}), made at build time (renderer/build/fontSubset.ts) so
 * the first PDF loads fast: 'core', the everyday character set a notice's body may contain, and
 * 'full', the whole font; the title and heading faces also come in 'lean', a much smaller set
 * ({@link FontFaceInfo.cuts}). The engine prints each face with its lightest cut and moves that
 * face up to the next cut that has it when the document asks for a character the cut lacks
 * (engine.ts), so a rare character in a name or a title still prints.
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
   * The cuts the face comes in, lightest first; a document starts with the first. The faces that
   * only set titles, headings and table headers (Serif Bold for 小标宋, Sans Bold for 黑体) start
   * with 'lean' — level-1 GB 2312 and everyday symbols, 1.8 / 1.3 MB — and move up to 'core' for,
   * say, a village name with a rarer hanzi in a title.
   */
  cuts: readonly [FontCut, ...FontCut[]]
  /** module specifier of the TTF inside its npm package */
  packageFile: string
}

export const FONT_FACES: Readonly<Record<FontFaceId, FontFaceInfo>> = {
  'NotoSerifSC-Regular': {
    family: 'NotoSerifSC',
    bold: false,
    cuts: ['core', 'full'],
    packageFile: '@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf',
  },
  'NotoSerifSC-Bold': {
    family: 'NotoSerifSC',
    bold: true,
    cuts: ['lean', 'core', 'full'],
    packageFile: '@expo-google-fonts/noto-serif-sc/700Bold/NotoSerifSC_700Bold.ttf',
  },
  'NotoSansSC-Regular': {
    family: 'NotoSansSC',
    bold: false,
    cuts: ['core', 'full'],
    packageFile: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  },
  'NotoSansSC-Bold': {
    family: 'NotoSansSC',
    bold: true,
    cuts: ['lean', 'core', 'full'],
    packageFile: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
  },
}

export const ALL_FACES = Object.keys(FONT_FACES) as FontFaceId[]

/** The faces our builders use; loaded before the first render. */
export const CORE_FACES: readonly FontFaceId[] = ['NotoSerifSC-Regular', 'NotoSerifSC-Bold', 'NotoSansSC-Bold']

export function faceFor(family: FontFamily, bold: boolean): FontFaceId {
  return `${family}-${bold ? 'Bold' : 'Regular'}`
}

/**
 * A cut of a face, lightest to whole: 'lean' — level-1 GB 2312 hanzi and everyday symbols (title
 * and heading faces only); 'core' — the everyday character set of a notice (GB 2312, division-name
 * and name hanzi, every non-ideograph); 'full' — the whole font. Each holds the one before it.
 */
export type FontCut = 'lean' | 'core' | 'full'

/** The cuts made at build time (all but the whole font). */
export type SubsetCut = Exclude<FontCut, 'full'>

const CUT_ORDER: readonly FontCut[] = ['lean', 'core', 'full']

/** The cut a face starts each document with. */
export function firstCut(face: FontFaceId): FontCut {
  return FONT_FACES[face].cuts[0]
}

/** The cuts of a face made at build time (all but the whole font), lightest first. */
export function subsetCuts(face: FontFaceId): SubsetCut[] {
  return FONT_FACES[face].cuts.filter((cut): cut is SubsetCut => cut !== 'full')
}

/** The face's cuts heavier than `cut`, lightest first. */
export function heavierCuts(face: FontFaceId, cut: FontCut): FontCut[] {
  return FONT_FACES[face].cuts.filter((c) => CUT_ORDER.indexOf(c) > CUT_ORDER.indexOf(cut))
}

/** The heavier of two cuts. */
export function heavierCut(a: FontCut, b: FontCut): FontCut {
  return CUT_ORDER.indexOf(a) >= CUT_ORDER.indexOf(b) ? a : b
}

/** File name of a face's cut in pdfmake's virtual file system. */
export function vfsName(face: FontFaceId, cut: FontCut): string {
  return `${face}.${cut}.ttf`
}

/** The cut each face prints with in one document (faces may differ: see engine.ts). */
export type FaceCuts = Readonly<Record<FontFaceId, FontCut>>

/** Every face with the same cut. */
export function uniformCuts(cut: FontCut): FaceCuts {
  return Object.fromEntries(ALL_FACES.map((face) => [face, cut])) as Record<FontFaceId, FontCut>
}

/** Every face with the cut it starts a document with. */
export function firstCuts(): FaceCuts {
  return Object.fromEntries(ALL_FACES.map((face) => [face, firstCut(face)])) as Record<FontFaceId, FontCut>
}

/** pdfmake `fonts` dictionary: family → vfs file per style. Italics fall back to upright (CJK has none). */
export function pdfmakeFontDictionary(
  cuts: FontCut | FaceCuts = firstCuts(),
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
   * true when every cut this source serves is the whole font (node tests reading node_modules):
   * the engine then never needs to switch cuts.
   */
  readonly cutsAreFull?: boolean
  load(face: FontFaceId, cut: FontCut): Promise<Uint8Array>
}

/** How an error message names a cut. */
const CUT_LABELS: Readonly<Record<FontCut, string>> = { lean: '精简字库', core: '常用字库', full: '完整字库' }

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

  get cutsAreFull(): boolean {
    return this.source.cutsAreFull === true
  }

  has(face: FontFaceId, cut: FontCut): boolean {
    return this.loaded.has(vfsName(face, cut))
  }

  bytes(face: FontFaceId, cut: FontCut): Uint8Array | undefined {
    return this.loaded.get(vfsName(face, cut))
  }

  load(face: FontFaceId, cut: FontCut): Promise<Uint8Array> {
    const key = vfsName(face, cut)
    let p = this.pending.get(key)
    if (!p) {
      const label = `${face}（${CUT_LABELS[cut]}）`
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
