/**
 * PDF worker: pdfmake, fonts and layout run here so the window never freezes, even for a
 * 100-page ledger. The worker has one engine: fonts are fetched and parsed once (engine.ts); the PDF comes back
 * as a transferred ArrayBuffer (no copy).
 */
import { prefetchingFontSource } from './fonts.browser'
import { exactArrayBuffer, type WorkerRequest, type WorkerResponse } from './render-protocol'

// Both start at once, the engine first: it is what the first PDF waits for longest (fetch,
// compile and evaluate ~575 KB); the ~11 MB of core fonts arrive while it compiles. Fonts first
// made the engine wait behind them (measured: engine ready 300–630 ms after the worker started,
// against 220–330 ms this way).
const engineModule = import('./engine')
const fonts = prefetchingFontSource()
const engine = engineModule.then(({ createPdfEngine }) => createPdfEngine(fonts))
// a failure is reported to the job that asks for the engine
engine.catch(() => undefined)

const scope = self as unknown as DedicatedWorkerGlobalScope

function reply(message: WorkerResponse, transfer: Transferable[] = []): void {
  scope.postMessage(message, transfer)
}

// One job at a time: pdfmake keeps global state (progress callback, virtual fs) per instance.
let queue: Promise<void> = Promise.resolve()

scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data
  queue = queue.then(() => handle(request))
}

async function handle(request: WorkerRequest): Promise<void> {
  try {
    const pdfEngine = await engine
    if (request.type === 'render') {
      let last = -1
      const pdf = await pdfEngine.render(request.doc, {
        ownedDocument: true, // a structured clone made by postMessage, used once
        onProgress: (progress) => {
          const pct = Math.floor(progress * 100)
          if (pct !== last) {
            last = pct
            reply({ id: request.id, type: 'progress', progress })
          }
        },
      })
      const buffer = exactArrayBuffer(pdf)
      reply({ id: request.id, type: 'rendered', pdf: buffer }, [buffer])
    } else if (request.type === 'prepare') {
      await pdfEngine.prepare(request.words)
      reply({ id: request.id, type: 'prepared' })
    } else {
      const missing = await pdfEngine.missingGlyphs(request.text, request.family, request.bold)
      reply({ id: request.id, type: 'glyphs', missing })
    }
  } catch (err) {
    reply({ id: request.id, type: 'error', message: err instanceof Error ? err.message : String(err) })
  }
}
