import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as fontkit from 'fontkit'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ALL_FACES, type FontFaceId } from '../src/print/fonts'
import {
  cachedSubsetFont,
  coreCodePoints,
  coreSubset,
  divisionIdeographs,
  fontCodePoints,
  gb2312Hanzi,
  isIdeograph,
  NAME_CHARACTERS,
  sourceFontFile,
  subsetFont,
} from './fontSubset'

// A cold cache subsets all four faces (~2 s); later runs only read node_modules/.cache.
const SLOW = 60_000

const cps = (text: string) => [...text].map((ch) => ch.codePointAt(0)!)

const sources = new Map<FontFaceId, fontkit.Font>()
const subsets = new Map<string, fontkit.Font>()
const sizes: string[] = []

beforeAll(async () => {
  for (const face of ALL_FACES) sources.set(face, fontkit.create(readFileSync(sourceFontFile(face))))
  for (const face of ALL_FACES) {
    const subset = await coreSubset(face)
    subsets.set(face, fontkit.create(subset.bytes))
    sizes.push(`${face}: ${(subset.sourceBytes / 1e6).toFixed(2)} MB → ${(subset.bytes.byteLength / 1e6).toFixed(2)} MB`)
  }
}, SLOW)

afterAll(() => {
  // eslint-disable-next-line no-console
  console.info(`core font subsets (${coreCodePoints().size} code points):\n  ${sizes.join('\n  ')}`)
})

describe('core character set', () => {
  it('has exactly the 6,763 GB 2312 hanzi', () => {
    const gb = gb2312Hanzi()
    expect(gb).toHaveLength(6763)
    expect(new Set(gb).size).toBe(6763)
    expect(gb[0]).toBe(0x554a) // 啊 = B0A1
    expect(gb.at(-1)).toBe(0x9f44) // 齄 = F7FE
    expect(gb.every(isIdeograph)).toBe(true)
  })

  it('keeps punctuation, digits, full-width forms, symbols and name characters', () => {
    const core = coreCodePoints()
    const wanted =
      '堃喆昇琇犇玥珺婷昊晟瑄璟祎禛蘅钰烨彧翀瞳赟镕' + // names
      '〇，。、：；！？“”‘’《》（）【】—…·' + // punctuation, incl. U+3000–U+303F
      'ＡＢ０１％' + // full-width forms
      '0123456789AZaz' +
      '①⑩㈠ⅠⅫ℃№×÷≤±□○■●√→─┼㎡' // enclosed, number forms, letterlike, math, shapes, box drawing
    expect(
      cps(wanted)
        .filter((cp) => !core.has(cp))
        .map((cp) => String.fromCodePoint(cp)),
    ).toEqual([])
    expect(core.has(0x3000)).toBe(true) // ideographic space
  })

  it('keeps every ideograph of the division names and no rare ideograph outside the rules', () => {
    const core = coreCodePoints()
    const division = divisionIdeographs()
    expect(division.size).toBeGreaterThan(4000)
    for (const cp of division) expect(core.has(cp)).toBe(true)
    expect(core.has(0x9f98)).toBe(false) // 龘
    expect(core.has(0x20bb7)).toBe(false) // 𠮷
  })

  it('lists about 100 name characters, all outside GB 2312 and all in the bundled fonts', () => {
    const names = cps(NAME_CHARACTERS)
    expect(names.length).toBeGreaterThanOrEqual(100)
    expect(new Set(names).size).toBe(names.length)
    const gb = new Set(gb2312Hanzi())
    expect(names.filter((cp) => gb.has(cp)).map((cp) => String.fromCodePoint(cp))).toEqual([])
    for (const face of ALL_FACES) {
      expect(names.filter((cp) => !sources.get(face)!.hasGlyphForCodePoint(cp)).map((cp) => String.fromCodePoint(cp))).toEqual([])
    }
  })

  it('reads a cmap like fontkit does', () => {
    const bytes = readFileSync(sourceFontFile('NotoSansSC-Bold'))
    expect([...fontCodePoints(bytes)].sort((a, b) => a - b)).toEqual(
      [...sources.get('NotoSansSC-Bold')!.characterSet].sort((a, b) => a - b),
    )
  })
})

describe('core cuts', () => {
  it.each(ALL_FACES)('%s keeps the vertical metrics and advance widths', (face) => {
    const src = sources.get(face)!
    const sub = subsets.get(face)!
    for (const key of ['unitsPerEm', 'ascent', 'descent', 'lineGap', 'capHeight', 'xHeight'] as const) expect(sub[key]).toBe(src[key])
    const set = [...coreCodePoints()]
    const sample = [...set.filter((_, i) => i % 37 === 0), ...cps('关于公示村民委员会一二三〇，。、：；（）《》“”ＡＢ①0123456789Ⅻ℃№□○─')]
    for (const cp of sample) {
      if (!src.hasGlyphForCodePoint(cp)) continue
      expect([cp, sub.glyphForCodePoint(cp).advanceWidth]).toEqual([cp, src.glyphForCodePoint(cp).advanceWidth])
    }
    // no GPOS: Chinese text (with its digits and punctuation) shapes to the same glyphs and
    // advances as with the source's GPOS; Latin loses only its kerning. GSUB stays (破折号 ligature).
    expect(sub.GPOS).toBeUndefined()
    expect(sub.GSUB).toBeDefined()
    expect(sub.layout('——').glyphs).toHaveLength(src.layout('——').glyphs.length)
    const layout = (font: typeof src, text: string) =>
      font.layout(text).glyphs.map((g, i) => [font.layout(text).positions[i]?.xAdvance, g.codePoints])
    for (const text of [
      '关于2026年“村规民约”（草案）的公示：第①条、第（二）款——见附件《名单》……',
      '第①条：Ⅰ．ｘ＝１０％，联系电话0377-62123456',
    ]) {
      expect(layout(sub, text)).toEqual(layout(src, text))
    }
  })

  it.each(ALL_FACES)('%s has a glyph for every code point of its set its source has, and nothing else', (face) => {
    const src = sources.get(face)!
    const sub = subsets.get(face)!
    const set = coreCodePoints()
    const wrong = [...set].filter((cp) => sub.hasGlyphForCodePoint(cp) !== src.hasGlyphForCodePoint(cp))
    expect(wrong).toEqual([])
    // (U+FFFF: the end marker of a format-4 cmap, which fontkit may list)
    expect(sub.characterSet.filter((cp) => cp !== 0xffff).every((cp) => set.has(cp))).toBe(true)
    expect(src.hasGlyphForCodePoint(0x9f98)).toBe(true) // 龘: in the full face …
    expect(sub.hasGlyphForCodePoint(0x9f98)).toBe(false) // … not in a subset
    expect(sub.hasGlyphForCodePoint(0x20bb7)).toBe(false) // 𠮷
  })

  it.each(ALL_FACES)('%s keeps the OFL name records and is well under a third of the source', async (face) => {
    const src = sources.get(face)!
    const sub = subsets.get(face)!
    expect(sub.copyright).toBe(src.copyright)
    expect(sub.name.records.license).toEqual(src.name.records.license)
    expect(sub.name.records.licenseURL).toEqual(src.name.records.licenseURL)
    expect(sub.fullName).toBe(src.fullName)
    const subset = await coreSubset(face)
    expect(subset.cached).toBe(true)
    expect(subset.bytes.byteLength).toBeLessThan(subset.sourceBytes / 3)
  })
})

describe('subset cache', () => {
  let dir = ''
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'xiangyue-fonts-'))
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it(
    'writes each subset once, atomically, and serves it again from disk',
    async () => {
      const source = readFileSync(sourceFontFile('NotoSansSC-Regular'))
      const points = cps('村民委员会 0123456789，。')
      const first = await cachedSubsetFont(source, points, { cacheDir: dir })
      expect(first.cached).toBe(false)
      expect(readdirSync(dir)).toEqual([first.file.slice(dir.length + 1)]) // no temp file left behind
      const again = await cachedSubsetFont(source, [...points].reverse(), { cacheDir: dir })
      expect(again).toMatchObject({ file: first.file, cached: true })
      expect(Buffer.compare(again.bytes, first.bytes)).toBe(0)
      expect(Buffer.compare(again.bytes, await subsetFont(source, points))).toBe(0)
      const other = await cachedSubsetFont(source, [...points, 0x4e00], { cacheDir: dir })
      expect(other.file).not.toBe(first.file)
      expect(existsSync(other.file)).toBe(true)
    },
    SLOW,
  )
})
