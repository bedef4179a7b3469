// pdfmake 0.3 ships no types. In node `pdfmake` is js/index.js (server build); under Vite it
// resolves the package's "browser" field, build/pdfmake.js. Both export one pdfmake instance
// with the members below (setLocalAccessPolicy exists on the server build only).
declare module 'pdfmake' {
  interface PdfmakeVirtualFs {
    existsSync(name: string): boolean
    readFileSync(name: string): unknown
    writeFileSync(name: string, content: Uint8Array): void
  }
  interface PdfmakeOutputDocument {
    getBuffer(): Promise<Uint8Array>
    /** resolves to the pdfkit document the layout was rendered into (pdfmake's PDFDocument) */
    getStream(): Promise<object>
  }
  interface PdfmakeInstance {
    virtualfs: PdfmakeVirtualFs
    setFonts(fonts: Record<string, Record<string, string>>): void
    createPdf(docDefinition: object, options?: object): PdfmakeOutputDocument
    setUrlAccessPolicy(callback: (url: string) => boolean): void
    setLocalAccessPolicy?: (callback: (path: string) => boolean) => void
    setProgressCallback(callback: ((progress: number) => void) | undefined): void
    addTableLayouts(layouts: Record<string, object>): void
  }
  const pdfmake: PdfmakeInstance
  export default pdfmake
}
