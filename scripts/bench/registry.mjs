/**
 * The bench's budgets, each declared once. A figure is a number some bench area measures
 * (scripts/bench/areas.mjs); a ratio divides a figure by its floor or peer measured in the same run,
 * so the noise of this shared machine mostly cancels. Every budget reads "value ≤ budget".
 *
 * To add a figure (backup_ms, restore_ms, meeting_roster_10000_ms, suspensions_on_ms …): measure it
 * in an area, then add one line below. `npm run bench` then prints it under `budgets` as
 * { value, budget, ok }; a declared figure the run did not produce is printed with value null and
 * ok false, so a bench area that silently stopped measuring is noticed.
 *
 *   evaluateBudgets(figures) → { ratios: { name: number }, budgets: { name: { value, budget, ok } } }
 *   withBudgets(figures)     → figures with the ratios added and a `budgets` object last
 */

/**
 * @typedef {{ name: string, budget: number, why: string }} AbsoluteBudget  a person's wait, in ms
 * @typedef {{ name: string, budget: number, ratio: readonly [string, string], why: string }} RatioBudget
 *   name = ratio[0] / ratio[1], both measured in the same run
 */

/** @type {readonly (AbsoluteBudget | RatioBudget)[]} */
export const BUDGETS = [
  { name: 'startup_ratio', ratio: ['startup_ms', 'blank_page_ms'], budget: 3, why: '首页可用 vs 同一浏览器载入空白页（issue 10）' },
  {
    name: 'ledger_ratio',
    ratio: ['ledger_100p_pdf_ms', 'ledger_100p_stock_pdfmake_ms'],
    budget: 1,
    why: '100页台账 vs 原版 pdfmake 全字库普通表格（issue 10）',
  },
  {
    name: 'import_ratio',
    ratio: ['xlsx_import_10000_ms', 'idb_floor_10000_ms'],
    budget: 2.5,
    why: '导入1万人 vs 裸 Dexie bulkAdd（issue 10）',
  },
  { name: 'people_list_ms', budget: 300, why: '首页点“人员”到第一行画出（issue 10）' },
  { name: 'notice_first_preview_ms', budget: 400, why: '打开公示公告后第一次预览的等待（issue 10 第5项）' },
  { name: 'notice_pdf_warm_ms', budget: 60, why: '再次生成一份公示PDF（issue 4）' },
  { name: 'search_p95_ms', budget: 16, why: '边输边搜每次按键（issue 3）' },
  { name: 'meeting_roster_10000_ms', budget: 50, why: '大村村民会议名单（会议当日）并计算表决（issue 12）' },
  { name: 'compact_review_ms', budget: 16, why: '村规民约合法性审查，每次按键最坏情况（issue 13）' },
  { name: 'compact_pdf_ms', budget: 300, why: '打印村规民约全文，热启动（issue 13）' },
  { name: 'suspensions_on_ms', budget: 20, why: '某日暂停享受名册，全部案件（issue 14）' },
  { name: 'matters_list_ms', budget: 300, why: '首页点“四议两公开”到第一行画出，500件事项（issue 12）' },
  { name: 'register_form_pdf_ms', budget: 150, why: '四议两公开决策实施登记表PDF，热启动（issue 12）' },
  { name: 'cases_list_ms', budget: 300, why: '点“违约处理”到第一行画出（issue 14）' },
  { name: 'matters_filter_ms', budget: 100, why: '边输边筛，每次按键（issue 16 第9项）：四议两公开事项列表，约500件' },
  { name: 'cases_filter_ms', budget: 100, why: '边输边筛，每次按键（issue 16 第9项）：违约案件列表，约1000件' },
  { name: 'backup_ms', budget: 10_000, why: '大村与一年的公示及其PDF：立即备份（issue 11）' },
  { name: 'restore_ms', budget: 15_000, why: '同一备份文件：核对并恢复全部数据（issue 11）' },
  { name: 'bundle_export_ms', budget: 5_000, why: '导出大村一年的报送包（含PDF）与报送函（issue 15，renderer/bench/backupBench.ts）' },
  { name: 'bundle_verify_ms', budget: 500, why: '校验一个报送包：大村一年，1万人与120份PDF（issue 15，renderer/bench/townshipBench.ts）' },
  { name: 'township_import_30_ms', budget: 20_000, why: '乡镇汇总导入30个村的报送包：逐个校验、写入（issue 15）' },
]

const isRatio = (b) => 'ratio' in b
const finite = (x) => typeof x === 'number' && Number.isFinite(x)

/**
 * @param {Record<string, unknown>} figures
 * @param {readonly (AbsoluteBudget | RatioBudget)[]} [budgets]
 */
export function evaluateBudgets(figures, budgets = BUDGETS) {
  const ratios = {}
  const result = {}
  for (const b of budgets) {
    let value = null
    if (isRatio(b)) {
      const [top, bottom] = b.ratio.map((name) => figures[name])
      if (finite(top) && finite(bottom) && bottom > 0) value = top / bottom
      if (value !== null) ratios[b.name] = value
    } else if (finite(figures[b.name])) {
      value = figures[b.name]
    }
    result[b.name] = { value, budget: b.budget, ok: value !== null && value <= b.budget }
  }
  return { ratios, budgets: result }
}

/** Figures plus their ratios, with `budgets` last (rounded for reading: ms to 0.1, ratios to 0.01). */
export function withBudgets(figures, budgets = BUDGETS) {
  const { ratios, budgets: checked } = evaluateBudgets(figures, budgets)
  const r2 = (x) => (x === null ? null : Math.round(x * 100) / 100)
  const out = { ...figures }
  for (const [name, value] of Object.entries(ratios)) out[name] = r2(value)
  out.budgets = Object.fromEntries(Object.entries(checked).map(([name, c]) => [name, { ...c, value: r2(c.value) }]))
  return out
}
