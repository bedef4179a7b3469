/**
 * Font registry for pdfmake. Only the OFL Noto CJK faces bundled from npm are ever used — never
 * a system font (design.md): a notice must print the same on every village PC.
 *
 * Where the bytes come from is a {@link FontSource}: the Vite-built renderer fetches the TTFs it
 * bundled (fonts.browser.ts), node/vitest reads them from node_modules (fonts.node.ts, or
 * fonts.core.node.ts for the cuts the app loads). Builders never see either; they only name the
 * families below.
 *
 * Each face comes in two cuts ({@link FontCut}): 'core', the everyday character set of a notice,
 * subset at build time (renderer/build/fontSubset.ts: 3–4 MB instead of 10–15 MB), and 'full', the
 * whole font. A document prints with the core cuts unless one of its characters is outside the
 * core set; then it prints with the full fonts (engine.ts), so a rare character in a name still
 * prints.
 *
 * The app prints with three faces — Serif Regular (body, 仿宋/楷体 substitute), Serif Bold (title,
 * 小标宋 substitute) and Sans Bold (level-1 headings, 黑体 substitute). Sans Regular is registered
 * too so a document may use it, but it is only read when a document asks for it.
 */

export type FontFamily = 'NotoSerifSC' | 'NotoSansSC'
export type FontFaceId = 'NotoSerifSC-Regular' | 'NotoSerifSC-Bold' | 'NotoSansSC-Regular' | 'NotoSansSC-Bold'

export interface FontFaceInfo {
  family: FontFamily
  bold: boolean
  /** module specifier of the TTF inside its npm package */
  packageFile: string
}

export const FONT_FACES: Readonly<Record<FontFaceId, FontFaceInfo>> = {
  'NotoSerifSC-Regular': {
    family: 'NotoSerifSC',
    bold: false,
    packageFile: '@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf',
  },
  'NotoSerifSC-Bold': {
    family: 'NotoSerifSC',
    bold: true,
    packageFile: '@expo-google-fonts/noto-serif-sc/700Bold/NotoSerifSC_700Bold.ttf',
  },
  'NotoSansSC-Regular': {
    family: 'NotoSansSC',
    bold: false,
    packageFile: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  },
  'NotoSansSC-Bold': {
    family: 'NotoSansSC',
    bold: true,
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
 * 'core' — the everyday character set of a notice (every non-ideograph, GB 2312, division-name
 * and name hanzi), made at build time; 'full' — the whole font. Core holds nothing full lacks.
 */
export type FontCut = 'core' | 'full'

/** File name of a face's cut in pdfmake's virtual file system. */
export function vfsName(face: FontFaceId, cut: FontCut): string {
  return `${face}.${cut}.ttf`
}

/** pdfmake `fonts` dictionary: family → vfs file per style. Italics fall back to upright (CJK has none). */
export function pdfmakeFontDictionary(
  cut: FontCut,
): Record<FontFamily, { normal: string; bold: string; italics: string; bolditalics: string }> {
  const file = (family: FontFamily, bold: boolean) => vfsName(faceFor(family, bold), cut)
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
   * the engine then prints every document with the full cut.
   */
  readonly cutsAreFull?: boolean
  load(face: FontFaceId, cut: FontCut): Promise<Uint8Array>
}

/** How an error message names a cut. */
const CUT_LABELS: Readonly<Record<FontCut, string>> = { core: '常用字库', full: '完整字库' }

/**
 * Loads each face's cut at most once per engine and keeps the bytes. A failed load is forgotten
 * so the next render can retry (e.g. after a transient fetch error).
 */
export class FontStore {
  private readonly pending = new Map<string, Promise<Uint8Array>>()
  private readonly loaded = new Map<string, Uint8Array>()

  constructor(private readonly source: FontSource) {}

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
