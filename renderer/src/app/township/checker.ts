/**
 * Where bundles are checked: in a Web Worker (browser, Electron: bundle.worker.ts), or in-thread
 * where there are none (vitest in node). One checker per import batch.
 *
 *   const checker = openChecker(); await checker.check(bytes) → CheckedBundle; checker.close()
 *
 * A job that has not finished after CHECK_TIME_LIMIT_MS ends the worker and rejects with a Chinese
 * reason (the file is then refused), so a file that makes the check spin cannot hang the import.
 */
import { checkBundle, type CheckedBundle } from './checkBundle'

export interface CheckRequest {
  id: number
  bytes: ArrayBuffer
}

export type CheckResponse = { id: number; checked: CheckedBundle; error?: undefined } | { id: number; error: string; checked?: undefined }

/** The large village's year takes under a second; two minutes means the check will not finish. */
export const CHECK_TIME_LIMIT_MS = 120_000

export interface BundleChecker {
  check(bytes: Uint8Array): Promise<CheckedBundle>
  close(): void
}

const inThread: BundleChecker = { check: checkBundle, close: () => {} }

export function openChecker(): BundleChecker {
  if (typeof Worker === 'undefined') return inThread
  let worker: Worker | undefined
  let nextId = 1
  const start = () => (worker ??= new Worker(new URL('./bundle.worker.ts', import.meta.url), { type: 'module', name: 'bundle-check' }))
  return {
    check(bytes) {
      const id = nextId++
      const w = start()
      return new Promise<CheckedBundle>((resolve, reject) => {
        const timer = setTimeout(() => {
          w.terminate()
          worker = undefined
          reject(new Error('校验超时：这个文件校验了2分钟仍未完成，已停止'))
        }, CHECK_TIME_LIMIT_MS)
        w.onmessage = (event: MessageEvent<CheckResponse>) => {
          if (event.data.id !== id) return
          clearTimeout(timer)
          if (event.data.error !== undefined) reject(new Error(event.data.error))
          else resolve(event.data.checked)
        }
        w.onerror = (event: ErrorEvent) => {
          clearTimeout(timer)
          w.terminate()
          worker = undefined
          reject(new Error(`校验组件出错：${event.message || '未知错误'}`))
        }
        // a copy is sent: the caller keeps its bytes to store them
        const copy = bytes.slice().buffer
        w.postMessage({ id, bytes: copy } satisfies CheckRequest, [copy])
      })
    },
    close() {
      worker?.terminate()
      worker = undefined
    },
  }
}
