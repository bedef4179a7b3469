// The few fontkit APIs the font-subset tests read (fontkit ships no types; pdfkit depends on it).
declare module 'fontkit' {
  export interface Glyph {
    id: number
    advanceWidth: number
  }
  export interface GlyphPosition {
    xAdvance: number
    yAdvance: number
    xOffset: number
    yOffset: number
  }
  export interface Font {
    unitsPerEm: number
    ascent: number
    descent: number
    lineGap: number
    capHeight: number
    xHeight: number
    numGlyphs: number
    characterSet: number[]
    fullName: string
    copyright: string
    name: { records: Record<string, Record<string, string> | undefined> }
    hasGlyphForCodePoint(codePoint: number): boolean
    glyphForCodePoint(codePoint: number): Glyph
    layout(text: string): { glyphs: Glyph[]; positions: GlyphPosition[] }
  }
  export function create(buffer: Uint8Array): Font
}
