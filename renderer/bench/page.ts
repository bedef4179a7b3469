/**
 * What the bench pages share (printBench.ts, coreBench.ts): the village they print for, the median,
 * and how a page hands its figures to scripts/bench.mjs (a window property it polls for).
 */
import type { VillageProfile } from '@/domain/village/profile'

export const benchVillage: VillageProfile = {
  villageName: '示例村',
  townshipName: '罗庄镇',
  countyName: '邓州市',
  areaCode: '411381102200',
  areaCodeManual: false,
  committeeName: '示例村村民委员会',
  partyOrgName: '中共示例村支部委员会',
  supervisionPhone: '0377-62123456',
  secretaryName: '李秀英',
}

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

export type BenchResult = Record<string, number> | { error: string }

declare global {
  interface Window {
    __printBench?: BenchResult
    __coreBench?: BenchResult
    __backupBench?: BenchResult
  }
}

/** Runs a page's bench and leaves its figures (or the error) in window[key] for scripts/bench.mjs. */
export function publishBench(key: '__printBench' | '__coreBench' | '__backupBench', run: () => Promise<Record<string, number>>): void {
  run().then(
    (r) => {
      window[key] = r
      document.getElementById('status')!.textContent = 'done'
    },
    (e: unknown) => {
      window[key] = { error: String(e) }
    },
  )
}
