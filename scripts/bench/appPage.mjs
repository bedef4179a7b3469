/**
 * What the click-to-paint benches share (cases-list.mjs, decisions.mjs):
 *   openHome(context, base) → a new page on the app's home screen, its ready mark set and the page settled;
 *   storedCount(page, store) → how many rows the app's own database holds in `store` (bare IndexedDB
 *     API; 0 when the store does not exist), so a bench can say it had too few records to measure.
 */
import { settle } from './timing.mjs'

export async function openHome(context, base) {
  const page = await context.newPage()
  await page.goto(base)
  await page.waitForFunction(() => performance.getEntriesByName('xiangyue:home-interactive').length > 0, null, { timeout: 60_000 })
  await page.getByTestId('home-counts').waitFor()
  await settle(page)
  return page
}

export function storedCount(page, store) {
  return page.evaluate(async (name) => {
    const db = await new Promise((resolve, reject) => {
      const open = indexedDB.open('xiangyue')
      open.onsuccess = () => resolve(open.result)
      open.onerror = () => reject(open.error)
    })
    try {
      if (!db.objectStoreNames.contains(name)) return 0
      return await new Promise((resolve, reject) => {
        const req = db.transaction(name).objectStore(name).count()
        req.onsuccess = () => resolve(req.result)
        req.onerror = () => reject(req.error)
      })
    } finally {
      db.close()
    }
  }, store)
}
