/**
 * Test support: deterministic keys, a seeded PRNG and a small real bundle (two data files, one PDF).
 * Used by the bundle tests and the CLI test; never by the app.
 */
import { seededRandom as sampleRandom } from '@/sample/random'
import { buildBundle, type BundleInput } from './build'
import { signerFromSecretKey, type BundleSigner } from './keys'

/** The sample village's seeded PRNG (sample/random.ts) as a plain function: the same sequence for the same seed. */
export function seededRandom(seed: number): () => number {
  const random = sampleRandom(seed)
  return () => random.next()
}

export function randomInt(random: () => number, below: number): number {
  return Math.floor(random() * below)
}

/** A fixed test key (seed bytes 1..32): the same fingerprint in every run. */
export function testSigner(seed = 1): BundleSigner {
  return signerFromSecretKey(Uint8Array.from({ length: 32 }, (_, i) => (seed * 31 + i) & 0xff))
}

/** A minimal but real PDF (one empty page), with some text so it has a body worth flipping. */
export function tinyPdf(title = '东风村公示'): Uint8Array {
  const body = `%PDF-1.4
1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj
4 0 obj << /Title (${encodeURIComponent(title)}) >> endobj
trailer << /Root 1 0 R /Info 4 0 R >>
%%EOF
`
  return new TextEncoder().encode(body)
}

export function sampleInput(overrides: Partial<BundleInput> = {}): BundleInput {
  return {
    village: { name: '东风村', code: '410105001001' },
    period: { from: '2026-01-01', to: '2026-06-30' },
    createdAt: '2026-07-02T08:30:00.000Z',
    previousBundleSha256: null,
    auditHead: { seq: 42, hash: 'ab'.repeat(32) },
    personData: { mode: 'masked' },
    generator: '乡约 0.1.0',
    data: {
      matters: [
        { id: '01J0MATTER1', title: '村道硬化工程', result: '通过', decidedOn: '2026-03-15', votes: { for: 31, against: 4, abstain: 2 } },
        {
          id: '01J0MATTER2',
          title: '集体土地承包方案',
          result: '未通过',
          decidedOn: '2026-05-20',
          votes: { for: 12, against: 20, abstain: 5 },
        },
      ],
      notices: [
        { id: '01J0NOTICE1', title: '关于村道硬化工程决议的公示', kind: '决议公开', issuedOn: '2026-03-16', result: '公示期满无异议' },
      ],
    },
    pdfs: [{ name: '2026-03-16-决议公开-村道硬化工程.pdf', bytes: tinyPdf() }],
    ...overrides,
  }
}

export async function sampleBundle(overrides: Partial<BundleInput> = {}, signer = testSigner()) {
  return buildBundle(sampleInput(overrides), signer)
}
