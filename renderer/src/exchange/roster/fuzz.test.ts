/**
 * 花名册导入的模糊测试 (issue 11 item 7): about 300 seeded, malformed roster files, in `npm test`.
 *
 * Families (fuzzCases.node.ts): random bytes; truncated real rosters; byte-mutated real rosters;
 * real rosters re-zipped with a mutated sheet (booleans, errors, dates, numbers, stale formulas,
 * huge, bidi, zero-width, formula-leading and broken-surrogate text); merges (whole column, whole
 * sheet, overlapping, reversed); bomb-shaped zips (high ratio, lying sizes, ZIP64 markers,
 * thousands of entries); crafted header rows.
 *
 * The oracle, for every file: either it is refused with a RosterFileError whose message is Chinese,
 * or it is read, and then every good row is really good (checked again here, independently of
 * validate.ts), every bad row says why in Chinese, and the import plan holds every good row. Nothing
 * may throw anything else, or take longer than the per-file budget. Bombs must be refused by the
 * bounds check, before exceljs opens them. A failure names its family and seed.
 */
import { unzipSync, zipSync } from 'fflate'
import { beforeAll, describe, expect, it } from 'vitest'
import { parseIdNumber } from '@/domain/people/idNumber'
import { findUnmaskedPersonalNumbers } from '@/domain/people/masking'
import { textFieldProblem } from '@/domain/text/fields'
import {
  bombCase,
  bombMaterial,
  byteMutatedCase,
  craftedHeaderCase,
  mergesCase,
  randomBytesCase,
  sheetMutatedCase,
  truncatedCase,
  type BombMaterial,
  type FuzzCase,
} from './fuzzCases.node'
import { runRosterImport } from './pipeline'
import { planRosterImport } from './plan'
import { preflightXlsx } from './preflight'
import { RosterFileError, type PackedExisting, type RosterImportPreview } from './protocol'
import { sampleRosterCells } from './sampleRoster.node'
import { rosterWorkbookFromCells } from './testWorkbook.node'

const TODAY = '2026-03-01'
/** Per file. A real roster of 30 rows reads in well under a second; 10 s means something is wrong. */
const BUDGET_MS = 10_000
const COUNTS = { random: 40, truncated: 40, byteMutated: 45, sheetMutated: 75, merges: 40, bomb: 25, craftedHeader: 35 }

const CJK = /[\u4e00-\u9fff]/
const BIDI_OR_INVISIBLE = /[\u202A-\u202E\u2066-\u2069\u200B-\u200F\u2060\uFEFF\u00AD\u061C]/
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/
const FORMULA_START = /^[=+\-@\t\r]/

const CELLS = sampleRosterCells(30, 7)
const SAMPLE_IDS = CELLS.map((c) => c.idNumber)
/** The database already holds household 0003 and the person on the sixth sample row. */
const EXISTING: PackedExisting = { idNumbers: [[CELLS[5]!.idNumber, '库中某人']], householdNos: ['0003'] }
const EXISTING_HOUSEHOLD_IDS = new Map([['0003', 'H-0003']])

let small: Uint8Array
let real: Uint8Array
/** The same roster zipped without compression: a flipped byte lands in the XML, not in a deflate stream. */
let stored: Uint8Array
let material: BombMaterial

beforeAll(async () => {
  small = await rosterWorkbookFromCells(CELLS.slice(0, 8))
  real = await rosterWorkbookFromCells(CELLS)
  stored = zipSync(unzipSync(real), { level: 0 })
  material = bombMaterial(real)
}, 60_000)

/** The work, or a rejection once `ms` have passed (the timer is cleared either way). */
async function withBudget<T>(work: Promise<T>, ms: number, label: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`hang: ${label} still running after ${ms} ms`)), ms)
  })
  try {
    return await Promise.race([work, late])
  } finally {
    clearTimeout(timer)
  }
}

interface Verdict {
  faults: string[]
  read: boolean
}

/** Everything wrong with how the import handled one case ([] when it behaved), and whether it was read. */
async function judge(c: FuzzCase): Promise<Verdict> {
  const faults = await faultsOf(c)
  return { faults: faults.filter((f) => f !== READ), read: faults.includes(READ) }
}

/** Marker in the fault list: the file was read, not refused. */
const READ = '(read)'

async function faultsOf(c: FuzzCase): Promise<string[]> {
  const label = `${c.family} #${c.seed}`
  const faults: string[] = []
  if (c.bomb) {
    try {
      preflightXlsx(c.bytes)
      faults.push(`${label}: bomb-shaped zip passed the bounds check`)
    } catch (err) {
      if (!(err instanceof RosterFileError) || !CJK.test(err.message)) faults.push(`${label}: bounds check threw ${String(err)}`)
    }
    if (faults.length) return faults
  }
  const started = performance.now()
  let preview: RosterImportPreview
  try {
    preview = await withBudget(runRosterImport(c.bytes, EXISTING, TODAY), BUDGET_MS, label)
  } catch (err) {
    if (!(err instanceof RosterFileError))
      return [`${label}: crashed with ${err instanceof Error ? `${err.name}: ${err.message}` : String(err)}`]
    if (!CJK.test(err.message)) return [`${label}: refusal without a Chinese reason: ${err.message}`]
    return []
  } finally {
    // A synchronous hang cannot lose the race above, so the clock is read as well.
    const elapsed = performance.now() - started
    if (elapsed > BUDGET_MS) faults.push(`${label}: took ${Math.round(elapsed)} ms`)
  }
  const v = preview.validation
  faults.push(READ)

  for (const g of v.goodRows) {
    const at = `${label} row ${g.row}`
    const id = parseIdNumber(g.idNumber, { today: TODAY })
    if (!id.ok || g.idNumber.length !== 18) faults.push(`${at}: good row with a bad ID`)
    for (const [kind, value] of [
      ['name', g.name],
      ['householdNo', g.householdNo],
      ['groupName', g.groupName],
      ['note', g.note ?? ''],
    ] as const) {
      if (kind !== 'note' && kind !== 'groupName' && !value) faults.push(`${at}: good row with an empty ${kind}`)
      const problem = value ? textFieldProblem(kind, value) : null
      if (problem) faults.push(`${at}: good row, but ${kind}: ${problem}`)
      if (BIDI_OR_INVISIBLE.test(value) || LONE_SURROGATE.test(value)) faults.push(`${at}: hidden characters in ${kind}`)
      if (kind !== 'note' && FORMULA_START.test(value)) faults.push(`${at}: ${kind} starts like a formula`)
      if (kind !== 'note' && findUnmaskedPersonalNumbers(value).length > 0) faults.push(`${at}: an ID or mobile number as ${kind}`)
    }
    if ([...g.name].length > 30) faults.push(`${at}: name of ${[...g.name].length} characters`)
    for (const cell of c.mustRefuseCells) {
      if (cell.row === g.row) faults.push(`${at}: imported although column ${cell.column} holds a ${cell.kind} cell`)
    }
  }
  for (const b of v.badRows) {
    if (b.problems.length === 0) faults.push(`${label} row ${b.row}: bad row without a reason`)
    for (const p of b.problems) if (!CJK.test(p)) faults.push(`${label} row ${b.row}: reason not in Chinese: ${p}`)
  }
  for (const w of v.warnings) if (!CJK.test(w.message)) faults.push(`${label} row ${w.row}: warning not in Chinese`)
  // The preview is on screen: no message may show a full ID or mobile number (issue 11 item 4).
  for (const text of [...v.badRows.flatMap((b) => b.problems), ...v.warnings.map((w) => w.message), ...v.notices]) {
    if (findUnmaskedPersonalNumbers(text).length > 0) faults.push(`${label}: a full number on screen: ${text.slice(0, 80)}`)
  }
  if (v.summary.good !== v.goodRows.length || v.summary.bad !== v.badRows.length) faults.push(`${label}: summary disagrees`)

  // The plan must hold every good row, each once, and a head for every new household.
  try {
    let n = 0
    const plan = planRosterImport(v, {
      today: TODAY,
      existingHouseholdIds: EXISTING_HOUSEHOLD_IDS,
      newId: () => `id${n++}`,
      now: () => '2026-03-01T00:00:00.000Z',
    })
    const planned = plan.villagers.map((p) => p.idNumber).sort()
    const good = v.goodRows.map((g) => g.idNumber).sort()
    if (planned.join() !== good.join()) faults.push(`${label}: plan differs from the good rows`)
    if (plan.households.length !== v.householdsToCreate.length) faults.push(`${label}: plan lost a household`)
  } catch (err) {
    faults.push(`${label}: plan failed: ${String(err)}`)
  }
  return faults
}

/**
 * Runs a family; returns its faults. `minRead`: how many files must get past the refusals, so that
 * a family meant to reach the row checks cannot quietly turn into “everything refused”.
 */
async function runFamily(count: number, make: (seed: number) => FuzzCase | Promise<FuzzCase>, minRead = 0): Promise<string[]> {
  const faults: string[] = []
  let read = 0
  for (let seed = 1; seed <= count; seed++) {
    const verdict = await judge(await make(seed))
    faults.push(...verdict.faults)
    if (verdict.read) read++
  }
  if (read < minRead) faults.push(`only ${read} of ${count} files were read (at least ${minRead} expected)`)
  return faults
}

describe('roster import fuzz (seeded, bounded)', { timeout: 60_000 }, () => {
  it(`random bytes (${COUNTS.random})`, async () => {
    expect(await runFamily(COUNTS.random, randomBytesCase)).toEqual([])
  })

  it(`truncated real rosters (${COUNTS.truncated})`, async () => {
    expect(await runFamily(COUNTS.truncated, (s) => truncatedCase(s, s % 2 ? small : real))).toEqual([])
  })

  it(`byte-mutated real rosters (${COUNTS.byteMutated})`, async () => {
    expect(await runFamily(COUNTS.byteMutated, (s) => byteMutatedCase(s, s % 3 === 0 ? real : stored), 5)).toEqual([])
  })

  it(`real rosters with a mutated sheet (${COUNTS.sheetMutated})`, async () => {
    expect(await runFamily(COUNTS.sheetMutated, (s) => sheetMutatedCase(s, real, CELLS.length, SAMPLE_IDS), 40)).toEqual([])
  })

  it(`merges (${COUNTS.merges})`, async () => {
    expect(await runFamily(COUNTS.merges, (s) => mergesCase(s, s % 2 ? small : real, s % 2 ? 8 : CELLS.length), 5)).toEqual([])
  })

  it(`bomb-shaped zips (${COUNTS.bomb})`, async () => {
    expect(await runFamily(COUNTS.bomb, (s) => bombCase(s, material))).toEqual([])
  })

  it(`crafted header rows (${COUNTS.craftedHeader})`, async () => {
    expect(await runFamily(COUNTS.craftedHeader, (s) => craftedHeaderCase(s, CELLS.slice(0, 12)), 10)).toEqual([])
  })
})
