/**
 * people_list_ms: the home screen of the large village (10,000 villagers) is showing, the secretary
 * clicks 人员 in the menu; the wait ends when the first row of the villager table is painted
 * (timing.mjs: from the click's event.timeStamp to the first task after the animation frame that
 * follows the row's insertion, i.e. once that frame has been painted; Chromium's Element Timing
 * for the row's text is logged beside it). Median of 5, each on a new page in the same browser that
 * has just come up on the home screen and settled (idle).
 *
 * people_reload_ms: the same first row after a reload with 人员 open (navigation start → painted).
 *
 * XIANGYUE_BENCH_PROFILE=people: also records one click with Chromium's tracing (appPage.mjs
 * tracedClick): where the main thread's time went, the IndexedDB reads and the files fetched.
 */
import { openHome, tracedClick } from './appPage.mjs'
import { median, readWatch, settle, waitMs, watchClickToPaint, watchNavigationToPaint } from './timing.mjs'

// data-testid first; the class is Element Plus's own row class inside that table
export const FIRST_VILLAGER_ROW = '[data-testid="villager-table"] tbody tr.el-table__row, [data-testid="villager-row"]'
const RUNS = 5

async function clickPeople(page) {
  await watchClickToPaint(page, '__peopleList', FIRST_VILLAGER_ROW)
  await page.getByRole('menuitem', { name: '人员' }).click()
  const times = await readWatch(page, '__peopleList')
  return { ms: waitMs(times), times }
}

export const peopleList = {
  name: 'people list',
  async run({ context, base, log }) {
    const runs = []
    let reload
    for (let i = 0; i < RUNS; i++) {
      const page = await openHome(context, base)
      const { ms, times } = await clickPeople(page)
      runs.push(ms)
      log(
        `people list ${Math.round(ms)} ms (row inserted ${Math.round(times.insertedAt - times.clickAt)}, next frame ${Math.round(times.painted - times.clickAt)}, element timing ${times.elementPainted === undefined ? '—' : Math.round(times.elementPainted - times.clickAt)})`,
      )
      if (i === RUNS - 1) {
        // the page is on 人员 now: a reload lands there again
        await settle(page)
        await watchNavigationToPaint(page, '__peopleReload', FIRST_VILLAGER_ROW)
        await page.reload()
        const t = await readWatch(page, '__peopleReload')
        reload = t.painted
      }
      await page.close()
    }
    if (process.env.XIANGYUE_BENCH_PROFILE === 'people') {
      const click = (page) => page.getByRole('menuitem', { name: '人员' }).click()
      await tracedClick(context, base, { key: '__peopleList', selector: FIRST_VILLAGER_ROW, click, label: 'people-list', log })
    }
    return { people_list_ms: median(runs), people_list_runs_ms: runs.map((x) => Math.round(x * 10) / 10), people_reload_ms: reload }
  },
}
