/**
 * Benchmarks of the feature areas, run by scripts/bench.mjs after the large village is seeded.
 * Each entry: { name, run({ context, base, printBase, page, log }) → Promise<Record<string, number>> }.
 * Every figure is measured in the real app (or, for printing, the real worker) in Chromium.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildRosterFile } from './roster-file.mjs'

const percentile = (sorted, p) => sorted[Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length))) - 1]

/** Search as you type over the 10,000 seeded villagers: one measure per keystroke. */
const peopleSearch = {
  name: 'people search',
  async run({ page, base }) {
    await page.goto(`${base}#/people`)
    await page.getByTestId('villager-count').waitFor()
    await page.waitForFunction(() => performance.getEntriesByName('xiangyue:search-index').length > 0, null, { timeout: 30_000 })
    const indexMs = await page.evaluate(() => performance.getEntriesByName('xiangyue:search-index')[0].duration)
    await page.evaluate(() => performance.clearMeasures('xiangyue:search'))
    const search = page.getByTestId('people-search')
    const queries = ['wym', 'wangyanming', '王秀', '李', 'zhangwei', 'lxy', 'chen', '0131', '5678', '0012', '堃', 'liu', 'zh', 'xiuying']
    for (const q of queries) {
      await search.fill('')
      await search.pressSequentially(q)
    }
    const times = await page.evaluate(() => performance.getEntriesByName('xiangyue:search').map((m) => m.duration))
    const sorted = times.filter((t, i) => i > 0 || t > 0).sort((a, b) => a - b)
    return {
      search_p50_ms: percentile(sorted, 50),
      search_p95_ms: percentile(sorted, 95),
      search_keystrokes: sorted.length,
      search_index_build_ms: indexMs,
    }
  },
}

/** Import of a 10,000-row roster through the UI: parse + validate (worker) + write (one transaction). */
const rosterImport = {
  name: 'roster import',
  async run({ page, base, log }) {
    const path = join(mkdtempSync(join(tmpdir(), 'xiangyue-roster-')), 'roster-10000.xlsx')
    await buildRosterFile(path, 10_000)
    await page.goto(`${base}#/people?tab=exchange`)
    await page.getByTestId('roster-choose').waitFor()
    const chooser = page.waitForEvent('filechooser')
    await page.getByTestId('roster-choose').click()
    await (await chooser).setFiles(path)
    await page.getByTestId('roster-summary').waitFor({ timeout: 120_000 })
    const summary = await page.getByTestId('roster-summary').innerText()
    if (!summary.includes('全部可以导入')) throw new Error(`基准花名册未通过检查：${summary}`)
    await page.getByTestId('roster-confirm').click()
    await page.getByText('导入完成').waitFor({ timeout: 120_000 })
    const [preview, write] = await page.evaluate(() =>
      ['xiangyue:roster-preview', 'xiangyue:roster-write'].map((n) => performance.getEntriesByName(n)[0].duration),
    )
    log(`roster preview ${Math.round(preview)} ms, write ${Math.round(write)} ms`)
    return { xlsx_import_10000_ms: preview + write, xlsx_parse_validate_10000_ms: preview, xlsx_write_10000_ms: write }
  },
}

/** PDF rendering through the worker on a fresh page: first notice (fonts included), warm notice, 100-page ledger. */
const printing = {
  name: 'printing',
  async run({ context, printBase }) {
    const page = await context.newPage()
    await page.goto(`${printBase}bench/print.html`)
    await page.waitForFunction(() => window.__printBench !== undefined, null, { timeout: 120_000 })
    const result = await page.evaluate(() => window.__printBench)
    await page.close()
    if ('error' in result) throw new Error(`打印基准失败：${result.error}`)
    return result
  },
}

export const areaBenchmarks = [peopleSearch, rosterImport, printing]
