/**
 * Rendering in node (vitest, scripts): same engine as the worker, fonts read from node_modules.
 */
import { getPdfEngine, type PdfEngine, type RenderOptions } from './engine'
import { nodeFontSource } from './fonts.node'
import type { PrintDocument } from './pdf-types'

export function nodePdfEngine(): Promise<PdfEngine> {
  return getPdfEngine(nodeFontSource())
}

export async function renderPdfInNode(doc: PrintDocument, options?: RenderOptions): Promise<Uint8Array> {
  return (await nodePdfEngine()).render(doc, options)
}
