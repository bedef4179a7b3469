/**
 * Font registry for pdfmake. Only the OFL Noto CJK faces bundled from npm are ever used — never
 * a system font (design.md): a notice must print the same on every village PC.
 *
 * Where the bytes come from is a {@link FontSource}: the Vite-built renderer fetches the TTFs it
 * bundled with `?url` (fonts.browser.ts), node/vitest reads them from node_modules
 * (fonts.node.ts). Builders never see either; they only name the families below.
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

/** File name of a face in pdfmake's virtual file system. */
export function vfsName(face: FontFaceId): string {
  return `${face}.ttf`
}

/** pdfmake `fonts` dictionary: family → vfs file per style. Italics fall back to upright (CJK has none). */
export function pdfmakeFontDictionary(): Record<FontFamily, { normal: string; bold: string; italics: string; bolditalics: string }> {
  const entry = (family: FontFamily) => ({
    normal: vfsName(faceFor(family, false)),
    bold: vfsName(faceFor(family, true)),
    italics: vfsName(faceFor(family, false)),
    bolditalics: vfsName(faceFor(family, true)),
  })
  return { NotoSerifSC: entry('NotoSerifSC'), NotoSansSC: entry('NotoSansSC') }
}

/** Where font bytes come from. Implementations must not cache; {@link FontStore} does. */
export interface FontSource {
  readonly name: string
  load(face: FontFaceId): Promise<Uint8Array>
}

/**
 * Loads each face at most once per process/worker and keeps the bytes. A failed load is
 * forgotten so the next render can retry (e.g. after a transient fetch error).
 */
export class FontStore {
  private readonly pending = new Map<FontFaceId, Promise<Uint8Array>>()
  private readonly loaded = new Map<FontFaceId, Uint8Array>()

  constructor(private readonly source: FontSource) {}

  get sourceName(): string {
    return this.source.name
  }

  has(face: FontFaceId): boolean {
    return this.loaded.has(face)
  }

  bytes(face: FontFaceId): Uint8Array | undefined {
    return this.loaded.get(face)
  }

  load(face: FontFaceId): Promise<Uint8Array> {
    let p = this.pending.get(face)
    if (!p) {
      p = this.source.load(face).then(
        (bytes) => {
          if (bytes.byteLength < 1024) throw new Error(`字体文件 ${face} 内容不完整（${bytes.byteLength} 字节）`)
          this.loaded.set(face, bytes)
          return bytes
        },
        (err: unknown) => {
          this.pending.delete(face)
          throw new Error(`无法加载打印字体 ${face}：${err instanceof Error ? err.message : String(err)}`, { cause: err })
        },
      )
      this.pending.set(face, p)
    }
    return p
  }

  loadAll(faces: readonly FontFaceId[]): Promise<Uint8Array[]> {
    return Promise.all(faces.map((f) => this.load(f)))
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
