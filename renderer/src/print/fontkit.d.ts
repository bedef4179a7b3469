// fontkit (pdfkit's font parser) ships no types. The few members we use: engine.ts checks which
// characters a font cut covers; the font-subset tests read metrics, layout and names.
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
    layout(text: string): { glyphs: (Glyph & { codePoints: number[] })[]; positions: GlyphPosition[] }
    /** OpenType layout tables, when the font has them */
    readonly GSUB?: object
    readonly GPOS?: object
  }
  export function create(buffer: Uint8Array): Font
}
