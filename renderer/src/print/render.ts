/**
 * Main-thread client of the PDF worker: `renderPdf(doc)` → PDF bytes, without freezing the window.
 *
 * Where `Worker` does not exist (vitest/node) the same engine runs in-thread; in node it reads the
 * fonts from node_modules. The fallback modules are loaded lazily so the window bundle never
 * contains pdfmake or the fonts — only the worker does.
 */
import type { PdfEngine } from './engine'
import type { FontFamily } from './fonts'
import type { nodeFontSource as NodeFontSource } from './fonts.node'
import type { PrintDocument } from './pdf-types'
import type { WorkerRequest, WorkerResponse } from './render-protocol'

export interface RenderPdfOptions {
  onProgress?: (progress: number) => void
}

interface Pending {
  resolve: (value: WorkerResponse) => void
  reject: (reason: Error) => void
  onProgress?: (progress: number) => void
}

let worker: Worker | undefined
let nextId = 1
const pending = new Map<number, Pending>()

function getWorker(): Worker {
  if (worker) return worker
  const w = new Worker(new URL('./pdf.worker.ts', import.meta.url), { type: 'module', name: 'pdf' })
  w.onmessage = (event: MessageEvent<WorkerResponse>) => {
    const msg = event.data
    const job = pending.get(msg.id)
    if (!job) return
    if (msg.type === 'progress') {
      job.onProgress?.(msg.progress)
      return
    }
    pending.delete(msg.id)
    if (msg.type === 'error') job.reject(new Error(msg.message))
    else job.resolve(msg)
  }
  w.onerror = (event: ErrorEvent) => {
    // a crashed worker fails every job in flight; the next call starts a fresh one
    const error = new Error(`打印组件出错：${event.message || '未知错误'}`)
    for (const job of pending.values()) job.reject(error)
    pending.clear()
    w.terminate()
    worker = undefined
  }
  worker = w
  return w
}

type RequestBody = WorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never

function ask(body: RequestBody, onProgress?: (progress: number) => void): Promise<WorkerResponse> {
  const id = nextId++
  return new Promise<WorkerResponse>((resolve, reject) => {
    pending.set(id, onProgress ? { resolve, reject, onProgress } : { resolve, reject })
    getWorker().postMessage({ ...body, id } as WorkerRequest)
  })
}

function isNode(): boolean {
  return typeof process !== 'undefined' && typeof process.versions?.node === 'string'
}

/** The window's own engine where there is no worker, made on first use. */
let inThread: Promise<PdfEngine> | undefined

function inThreadEngine(): Promise<PdfEngine> {
  inThread ??= (async () => {
    const { createPdfEngine } = await import('./engine')
    if (isNode()) {
      // kept out of the browser bundle: only node can run it
      const nodeFonts = './fonts.node'
      const { nodeFontSource } = (await import(/* @vite-ignore */ nodeFonts)) as { nodeFontSource: typeof NodeFontSource }
      return createPdfEngine(nodeFontSource())
    }
    const { urlFontSource } = await import('./fonts.browser')
    return createPdfEngine(urlFontSource())
  })()
  inThread.catch(() => (inThread = undefined))
  return inThread
}

export function workerAvailable(): boolean {
  return typeof Worker !== 'undefined'
}

/**
 * Render a document built by one of the print builders. Resolves to the PDF bytes.
 *
 * Pass the builder call as a function (`renderPdf(() => buildNoticeDoc(…))`) and the PDF worker
 * starts loading its engine and fonts first, while the document is being built: the first
 * notice's build (ICU word segmentation of the title, ~25–60 ms the first time) then overlaps the
 * worker's start instead of preceding it.
 */
export async function renderPdf(doc: PrintDocument | (() => PrintDocument), options: RenderPdfOptions = {}): Promise<Uint8Array> {
  if (typeof doc === 'function') {
    if (workerAvailable()) getWorker()
    doc = doc()
  }
  if (!workerAvailable()) return (await inThreadEngine()).render(doc, options)
  const msg = await ask({ type: 'render', doc }, options.onProgress)
  if (msg.type !== 'rendered') throw new Error('打印组件返回了意外的结果')
  return new Uint8Array(msg.pdf)
}

/**
 * Can the bundled font print every character of `text`? The UI warns before printing a name with
 * a character outside the font (e.g. 𠮷, CJK Ext. B), which would otherwise print as an empty box.
 */
export async function fontHasGlyphs(
  text: string,
  family: FontFamily = 'NotoSerifSC',
  bold = false,
): Promise<{ ok: boolean; missing: string[] }> {
  let missing: string[]
  if (!workerAvailable()) {
    missing = await (await inThreadEngine()).missingGlyphs(text, family, bold)
  } else {
    const msg = await ask({ type: 'glyphs', text, family, bold })
    if (msg.type !== 'glyphs') throw new Error('打印组件返回了意外的结果')
    missing = msg.missing
  }
  return { ok: missing.length === 0, missing }
}

/**
 * Starts the PDF worker, loads the core fonts and parses them ahead of need — called when the
 * 公示公告 area opens, so even the secretary's first preview is a warm one. `words`: what the
 * village's notices will print in their titles (its names, `printedNames`), so a rarer hanzi in
 * them is met now rather than during that preview.
 */
export function preparePdfEngine(words = ''): void {
  if (workerAvailable()) void ask({ type: 'prepare', words }).catch(() => undefined)
}
