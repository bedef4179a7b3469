// pdfmake 0.3 ships no types. We import its CommonJS modules directly (print/pdfmake/index.ts);
// these are the members we use.
declare module 'pdfmake/js/base.js' {
  export interface PdfmakeVirtualFs {
    existsSync(name: string): boolean
    readFileSync(name: string): unknown
    writeFileSync(name: string, content: Uint8Array): void
  }
  export interface PdfmakeOutputDocument {
    getBuffer(): Promise<Uint8Array>
    /** resolves to the pdfkit document the layout was rendered into (pdfmake's PDFDocument) */
    getStream(): Promise<object>
  }
  export interface PdfmakeInstance {
    virtualfs: PdfmakeVirtualFs
    setFonts(fonts: Record<string, Record<string, string>>): void
    createPdf(docDefinition: object, options?: object): PdfmakeOutputDocument
    setUrlAccessPolicy(callback: (url: string) => boolean): void
    setProgressCallback(callback: ((progress: number) => void) | undefined): void
    addTableLayouts(layouts: Record<string, object>): void
  }
  /** pdfmake's subclass of pdfkit's PDFDocument; only its prototype is used (engine.ts) */
  export type PdfmakePdfDocumentClass = { prototype: Record<string, unknown> }
  const base: unknown
  export default base
}
declare module 'pdfmake/js/OutputDocument.js' {
  const output: unknown
  export default output
}
declare module 'pdfmake/js/PDFDocument.js' {
  const pdfDocument: unknown
  export default pdfDocument
}

// The `events` npm package (Node's EventEmitter for the browser), imported as 'events/' so it is
// never mistaken for Node's module. Only the members stream.ts uses.
declare module 'events/' {
  export class EventEmitter {
    on(event: string | symbol, listener: (...args: never[]) => void): this
    once(event: string | symbol, listener: (...args: never[]) => void): this
    removeListener(event: string | symbol, listener: (...args: never[]) => void): this
    emit(event: string | symbol, ...args: unknown[]): boolean
    listenerCount(event: string | symbol): number
  }
}
