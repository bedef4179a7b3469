/**
 * Benchmarks of the feature areas, run by scripts/bench.mjs after the large village is seeded, in
 * this order (the roster import adds 10,000 people, so what times the large village comes first).
 * Each entry: { name, run({ context, base, printBase, page, log }) → Promise<Record<string, number>> }.
 * Every figure is measured in the real app (or, for printing, the real worker) in Chromium; a
 * figure with a budget is declared once in registry.mjs.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { noticeFirstPreview } from './notice-preview.mjs'
import { peopleList } from './people-list.mjs'
import { casesList } from './cases-list.mjs'
import { decisions } from './decisions.mjs'
import { buildRosterFile } from './roster-file.mjs'
import { median } from './timing.mjs'

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

/**
 * The rows the import just wrote, read back from the app's own database with the bare IndexedDB
 * API (the households whose 户号 the bench file gave, B00001…, and their members).
 */
function importedRows(page) {
  return page.evaluate(async () => {
    const db = await new Promise((resolve, reject) => {
      const open = indexedDB.open('xiangyue')
      open.onsuccess = () => resolve(open.result)
      open.onerror = () => reject(open.error)
    })
    const all = (store) =>
      new Promise((resolve, reject) => {
        const req = db.transaction(store).objectStore(store).getAll()
        req.onsuccess = () => resolve(req.result)
        req.onerror = () => reject(req.error)
      })
    const households = (await all('households')).filter((h) => /^B\d{5}$/.test(h.householdNo))
    const ids = new Set(households.map((h) => h.id))
    const villagers = (await all('villagers')).filter((v) => ids.has(v.householdId))
    db.close()
    return { households, villagers }
  })
}

/** idb_floor_10000_ms: those rows bulkAdd-ed into a bare Dexie database (renderer/bench/idbFloor.ts), median of 3. */
async function idbFloor(context, printBase, rows, log) {
  // the app's database has just taken 25,000 rows: let IndexedDB's backend finish with them
  // (LevelDB flushes and compacts in the background) so the floor does not pay for the import
  await new Promise((resolve) => setTimeout(resolve, 3000))
  const page = await context.newPage()
  await page.goto(`${printBase}bench/idb.html`)
  await page.waitForFunction(() => typeof window.__idbFloor === 'function')
  const runs = await page.evaluate((rows) => window.__idbFloor(rows, 3), rows)
  await page.close()
  log(`idb floor ${runs.map(Math.round).join(', ')} ms for ${rows.households.length} households + ${rows.villagers.length} villagers`)
  return median(runs)
}

/**
 * Import of a 10,000-row roster through the UI: parse + validate (worker) + write (one transaction),
 * then its floor: the same rows written by a bare bulkAdd.
 */
const rosterImport = {
  name: 'roster import',
  async run({ context, page, base, printBase, log }) {
    const dir = mkdtempSync(join(tmpdir(), 'xiangyue-roster-'))
    const path = join(dir, 'roster-10000.xlsx')
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
    const outcome = page.getByText(/导入完成|导入失败/)
    await outcome.first().waitFor({ timeout: 120_000 })
    const said = await outcome.first().innerText()
    rmSync(dir, { recursive: true, force: true }) // the browser reads a chosen file lazily: only now
    if (!said.includes('导入完成')) throw new Error(`基准花名册导入失败：${said}`)
    const [preview, write] = await page.evaluate(() =>
      ['xiangyue:roster-preview', 'xiangyue:roster-write'].map((n) => performance.getEntriesByName(n)[0].duration),
    )
    log(`roster preview ${Math.round(preview)} ms, write ${Math.round(write)} ms`)
    const rows = await importedRows(page)
    if (rows.villagers.length !== 10_000) throw new Error(`导入后读回 ${rows.villagers.length} 人，应为 10,000 人`)
    return {
      xlsx_import_10000_ms: preview + write,
      xlsx_parse_validate_10000_ms: preview,
      xlsx_write_10000_ms: write,
      idb_floor_10000_ms: await idbFloor(context, printBase, rows, log),
    }
  },
}

/**
 * PDF rendering through the worker on a fresh page (renderer/bench/printBench.ts): first notice
 * (fonts included), warm notice, and the 100-page ledger warm beside its stock pdfmake peer.
 */
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

/**
 * The core domains on the large village, on a page of their own (renderer/bench/coreBench.ts): the
 * 村民会议 roster + vote, the sanctions register, the compact review per keystroke, the compact PDF.
 */
const core = {
  name: 'core',
  async run({ context, printBase }) {
    const page = await context.newPage()
    await page.goto(`${printBase}bench/core.html`)
    await page.waitForFunction(() => window.__coreBench !== undefined, null, { timeout: 180_000 })
    const result = await page.evaluate(() => window.__coreBench)
    await page.close()
    if ('error' in result) throw new Error(`核心领域基准失败：${result.error}`)
    return result
  },
}

/**
 * Backup and restore in Chromium's IndexedDB, on a database of their own holding the large village and
 * a year of notices with their PDFs (renderer/bench/backupBench.ts).
 */
const backup = {
  name: 'backup',
  async run({ context, printBase }) {
    const page = await context.newPage()
    await page.goto(`${printBase}bench/backup.html`)
    await page.waitForFunction(() => window.__backupBench !== undefined, null, { timeout: 600_000 })
    const result = await page.evaluate(() => window.__backupBench)
    await page.close()
    if ('error' in result) throw new Error(`备份基准失败：${result.error}`)
    return result
  },
}

/** 乡镇汇总: verifying one bundle and 30, and importing 30 villages (renderer/bench/townshipBench.ts). */
const township = {
  name: 'township',
  async run({ context, printBase }) {
    const page = await context.newPage()
    await page.goto(`${printBase}bench/township.html`)
    await page.waitForFunction(() => window.__townshipBench !== undefined, null, { timeout: 600_000 })
    const result = await page.evaluate(() => window.__townshipBench)
    await page.close()
    if ('error' in result) throw new Error(`乡镇汇总基准失败：${result.error}`)
    return result
  },
}

export const areaBenchmarks = [
  peopleList,
  casesList,
  peopleSearch,
  noticeFirstPreview,
  decisions,
  rosterImport,
  printing,
  core,
  backup,
  township,
]
