/** Test support: a received bundle with only what a test sets. Import from *.test.ts only. */
import type { ReceivedBundle } from './summary'

let counter = 0

export function received(overrides: Partial<ReceivedBundle> = {}): ReceivedBundle {
  counter++
  return {
    sha256: counter.toString(16).padStart(64, '0'),
    village: { name: '东风村', code: '410105001001' },
    period: { from: '2026-01-01', to: '2026-06-30' },
    createdAt: '2026-07-02T08:30:00.000Z',
    previousBundleSha256: null,
    fingerprint: '1800-AB57-707B-67B7-DA58-35A0-D268-D957',
    rotatedFrom: null,
    data: {},
    pdfNames: [],
    ...overrides,
  }
}
