/**
 * 姓名拼音检索键：built once per name at index time, so a keystroke only does
 * `startsWith` on short ASCII strings.
 *
 * - Primary reading from pinyin-pro with `surname: 'head'`: the first character(s)
 *   are read as a surname, so 单 → shan, 曾 → zeng, 解 → xie, 区 → ou, 仇 → qiu,
 *   欧阳 → ou yang. That is how the secretary will say the name.
 * - Alternative readings of polyphonic characters (乐 le/yue, 单 dan/shan…) are kept
 *   as extra keys, because people type what they think they hear. They rank lower.
 * - ü (吕 lü) is typed as v on Chinese keyboards and often as u: both are added.
 * - Characters with no pinyin (·, digits, unknown rare characters) contribute nothing;
 *   Latin letters in a name are kept lower-cased.
 */
import { pinyin } from 'pinyin-pro'

/** Readings kept per character (primary first). 3 covers real given-name polyphones. */
const MAX_READINGS_PER_CHAR = 3
/** Alternative full spellings kept per name; bounds index size for long names. */
const MAX_VARIANTS = 8

export interface NameKeys {
  /** Full pinyin, no tones, no spaces, of the primary reading: 'wangyanming'. */
  primaryFull: string
  /** Initials of the primary reading: 'wym'. */
  primaryInitials: string
  /** Every other spelling (alternative readings, ü as v/u), full and initials. */
  alternatives: string[]
}

const LETTERS = /^[a-zü]+$/

function cleanReading(r: string | undefined): string | null {
  if (!r) return null
  const s = r.toLowerCase()
  return LETTERS.test(s) ? s : null
}

/** Per-character reading lists, shared across all names while one index is built. */
export type ReadingCache = Map<string, string[]>

function allReadings(char: string, cache: ReadingCache): string[] {
  let readings = cache.get(char)
  if (!readings) {
    readings = pinyin(char, { toneType: 'none', type: 'array', multiple: true })
      .map(cleanReading)
      .filter((r): r is string => r !== null)
    cache.set(char, readings)
  }
  return readings
}

function primaryReadings(name: string, chars: string[]): (string | undefined)[] {
  const arr = pinyin(name, { toneType: 'none', type: 'array', surname: 'head' })
  if (arr.length === chars.length) return arr
  // pinyin-pro should give one item per character; if it ever groups differently,
  // fall back to per-character readings with the surname rule on the first one.
  return chars.map((c, i) => pinyin(c, { toneType: 'none', type: 'array', surname: i === 0 ? 'head' : 'off' })[0])
}

function uVariants(s: string): string[] {
  return s.includes('ü') ? [s.replace(/ü/g, 'v'), s.replace(/ü/g, 'u')] : [s]
}

/** All spellings, primary combination first, at most MAX_VARIANTS. */
function combinations(perChar: string[][]): string[][] {
  let acc: string[][] = [[]]
  for (const options of perChar) {
    const next: string[][] = []
    for (const prefix of acc) {
      for (const o of options) {
        next.push([...prefix, o])
        if (next.length >= MAX_VARIANTS) break
      }
      if (next.length >= MAX_VARIANTS) break
    }
    acc = next
  }
  return acc
}

export function nameKeys(name: string, cache: ReadingCache = new Map()): NameKeys {
  const chars = Array.from(name)
  const primary = primaryReadings(name, chars)
  const perChar: string[][] = []
  chars.forEach((c, i) => {
    const first = cleanReading(primary[i])
    if (!first) return
    const rest = allReadings(c, cache).filter((r) => r !== first)
    perChar.push([first, ...rest].slice(0, MAX_READINGS_PER_CHAR))
  })

  const combos = combinations(perChar)
  const primaryCombo = combos[0] ?? []
  const primaryFullRaw = primaryCombo.join('')
  const primaryInitialsRaw = primaryCombo.map((s) => s[0] ?? '').join('')
  const primaryFull = uVariants(primaryFullRaw)[0] ?? ''
  const primaryInitials = primaryInitialsRaw

  const seen = new Set<string>([primaryFull, primaryInitials])
  const alternatives: string[] = []
  const add = (s: string): void => {
    if (s && !seen.has(s)) {
      seen.add(s)
      alternatives.push(s)
    }
  }
  for (const combo of combos) {
    for (const v of uVariants(combo.join(''))) add(v)
    add(combo.map((s) => s[0] ?? '').join(''))
  }
  return { primaryFull, primaryInitials, alternatives }
}
