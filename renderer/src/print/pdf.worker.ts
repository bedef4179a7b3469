/**
 * PDF worker: pdfmake, fonts and layout run here so the window never freezes, even for a
 * 100-page ledger. Fonts are fetched and parsed once per worker (engine.ts); the PDF comes back
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
    const engine = await (await engineModule).getPdfEngine(fonts)
    if (request.type === 'render') {
      let last = -1
      const pdf = await engine.render(request.doc, {
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
      await engine.prepare(request.words)
      reply({ id: request.id, type: 'prepared' })
    } else {
      const missing = await engine.missingGlyphs(request.text, request.family, request.bold)
      reply({ id: request.id, type: 'glyphs', missing })
    }
  } catch (err) {
    reply({ id: request.id, type: 'error', message: err instanceof Error ? err.message : String(err) })
  }
}
