/**
 * The property test: 1,000 random single-byte flips, truncations and file swaps of a real
 * bundle (two data files, one PDF), all detected. Seeded, so a failure names a reproducible case.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { readZipDirectory, writeStoredZip, type ZipEntry } from './zip.mjs'
import { LIMITS } from './format.mjs'
import { randomInt, sampleBundle, seededRandom, tinyPdf } from './testFixtures'
import { verifyBundle } from './verify'

let original: Uint8Array
let entries: ZipEntry[]
let unpacked: { name: string; data: Uint8Array }[]

beforeAll(async () => {
  // a PDF with some size, so flips land in a body worth the name
  const pdf = new Uint8Array(4096)
  pdf.set(tinyPdf())
  pdf.fill(0x20, tinyPdf().length)
  original = (await sampleBundle({ pdfs: [{ name: '2026-03-16-决议公开-村道硬化工程.pdf', bytes: pdf }] })).bytes
  const directory = readZipDirectory(original, LIMITS)
  if (directory.fatal !== null) throw new Error(directory.fatal)
  entries = directory.entries
  unpacked = entries.map((e) => ({ name: e.name!, data: original.slice(e.dataAt, e.dataAt + e.size) }))
})

/** Byte ranges of the container: each entry's local header and data, the central directory, the end record. */
function regions(): { name: string; from: number; to: number; file?: string }[] {
  const list: { name: string; from: number; to: number; file?: string }[] = []
  for (const e of entries) {
    list.push({ name: `local header ${e.name}`, from: e.localAt, to: e.dataAt })
    list.push({ name: `data ${e.name}`, from: e.dataAt, to: e.dataAt + e.size, file: e.name! })
  }
  const last = entries[entries.length - 1]!
  list.push({ name: 'central directory', from: last.dataAt + last.size, to: original.length - 22 })
  list.push({ name: 'end record', from: original.length - 22, to: original.length })
  return list
}

describe('tampering is always detected', () => {
  it('the untouched bundle is valid', async () => {
    expect((await verifyBundle(original)).valid).toBe(true)
  })

  it('1,000 random single-byte flips, truncations and file swaps: every one invalid, and a changed file is named', async () => {
    const random = seededRandom(15_2026)
    const zones = regions()
    const listed = new Set(unpacked.map((u) => u.name).filter((n) => n.startsWith('data/') || n.startsWith('pdf/')))
    const kinds = { flip: 0, truncate: 0, swapContents: 0, swapNames: 0, reorder: 0, extend: 0 }
    for (let n = 0; n < 1000; n++) {
      let tampered: Uint8Array
      let label: string
      let changedFile: string | undefined
      const roll = random()
      if (roll < 0.6) {
        // half uniform over the file, half spread over the container's regions so headers get their share
        let at: number
        if (random() < 0.5) at = randomInt(random, original.length)
        else {
          const zone = zones[randomInt(random, zones.length)]!
          at = zone.from + randomInt(random, zone.to - zone.from)
        }
        const zone = zones.find((z) => at >= z.from && at < z.to)!
        tampered = original.slice()
        tampered[at]! ^= 1 + randomInt(random, 255)
        label = `flip at ${at} (${zone.name})`
        if (zone.file && listed.has(zone.file)) changedFile = zone.file
        kinds.flip++
      } else if (roll < 0.8) {
        const length = randomInt(random, original.length)
        tampered = original.slice(0, length)
        label = `truncate to ${length}`
        kinds.truncate++
      } else if (roll < 0.9) {
        // swap two files' contents, then re-pack cleanly as a forger with a zip tool would
        const [i, j] = twoDistinct(random, unpacked.length)
        const swapped = unpacked.map((u) => ({ ...u }))
        ;[swapped[i]!.data, swapped[j]!.data] = [swapped[j]!.data, swapped[i]!.data]
        tampered = writeStoredZip(swapped)
        label = `swap contents of ${unpacked[i]!.name} and ${unpacked[j]!.name}`
        kinds.swapContents++
      } else if (roll < 0.95) {
        const [i, j] = twoDistinct(random, unpacked.length)
        const swapped = unpacked.map((u) => ({ ...u }))
        ;[swapped[i]!.name, swapped[j]!.name] = [swapped[j]!.name, swapped[i]!.name]
        tampered = writeStoredZip(swapped)
        label = `swap names of ${unpacked[i]!.name} and ${unpacked[j]!.name}`
        kinds.swapNames++
      } else if (roll < 0.98) {
        // same files, same bytes, another order in the zip
        const [i, j] = twoDistinct(random, unpacked.length)
        const reordered = unpacked.slice()
        ;[reordered[i], reordered[j]] = [reordered[j]!, reordered[i]!]
        tampered = writeStoredZip(reordered)
        label = `reorder ${unpacked[i]!.name} and ${unpacked[j]!.name}`
        kinds.reorder++
      } else {
        tampered = new Uint8Array(original.length + 1 + randomInt(random, 16))
        tampered.set(original)
        label = 'bytes appended'
        kinds.extend++
      }
      const result = await verifyBundle(tampered)
      expect(result.valid, `case ${n}: ${label}`).toBe(false)
      expect(result.problems.length, `case ${n}: ${label}`).toBeGreaterThan(0)
      if (changedFile) expect(result.files.find((f) => f.path === changedFile)?.status, `case ${n}: ${label}`).toBe('altered')
    }
    // every kind was exercised
    for (const count of Object.values(kinds)) expect(count).toBeGreaterThan(10)
  })
})

function twoDistinct(random: () => number, n: number): [number, number] {
  const i = randomInt(random, n)
  const j = (i + 1 + randomInt(random, n - 1)) % n
  return [i, j]
}
