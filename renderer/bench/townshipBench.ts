/**
 * Township bench page (built only for `npm run bench`, never shipped): issue 15's verify and import
 * figures in Chromium, with its real WebCrypto and IndexedDB. Results land in window.__townshipBench.
 *
 * The bundles are made here with the real builder and signer (exchange/bundle/build.ts): one year of
 * the large village — 10,000 villagers (masked), 60 matters, 240 meetings, 150 violation cases, 120
 * notices, and 120 PDFs of 120 KB (the backup bench's notice PDFs) — and, for the township, 30
 * villages each a fifth of that (2,000 villagers, 24 PDFs): what a township receives in a half-year.
 *
 * - bundle_verify_ms: verifyBundle of the large village's bundle (signature, every file's SHA-256,
 *   canonical JSON of every data file, the container); median of 3.
 * - bundle_verify_30_ms: verifyBundle of the 30 villages' bundles, one after another.
 * - township_import_30_ms: importBundles of those 30 files into an empty township database (each
 *   verified, parsed and written in its own transaction), as 导入 does; then township_table_30_ms:
 *   listVillages over them (the table the screen draws).
 * Figures with `_mb` are the sizes measured, for reading the times.
 */
import Dexie from 'dexie'
import { fileOfBytes, importBundles } from '@/app/township/importBundles'
import { listVillages } from '@/app/township/villages'
import { TownshipDb } from '@/db/township/schema'
import { fixedClock } from '@/domain/calendar/clock'
import { buildBundle } from '@/exchange/bundle/build'
import { signerFromSecretKey } from '@/exchange/bundle/keys'
import { verifyBundle } from '@/exchange/bundle/verify'
import { seededRandom } from '@/sample/random'
import { SAMPLE_VILLAGE_NAMES, sampleVillageCode } from '@/app/township/sampleBundles'
import { median } from './page'

declare global {
  interface Window {
    __townshipBench?: Record<string, number> | { error: string }
  }
}

const round = (ms: number) => Math.round(ms * 10) / 10
const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10

interface Size {
  villagers: number
  matters: number
  meetings: number
  cases: number
  notices: number
  pdfs: number
  pdfBytes: number
}

const LARGE: Size = { villagers: 10_000, matters: 60, meetings: 240, cases: 150, notices: 120, pdfs: 120, pdfBytes: 120_000 }
const FIFTH: Size = { villagers: 2_000, matters: 12, meetings: 48, cases: 30, notices: 24, pdfs: 24, pdfBytes: 120_000 }

/** A PDF-shaped file of `size` bytes: compressed streams look random, so the bytes are. */
function pdfOf(size: number, seed: number): Uint8Array {
  const random = seededRandom(seed)
  const bytes = new Uint8Array(size)
  for (let i = 0; i < size; i += 4) {
    const n = Math.floor(random.next() * 0x100000000)
    bytes[i] = n & 0xff
    bytes[i + 1] = (n >>> 8) & 0xff
    bytes[i + 2] = (n >>> 16) & 0xff
    bytes[i + 3] = n >>> 24
  }
  bytes.set(new TextEncoder().encode('%PDF-1.7\n'))
  return bytes
}

async function villageBundle(index: number, size: Size) {
  const year = 2026
  const day = (i: number) => `${year}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`
  const matters = Array.from({ length: size.matters }, (_, i) => ({
    id: `M${index}-${i}`,
    title: `村级事项${i + 1}`,
    decidedOn: day(i),
    result: i % 7 === 0 ? '未通过' : '通过',
    resolutionPublishedOn: i % 7 === 0 ? null : day(i + 1),
    state: 'implementing',
    pdfs: [`notice-${i}.pdf`],
  }))
  const meetings = Array.from({ length: size.meetings }, (_, i) => ({
    id: `G${index}-${i}`,
    date: day(i),
    body: '村民代表会议',
    quorumMet: i % 29 !== 0,
    entitled: 41,
    present: 33,
    topics: [`议题${i}`],
  }))
  const people = Array.from({ length: size.villagers }, (_, i) => ({
    id: `P${index}-${i}`,
    name: `村民${i}`,
    idNumber: '411381********002X',
    phone: '138****1234',
    group: `第${1 + (i % 12)}村民小组`,
  }))
  const violations = Array.from({ length: size.cases }, (_, i) => ({
    id: `C${index}-${i}`,
    reportedOn: day(i),
    state: i % 3 ? 'closed' : 'rectifying',
  }))
  const notices = Array.from({ length: size.notices }, (_, i) => ({
    id: `N${index}-${i}`,
    title: `公示${i}`,
    kind: '决议公开',
    issuedOn: day(i),
  }))
  const pdfs = Array.from({ length: size.pdfs }, (_, i) => ({ name: `notice-${i}.pdf`, bytes: pdfOf(size.pdfBytes, index * 1000 + i) }))
  return buildBundle(
    {
      village: { name: SAMPLE_VILLAGE_NAMES[index % SAMPLE_VILLAGE_NAMES.length]!, code: sampleVillageCode(index) },
      period: { from: `${year}-01-01`, to: `${year}-12-31` },
      createdAt: `${year + 1}-01-05T02:00:00.000Z`,
      previousBundleSha256: null,
      auditHead: { seq: 1000, hash: 'ab'.repeat(32) },
      personData: { mode: 'masked' },
      data: {
        matters,
        meetings,
        people,
        violations,
        notices,
        compactVersions: [{ id: 'v1', version: '2024年修订', effectiveFrom: '2024-05-01', filedOn: '2024-05-10' }],
      },
      pdfs,
    },
    signerFromSecretKey(Uint8Array.from({ length: 32 }, (_, i) => (index * 13 + i) & 0xff)),
  )
}

async function run(): Promise<Record<string, number>> {
  const large = await villageBundle(0, LARGE)
  const check = await verifyBundle(large.bytes)
  if (!check.valid) throw new Error(`大村报送包校验未通过：${check.problems.join('；')}`)
  const verifyRuns: number[] = []
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now()
    await verifyBundle(large.bytes)
    verifyRuns.push(performance.now() - t0)
  }

  const thirty = []
  for (let v = 0; v < 30; v++) thirty.push(await villageBundle(v + 1, FIFTH))
  const t1 = performance.now()
  for (const b of thirty) await verifyBundle(b.bytes)
  const verify30 = performance.now() - t1

  const db = new TownshipDb(`xiangyue-township-bench-${Date.now()}`)
  try {
    const ctx = { db, clock: fixedClock('2027-01-10T02:00:00.000Z') }
    const t2 = performance.now()
    const report = await importBundles(
      ctx,
      thirty.map((b) => fileOfBytes(b.fileName, b.bytes)),
    )
    const import30 = performance.now() - t2
    if (report.imported !== 30)
      throw new Error(`30个村只导入了 ${report.imported} 个：${report.outcomes.flatMap((o) => o.reasons).join('；')}`)
    const t3 = performance.now()
    const rows = await listVillages(ctx, 2026)
    const table = performance.now() - t3
    if (rows.length !== 30) throw new Error(`汇总表有 ${rows.length} 行，应为 30 行`)
    return {
      bundle_verify_ms: round(median(verifyRuns)),
      bundle_verify_mb: mb(large.bytes.length),
      bundle_verify_30_ms: round(verify30),
      township_import_30_ms: round(import30),
      township_import_30_mb: mb(thirty.reduce((n, b) => n + b.bytes.length, 0)),
      township_table_30_ms: round(table),
    }
  } finally {
    db.close()
    await Dexie.delete(db.name)
  }
}

run().then(
  (figures) => {
    window.__townshipBench = figures
    document.getElementById('status')!.textContent = 'done'
  },
  (error: unknown) => {
    window.__townshipBench = { error: String(error) }
  },
)
