import { describe, expect, it } from 'vitest'
import { canonicalJson } from '@/domain/evidence/canonical'
import { canonicalJsonOfParsed } from './format.mjs'
import { randomInt, seededRandom } from './testFixtures'

// RFC 8785 §3.2.3 / appendix: sorting by UTF-16 code units, and the serialization example.
const RFC8785_SORT_INPUT = {
  '\u20ac': 'Euro Sign',
  '\r': 'Carriage Return',
  '\ufb33': 'Hebrew Letter Dalet With Dagesh',
  '1': 'One',
  '\ud83d\ude00': 'Emoji: Grinning Face',
  '\u0080': 'Control',
  '\u00f6': 'Latin Small Letter O With Diaeresis',
}
const RFC8785_SORTED_VALUES = [
  'Carriage Return',
  'One',
  'Control',
  'Latin Small Letter O With Diaeresis',
  'Euro Sign',
  'Emoji: Grinning Face',
  'Hebrew Letter Dalet With Dagesh',
]
const RFC8785_EXAMPLE_INPUT = `{
  "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
  "string": "\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\"\\/",
  "literals": [null, true, false]
}`
const RFC8785_EXAMPLE_OUTPUT = `{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\\u000f\\nA'B\\"\\\\\\\\\\"/"}`

const ALPHABET = ['a', 'B', 'z', '村', '规', '民', '约', '\u00f6', '\u20ac', '😀', '\ud800', '"', '\\', '\n', '\u0000', ' ', '1']

function randomString(random: () => number): string {
  return Array.from({ length: randomInt(random, 8) }, () => ALPHABET[randomInt(random, ALPHABET.length)]).join('')
}

function randomNumber(random: () => number): number {
  const kinds = [
    () => randomInt(random, 1000) - 500,
    () => (random() - 0.5) * 1e21 * random(),
    () => random() * 1e-7,
    () => -0,
    () => 2 ** 53 + 2,
    () => 0.1 + 0.2,
  ]
  return kinds[randomInt(random, kinds.length)]!()
}

function randomJson(random: () => number, depth = 0): unknown {
  const pick = randomInt(random, depth > 3 ? 5 : 7)
  if (pick === 0) return null
  if (pick === 1) return random() < 0.5
  if (pick === 2) return randomNumber(random)
  if (pick === 3 || pick === 4) return randomString(random)
  if (pick === 5) return Array.from({ length: randomInt(random, 4) }, () => randomJson(random, depth + 1))
  const object: Record<string, unknown> = {}
  for (let i = randomInt(random, 5); i > 0; i--) object[randomString(random)] = randomJson(random, depth + 1)
  return object
}

describe('canonical JSON (the one byte form data/*.json and manifest.json are written in)', () => {
  it('sorts keys by UTF-16 code units, as RFC 8785 does', () => {
    const text = canonicalJson(RFC8785_SORT_INPUT)
    // read the order off the text: a parsed object would put the integer-like key "1" first
    const positions = RFC8785_SORTED_VALUES.map((v) => text.indexOf(`"${v}"`))
    expect(positions.every((p, i) => p > 0 && (i === 0 || p > positions[i - 1]!))).toBe(true)
    expect(canonicalJsonOfParsed(RFC8785_SORT_INPUT)).toBe(text)
  })

  it('writes the RFC 8785 example exactly as JCS does (numbers, escapes, literals)', () => {
    const parsed = JSON.parse(RFC8785_EXAMPLE_INPUT)
    expect(canonicalJson(parsed)).toBe(RFC8785_EXAMPLE_OUTPUT)
    expect(canonicalJsonOfParsed(parsed)).toBe(RFC8785_EXAMPLE_OUTPUT)
  })

  it('is stable: the order fields were set in does not matter', () => {
    const a = { village: { name: '东风村', code: '410105001001' }, seq: 1, tags: ['甲', '乙'] }
    const b = { tags: ['甲', '乙'], seq: 1, village: { code: '410105001001', name: '东风村' } }
    expect(canonicalJson(a)).toBe(canonicalJson(b))
    expect(canonicalJson(a)).toBe('{"seq":1,"tags":["甲","乙"],"village":{"code":"410105001001","name":"东风村"}}')
  })

  it('keeps Chinese as UTF-8 text and escapes only what JSON must (a lone surrogate as \\ud800)', () => {
    expect(canonicalJson({ t: '村规民约 😀' })).toBe('{"t":"村规民约 😀"}')
    expect(canonicalJson('\ud800')).toBe('"\\ud800"')
    expect(canonicalJson('\u0000\u001f\u007f')).toBe('"\\u0000\\u001f\u007f"')
  })

  it('writes numbers as ECMAScript does: -0 as 0, 1e21 with exponent, no trailing zeros', () => {
    expect(canonicalJson([-0, 1e21, 1e-7, 4.5, 100, 2 ** 53 + 2, 0.1 + 0.2])).toBe(
      '[0,1e+21,1e-7,4.5,100,9007199254740994,0.30000000000000004]',
    )
    expect(() => canonicalJson(Number.NaN)).toThrow()
    expect(() => canonicalJson(Number.POSITIVE_INFINITY)).toThrow()
  })

  it('the verifier’s plain-JS form equals the domain’s form, and is a fixed point, on 2,000 random values', () => {
    const random = seededRandom(8785)
    for (let i = 0; i < 2000; i++) {
      const value = randomJson(random)
      const text = canonicalJson(value)
      expect(canonicalJsonOfParsed(value)).toBe(text)
      expect(canonicalJson(JSON.parse(text))).toBe(text)
    }
  })
})
