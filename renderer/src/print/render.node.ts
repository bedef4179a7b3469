/**
 * Rendering in node (vitest, scripts): same engine as the worker, fonts read from node_modules.
 * One engine per module registry (vitest: per test file), made on first use; a test that needs an
 * engine of its own calls createPdfEngine.
 */
import { createPdfEngine, type PdfEngine, type RenderOptions } from './engine'
import { nodeFontSource } from './fonts.node'
import type { PrintDocument } from './pdf-types'

let engine: PdfEngine | undefined

export function nodePdfEngine(): PdfEngine {
  return (engine ??= createPdfEngine(nodeFontSource()))
}

export function renderPdfInNode(doc: PrintDocument, options?: RenderOptions): Promise<Uint8Array> {
  return nodePdfEngine().render(doc, options)
}
