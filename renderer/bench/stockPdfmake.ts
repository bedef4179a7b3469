/**
 * The peer of our 100-page ledger (`ledger_100p_stock_pdfmake_ms`): the same rows as a plain
 * pdfmake table, printed the way a meeting system built on pdfmake prints — the package's own
 * prebuilt browser file (pdfmake/build/pdfmake.min.js), the whole Noto Serif/Sans SC TTFs in its
 * virtual file system, a header row repeated on every page and a page-number footer, called on the
 * window's thread through the public API (addVirtualFileSystem, addFonts, createPdf → getBuffer).
 * No 禁则 line breaking, no masking, no font subsets, no shared parsed fonts.
 *
 * Loaded by printBench.ts only after the notice figures are taken, so evaluating the ~1 MB file
 * never competes with the cold notice.
 */
import { FULL_FONT_URLS } from 'virtual:print-fonts'
import pdfMakeModule from 'pdfmake/build/pdfmake.min.js'

// a type, not an interface: the ledger builder takes rows as string records
export type LedgerRow = { no: string; date: string; name: string; matter: string; result: string }

interface StockPdfmake {
  addVirtualFileSystem(vfs: Record<string, { data: Uint8Array }>): void
  addFonts(fonts: Record<string, Record<string, string>>): void
  createPdf(doc: object): { getBuffer(): Promise<Uint8Array> }
}

const pdfMake = ((pdfMakeModule as { default?: unknown }).default ?? pdfMakeModule) as StockPdfmake

const FILES = {
  'NotoSerifSC-Regular.ttf': FULL_FONT_URLS['NotoSerifSC-Regular'],
  'NotoSerifSC-Bold.ttf': FULL_FONT_URLS['NotoSerifSC-Bold'],
  'NotoSansSC-Regular.ttf': FULL_FONT_URLS['NotoSansSC-Regular'],
  'NotoSansSC-Bold.ttf': FULL_FONT_URLS['NotoSansSC-Bold'],
}

let fontsLoaded: Promise<void> | undefined

/** Fetches the four full TTFs into pdfmake's virtual file system (once). */
export function loadStockFonts(): Promise<void> {
  return (fontsLoaded ??= (async () => {
    const vfs: Record<string, { data: Uint8Array }> = {}
    for (const [file, url] of Object.entries(FILES)) {
      const response = await fetch(url)
      if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`)
      vfs[file] = { data: new Uint8Array(await response.arrayBuffer()) }
    }
    pdfMake.addVirtualFileSystem(vfs)
    const family = (regular: string, bold: string) => ({ normal: regular, bold, italics: regular, bolditalics: bold })
    pdfMake.addFonts({
      NotoSerifSC: family('NotoSerifSC-Regular.ttf', 'NotoSerifSC-Bold.ttf'),
      NotoSansSC: family('NotoSansSC-Regular.ttf', 'NotoSansSC-Bold.ttf'),
    })
  })())
}

/**
 * The ledger as a meeting system would write it for pdfmake: 20 mm margins, 10.5 pt, landscape A4,
 * pdfmake's default table layout and line height (about 24 rows a page, as ours).
 */
function stockLedgerDoc(title: string, subtitle: string, rows: readonly LedgerRow[], pages: { count: number }): object {
  const margin = 56.69 // 20 mm
  const header = ['序号', '日期', '经办人', '事项', '结果'].map((text) => ({ text, font: 'NotoSansSC', bold: true }))
  return {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [margin, margin, margin, margin],
    defaultStyle: { font: 'NotoSerifSC', fontSize: 10.5 },
    info: { title },
    footer: (currentPage: number, pageCount: number) => {
      pages.count = pageCount
      return { text: `第 ${currentPage} 页 共 ${pageCount} 页`, alignment: 'center', fontSize: 10.5, margin: [margin, 17, margin, 0] }
    },
    content: [
      { text: title, fontSize: 18, bold: true, alignment: 'center', margin: [0, 0, 0, 4] },
      { text: subtitle, alignment: 'center', margin: [0, 0, 0, 8] },
      {
        table: {
          headerRows: 1,
          dontBreakRows: true,
          widths: [40, 80, 70, '*', 60],
          body: [header, ...rows.map((r) => [r.no, r.date, r.name, r.matter, r.result])],
        },
      },
    ],
  }
}

/** One render of the stock ledger → its bytes and page count. */
export async function renderStockLedger(
  title: string,
  subtitle: string,
  rows: readonly LedgerRow[],
): Promise<{ bytes: number; pages: number }> {
  await loadStockFonts()
  const pages = { count: 0 }
  const pdf = await pdfMake.createPdf(stockLedgerDoc(title, subtitle, rows, pages)).getBuffer()
  return { bytes: pdf.byteLength, pages: pages.count }
}
