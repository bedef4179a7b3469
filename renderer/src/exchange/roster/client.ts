/**
 * 花名册导入导出的窗口端入口。The window never loads exceljs: with Web Workers (browser,
 * Electron) the work runs in roster.worker.ts; without them (vitest in node) the same modules are
 * imported lazily and run in-thread.
 *
 * Import flow: importRosterFile → preview (nothing written) → the user confirms →
 * planRosterImport (plan.ts, pure) → the db writes the plan in one transaction.
 *
 * Guard: a worker job that has not finished after WORKER_TIME_LIMIT_MS is ended (terminate()
 * frees its memory at once) and the promise rejects with a Chinese reason, so a file that makes
 * exceljs spin can never leave the secretary waiting on a bar that does not move. preflight.ts
 * bounds what a file may inflate to, which is the memory guard: a Web Worker has no heap limit
 * of its own to set.
 */
import type { HouseholdRow, VillagerRow } from '@/db/rows'
import {
  exactArrayBuffer,
  packExisting,
  RosterFileError,
  type ExportOptions,
  type PackedExisting,
  type RosterImportPreview,
  type RosterWorkerRequest,
  type RosterWorkerResponse,
} from './protocol'
import type { ExistingRoster } from './validate'

export type ProgressFn = (done: number, total: number) => void

type RequestBody = RosterWorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never

let nextId = 1

/** A 10,000-row roster takes a few seconds; two minutes means the job will not finish. */
export const WORKER_TIME_LIMIT_MS = 120_000

const TIMED_OUT: Record<RequestBody['type'], string> = {
  import: '导入超时：这个文件处理了2分钟仍未读完，已停止。文件可能过大或内容异常；请检查文件，或分成几个较小的文件分别导入。',
  export: '导出超时：花名册处理了2分钟仍未完成，已停止。请稍后重试。',
  template: '模板生成超时：处理了2分钟仍未完成，已停止。请稍后重试。',
}

export function workerAvailable(): boolean {
  return typeof Worker !== 'undefined'
}

/**
 * Runs one job in a fresh worker; the worker is ended when the job ends, however it ends: with a
 * result, an error, or the time limit (a RosterFileError, so the screen shows it as the reason).
 */
function runInWorker(body: RequestBody, transfer: Transferable[], onProgress?: ProgressFn): Promise<RosterWorkerResponse> {
  const id = nextId++
  const worker = new Worker(new URL('./roster.worker.ts', import.meta.url), { type: 'module', name: 'roster' })
  return new Promise<RosterWorkerResponse>((resolve, reject) => {
    let done = false
    const finish = (settle: () => void) => {
      if (done) return
      done = true
      clearTimeout(timer)
      worker.terminate()
      settle()
    }
    const timer = setTimeout(() => finish(() => reject(new RosterFileError(TIMED_OUT[body.type]))), WORKER_TIME_LIMIT_MS)
    worker.onmessage = (event: MessageEvent<RosterWorkerResponse>) => {
      const msg = event.data
      if (msg.id !== id || done) return
      if (msg.type === 'progress') {
        onProgress?.(msg.done, msg.total)
        return
      }
      finish(() =>
        msg.type === 'error' ? reject(msg.fileError ? new RosterFileError(msg.message) : new Error(msg.message)) : resolve(msg),
      )
    }
    worker.onerror = (event: ErrorEvent) => {
      finish(() => reject(new Error(`花名册处理组件出错：${event.message || '未知错误'}`)))
    }
    worker.postMessage({ ...body, id } as RosterWorkerRequest, transfer)
  })
}

/**
 * Reads and checks a roster file. Resolves to the preview; rejects with RosterFileError (Chinese
 * message for the user) when the file cannot be used at all.
 * `existing`: the IDs and household numbers already stored (a Set or Map's keys will do).
 */
export async function importRosterFile(
  bytes: Uint8Array,
  existing: ExistingRoster & { householdNos: Iterable<string> },
  today: string,
  onProgress?: ProgressFn,
  knownAreaCodes?: readonly string[],
): Promise<RosterImportPreview> {
  const packed: PackedExisting = packExisting(existing)
  if (!workerAvailable()) {
    const { runRosterImport } = await import('./pipeline')
    return runRosterImport(bytes, packed, today, knownAreaCodes, onProgress)
  }
  // A copy is transferred, so the caller's bytes stay usable.
  const buffer = exactArrayBuffer(bytes.slice())
  const body: RequestBody = knownAreaCodes
    ? { type: 'import', bytes: buffer, existing: packed, today, knownAreaCodes: [...knownAreaCodes] }
    : { type: 'import', bytes: buffer, existing: packed, today }
  const msg = await runInWorker(body, [buffer], onProgress)
  if (msg.type !== 'preview') throw new Error('花名册处理组件返回了意外的结果')
  return msg.preview
}

/** The downloadable import template (.xlsx bytes). */
export async function rosterTemplateFile(): Promise<Uint8Array> {
  if (!workerAvailable()) return (await import('./template')).buildRosterTemplate()
  const msg = await runInWorker({ type: 'template' }, [])
  if (msg.type !== 'xlsx') throw new Error('花名册处理组件返回了意外的结果')
  return new Uint8Array(msg.bytes)
}

/**
 * The roster as .xlsx. Masked unless options.reveal — the caller must have asked the user and
 * written the audit entry before passing reveal: true.
 */
export async function exportRosterFile(
  households: HouseholdRow[],
  villagers: VillagerRow[],
  options: ExportOptions,
  onProgress?: ProgressFn,
): Promise<Uint8Array> {
  if (!workerAvailable()) return (await import('./export')).buildRosterWorkbook(households, villagers, options, onProgress)
  const msg = await runInWorker({ type: 'export', households, villagers, options }, [], onProgress)
  if (msg.type !== 'xlsx') throw new Error('花名册处理组件返回了意外的结果')
  return new Uint8Array(msg.bytes)
}
