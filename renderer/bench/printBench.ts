/**
 * Print benchmark page (built only for `npm run bench`, never shipped): times the real PDF path —
 * the Web Worker, font loading, pdfmake — in Chromium, on a fresh page so the first notice is cold.
 * Results land in window.__printBench for scripts/bench.mjs to read.
 *
 * - notice_pdf_cold_ms: the first notice on this page (worker start, engine and fonts included);
 *   notice_pdf_warm_ms: the median of the next seven.
 * - ledger_100p_pdf_ms: our 100-page ledger (2,400 rows) through the worker, and
 *   ledger_100p_stock_pdfmake_ms: its peer, the same rows as a plain pdfmake table with the full
 *   fonts (stockPdfmake.ts). Both warm: each after one warm-up render of its own, then timed in
 *   turn (ours, stock, ours, stock …) so a burst of load on the machine hits both; median of 3.
 */
import { benchVillage, median, publishBench } from './page'
import { buildLedgerDoc } from '@/print/ledger'
import { buildNoticeDoc } from '@/print/notices'
import { renderPdf } from '@/print/render'
import type { NoticeContent } from '@/domain/notices/model'
import type { LedgerRow } from './stockPdfmake'

function notice(i: number): NoticeContent {
  return {
    kind: '名单公示',
    title: `关于2026年度第${i + 1}批困难家庭临时救助对象的公示`,
    body: [
      '根据《村民委员会组织法》和本村村规民约，经村民代表会议讨论通过，现将拟救助对象名单公示如下：',
      { kind: 'heading', level: 1, text: '一、救助对象' },
    ],
    attachedList: {
      columns: [
        { key: 'name', header: '姓名', field: 'name' },
        { key: 'id', header: '身份证号', field: 'idNumber', width: 150 },
        { key: 'group', header: '村民小组', field: 'group' },
      ],
      rows: Array.from({ length: 12 }, (_, r) => ({ name: `王堃${r}`, id: '11010519491231002X', group: '第一村民小组' })),
    },
    period: { start: '2026-11-02', days: 7, unit: 'calendar' },
    objectionChannel: { phone: benchVillage.supervisionPhone, supervisionBody: '村务监督委员会' },
    issuer: benchVillage.committeeName,
    dateSigned: '2026-11-02',
    sealed: true,
  }
}

const LEDGER_TITLE = '四议两公开台账'
const LEDGER_SUBTITLE = '示例村村民委员会 2026年度'
const LEDGER_RUNS = 3

function ledgerRows(pages: number): LedgerRow[] {
  // about 24 rows fit a landscape page at 10.5 pt
  return Array.from({ length: pages * 24 }, (_, i) => ({
    no: String(i + 1),
    date: `2026-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
    name: ['王炎明', '李秀英', '张堃', '赵琇'][i % 4]!,
    matter: '关于村集体经营性资产出租方案的决议（第二次审议）',
    result: i % 5 === 0 ? '未通过' : '通过',
  }))
}

function ledger(rows: readonly LedgerRow[]) {
  return buildLedgerDoc({
    title: LEDGER_TITLE,
    subtitle: LEDGER_SUBTITLE,
    columns: [
      { key: 'no', header: '序号', width: 40 },
      { key: 'date', header: '日期', width: 80 },
      { key: 'name', header: '经办人', width: 70 },
      { key: 'matter', header: '事项' },
      { key: 'result', header: '结果', width: 60 },
    ],
    rows,
    orientation: 'landscape',
  })
}

async function time(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now()
  await fn()
  return performance.now() - t0
}

/** Ours against the stock pdfmake peer, both warm, in turn (see the header). */
async function ledgers() {
  const rows = ledgerRows(100)
  const { renderStockLedger } = await import('./stockPdfmake')
  let ourBytes = 0
  let stock = { bytes: 0, pages: 0 }
  const ours = async () => {
    ourBytes = (await renderPdf(ledger(rows))).byteLength
  }
  const peer = async () => {
    stock = await renderStockLedger(LEDGER_TITLE, LEDGER_SUBTITLE, rows)
  }
  const oursColdMs = await time(ours)
  const stockColdMs = await time(peer)
  const oursMs: number[] = []
  const stockMs: number[] = []
  for (let i = 0; i < LEDGER_RUNS; i++) {
    oursMs.push(await time(ours))
    stockMs.push(await time(peer))
  }
  return {
    ledger_100p_pdf_ms: median(oursMs),
    ledger_100p_pdf_first_ms: oursColdMs,
    ledger_100p_pdf_bytes: ourBytes,
    ledger_100p_stock_pdfmake_ms: median(stockMs),
    ledger_100p_stock_pdfmake_first_ms: stockColdMs,
    ledger_100p_stock_pdfmake_bytes: stock.bytes,
    ledger_100p_stock_pdfmake_pages: stock.pages,
  }
}

async function run() {
  const cold = await time(() => renderPdf(() => buildNoticeDoc(notice(0), benchVillage)))
  const warm: number[] = []
  for (let i = 1; i <= 7; i++) warm.push(await time(() => renderPdf(() => buildNoticeDoc(notice(i), benchVillage))))
  return {
    notice_pdf_cold_ms: cold,
    notice_pdf_warm_ms: median(warm),
    ...(await ledgers()),
  }
}

publishBench('__printBench', run)
