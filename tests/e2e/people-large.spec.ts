/**
 * 人员 in 大字模式 (issue 16 item 9): on the sample village, every tab of 人员 in normal and large
 * type, screenshotted (test-results/screens/people-large-*.png), and nothing of a filter or tool row
 * cut off: each control lies inside its row and inside the card, and each is visible.
 * Also the 打印名册 dialog and a household drawer in large type (item 2 and item 1 screens).
 */
import { expect, test, type Page } from '@playwright/test'
import { completeSetup, shot } from './helpers'

const TABS = ['村民', '户', '网格', '中共党员·代表·两委·监委会', '村民会议到会资格'] as const

async function loadSample(page: Page) {
  await page.getByRole('menuitem', { name: '设置' }).click()
  await page.getByRole('tab', { name: '示例数据' }).click()
  await page.getByTestId('sample-size-small').click()
  await page.getByTestId('sample-load').click()
  await page.getByRole('button', { name: '载入', exact: true }).click()
  await expect(page.getByTestId('sample-done')).toBeVisible({ timeout: 60_000 })
}

/** Controls of the tab's tool rows that stick out of their row or of the card (clipped = cut off). */
async function cutOff(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = []
    const pane = document.querySelector<HTMLElement>('.el-tab-pane:not([style*="display: none"])')
    const card = pane?.closest<HTMLElement>('.el-card')
    if (!pane || !card) return ['找不到当前标签页']
    const cardBox = card.getBoundingClientRect()
    for (const row of Array.from(pane.querySelectorAll<HTMLElement>('.filters, .toolbar, .head, .actions'))) {
      if (!row.checkVisibility()) continue
      const rowBox = row.getBoundingClientRect()
      for (const child of Array.from(row.children) as HTMLElement[]) {
        if (!child.checkVisibility()) continue
        const box = child.getBoundingClientRect()
        const name = (child.textContent?.trim() || child.querySelector('input')?.placeholder || child.className).slice(0, 20)
        if (box.right > rowBox.right + 1 || box.right > cardBox.right + 1)
          out.push(`${name}：右边超出 ${Math.round(box.right - Math.min(rowBox.right, cardBox.right))}px`)
        if (box.width < 20) out.push(`${name}：被挤得只剩 ${Math.round(box.width)}px`)
      }
      // text cut short (“全部村民…”) or squeezed onto two lines (“共 194 / 人”)
      for (const el of Array.from(row.querySelectorAll<HTMLElement>('*'))) {
        const own = Array.from(el.childNodes).find((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim())
        if (!own || !el.checkVisibility()) continue
        const text = own.textContent!.trim().slice(0, 20)
        // the box that clips it may be the text's own element or the one around it (a select's placeholder)
        const clipped = [el, el.parentElement].some(
          (box) => box && box.scrollWidth > box.clientWidth + 1 && getComputedStyle(box).overflowX !== 'visible',
        )
        if (clipped) out.push(`${text}：文字被截断`)
        const range = document.createRange()
        range.selectNodeContents(own)
        const tops = new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top)))
        if (tops.size > 1 && text.length <= 12) out.push(`${text}：被挤成 ${tops.size} 行`)
      }
    }
    return out
  })
}

test('人员的每个标签页在正常和大字模式下都不被截断（筛选栏换行），并各截一张图', async ({ page }) => {
  test.setTimeout(240_000)
  const pageErrors: string[] = []
  page.on('pageerror', (e) => pageErrors.push(e.message))
  await completeSetup(page)
  await loadSample(page)
  const problems: Record<string, string[]> = {}
  for (const large of [false, true]) {
    if (large !== (await page.locator('html.xy-large').count()) > 0) await page.getByTestId('large-type-switch').click()
    await expect(page.locator('html')).toHaveClass(large ? /xy-large/ : /^(?!.*xy-large)/)
    await page.getByRole('menuitem', { name: '人员' }).click()
    for (const [i, tab] of TABS.entries()) {
      await page.getByRole('tab', { name: tab, exact: true }).click()
      await page.waitForTimeout(300)
      const found = await cutOff(page)
      if (found.length) problems[`${large ? '大字' : '正常'}/${tab}`] = found
      await shot(page, `people-large-${i}-${tab}${large ? '-large' : ''}`)
    }
    // the 村民 filter row: every filter, the count and 登记村民 are on screen, nothing hidden under the card's edge
    await page.getByRole('tab', { name: '村民', exact: true }).click()
    await expect(page.getByTestId('villager-count')).toBeInViewport()
    await expect(page.getByTestId('add-villager-open')).toBeInViewport()
    await expect(page.getByTestId('filter-status')).toBeInViewport()
    // a household drawer and the print dialog (people on paper)
    await page.getByRole('tab', { name: '户', exact: true }).click()
    await page.getByTestId('household-table').locator('tbody tr').first().click()
    await expect(page.getByTestId('correct-householdNo')).toBeVisible()
    await shot(page, `people-large-drawer${large ? '-large' : ''}`)
    await page.keyboard.press('Escape')
    await page.getByTestId('people-print-open').click()
    await expect(page.getByTestId('people-print-dialog').getByTestId('pdf-preview')).toBeVisible({ timeout: 30_000 })
    await shot(page, `people-large-print${large ? '-large' : ''}`)
    await page.keyboard.press('Escape')
  }
  expect(problems).toEqual({})
  expect(pageErrors).toEqual([])
})
