/**
 * Test support (node only): runs roster.worker.ts inside the test process behind a fake `Worker`,
 * passing every message through structuredClone (with transfers) as a real worker would. This
 * tests the window↔worker protocol end to end without a browser.
 */
import type { RosterWorkerRequest, RosterWorkerResponse } from './protocol'

type Listener<T> = ((event: MessageEvent<T>) => void) | null

export interface FakeWorkerHarness {
  WorkerClass: typeof Worker
  created: { url: string; options?: WorkerOptions; terminated: boolean }[]
  /** Must be installed as globalThis.self before roster.worker.ts is imported. */
  scope: { onmessage: Listener<RosterWorkerRequest>; postMessage: (message: RosterWorkerResponse, transfer?: Transferable[]) => void }
}

export function fakeWorkerHarness(): FakeWorkerHarness {
  const created: FakeWorkerHarness['created'] = []
  const workers: FakeWorker[] = []

  const scope: FakeWorkerHarness['scope'] = {
    onmessage: null,
    postMessage(message, transfer = []) {
      const data = structuredClone(message, { transfer })
      // replies go to the newest worker (client.ts runs one job per worker, one at a time here)
      workers.at(-1)?.onmessage?.({ data } as MessageEvent<RosterWorkerResponse>)
    },
  }

  class FakeWorker {
    onmessage: Listener<RosterWorkerResponse> = null
    onerror: ((event: ErrorEvent) => void) | null = null
    private readonly record: FakeWorkerHarness['created'][number]
    constructor(url: URL | string, options?: WorkerOptions) {
      this.record = { url: String(url), options, terminated: false }
      created.push(this.record)
      workers.push(this)
    }
    postMessage(message: RosterWorkerRequest, transfer: Transferable[] = []) {
      const data = structuredClone(message, { transfer })
      // Asynchronous like a real worker, so the caller's promise is set up first.
      queueMicrotask(() => scope.onmessage?.({ data } as MessageEvent<RosterWorkerRequest>))
    }
    terminate() {
      this.record.terminated = true
    }
  }
  return { WorkerClass: FakeWorker as unknown as typeof Worker, created, scope }
}
