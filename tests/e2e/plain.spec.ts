/**
 * Plain words (issue 16 item 6): no Latin identifiers on any screen. On a loaded sample village it
 * visits every area and the main dialogs, reads the text a person sees (visible text, placeholders,
 * tooltips' titles) and fails on Latin words outside the allow-list of renderer/src/help/latin.ts
 * (PDF, Excel, A4, an ID number's X, units). KNOWN lists what other areas still show, so a new word
 * fails at once while those are being fixed; remove a line when its screen is fixed.
 * Also: every area screenshotted in normal and 大字模式 (test-results/screens/plain-*.png).
 */
import { expect, test, type Page } from '@playwright/test'
import { latinWordsIn } from '../../renderer/src/help/latin'
import { completeSetup, shot } from './helpers'

/** Latin words still on other areas' screens (reported to their owners); keyed by screen. */
const KNOWN: Record<string, readonly string[]> = {}

async function loadSample(page: Page) {
  await page.getByRole('menuitem', { name: '设置' }).click()
  await page.getByRole('tab', { name: '示例数据' }).click()
  await page.getByTestId('sample-load').click()
  await page.getByRole('button', { name: '载入', exact: true }).click()
  await expect(page.getByTestId('sample-done')).toBeVisible({ timeout: 60_000 })
}

/**
 * What a person reads: the visible text and the placeholders and titles of visible elements.
 * Text inside [data-latin-ok] (a 防篡改校验码, which is a code to compare, not a word) is skipped.
 */
async function readableText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts: string[] = []
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement
      if (!parent || !node.textContent?.trim()) continue
      if (parent.closest('script, style, [data-latin-ok]')) continue
      if (!parent.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue
      parts.push(node.textContent)
    }
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('[placeholder], [title]'))) {
      if (!el.checkVisibility()) continue
      for (const attr of ['placeholder', 'title']) {
        const v = el.getAttribute(attr)
        if (v) parts.push(v)
      }
    }
    parts.push(document.title)
    return parts.join('\n')
  })
}

/**
 * Lines with a bracket in a bracket still written by other areas (reported): the sample loader's audit
 * summary (app/sample/loadSampleVillage.ts, from sampleSizes' label in sample/generateVillage.ts).
 */
const KNOWN_NESTED: readonly string[] = ['载入示例村数据（小（60户、200人），均标记为示例）']

/** What she types is Latin by nature: the search box's example of pinyin initials (王玉梅 → wym). */
const INPUT_EXAMPLES: ReadonlySet<string> = new Set(['wym'])

const found: Record<string, string[]> = {}

async function check(page: Page, screen: string) {
  // let lazy panels and tables settle
  await page.waitForLoadState('networkidle')
  await page.waitForTimeout(300)
  const text = await readableText(page)
  const words = [...new Set(latinWordsIn(text))].filter((w) => !INPUT_EXAMPLES.has(w))
  const unexpected = words.filter((w) => !(KNOWN[screen] ?? []).includes(w))
  if (words.length) found[screen] = words
  expect.soft(unexpected, `${screen} 页面上出现了英文或程序用语`).toEqual([])
  // no bracket inside a bracket (“示例村（大（3000户、10000人））”): each line read on its own
  const nested = text.split('\n').filter((line) => /（[^（）]*（/.test(line) && !KNOWN_NESTED.includes(line.trim()))
  if (nested.length) found[`${screen}（括号套括号）`] = nested
  expect.soft(nested, `${screen} 页面上有括号套括号`).toEqual([])
}

const AREAS = ['首页', '人员', '村规民约', '四议两公开', '违约处理', '公示公告', '导出与备份', '设置']

test('通俗用语：每个页面和主要对话框都没有英文或程序用语', async ({ page }) => {
  test.setTimeout(300_000)
  await completeSetup(page)
  await loadSample(page)

  for (const area of AREAS) {
    await page.getByRole('menuitem', { name: area }).click()
    await check(page, area)
  }

  // 设置: every tab
  await page.getByRole('menuitem', { name: '设置' }).click()
  for (const tab of await page.getByRole('tab').allInnerTexts()) {
    await page.getByRole('tab', { name: tab, exact: true }).click()
    await check(page, `设置/${tab}`)
  }
  await page.getByRole('tab', { name: '操作日志', exact: true }).click()
  await page.getByTestId('audit-verify').click()
  await expect(page.getByTestId('audit-result')).toBeVisible({ timeout: 60_000 })
  await check(page, '设置/操作日志/校验')

  // 人员: a villager's drawer and the add dialog
  await page.getByRole('menuitem', { name: '人员' }).click()
  const firstRow = page.locator('.el-table__body tr').first()
  if (await firstRow.isVisible().catch(() => false)) {
    await firstRow.click()
    await page.waitForTimeout(500)
    await check(page, '人员/村民详情')
    await page.keyboard.press('Escape')
  }

  // 公示公告: the new-notice editor
  await page.getByRole('menuitem', { name: '公示公告' }).click()
  await page.getByTestId('notice-new').click()
  await check(page, '公示公告/新建公示')

  // 违约处理 and 四议两公开: their list screens' main buttons open dialogs
  for (const [area, button] of [
    ['四议两公开', '新建事项'],
    ['违约处理', '新建案件'],
  ] as const) {
    await page.getByRole('menuitem', { name: area }).click()
    const open = page.getByRole('button', { name: button })
    if (
      await open
        .first()
        .isVisible()
        .catch(() => false)
    ) {
      await open.first().click()
      await page.waitForTimeout(400)
      await check(page, `${area}/${button}`)
      await page.keyboard.press('Escape')
    }
  }

  console.log(`LATIN-FOUND ${JSON.stringify(found)}`)

  // the check itself: a word shown is caught, the same word hidden or inside a check code is not
  await page.evaluate(() => {
    const add = (html: string) => document.body.insertAdjacentHTML('beforeend', html)
    add('<div id="probe-shown">数据库（IndexedDB）</div>')
    add('<div id="probe-hidden" style="display:none">notices</div>')
    add('<span id="probe-code" data-latin-ok>3F2A 9C1B</span>')
  })
  const probe = latinWordsIn(await readableText(page))
  expect(probe).toContain('IndexedDB')
  expect(probe).not.toContain('notices')
  expect(probe).not.toContain('F2A')
})

test('大字模式：每个页面正常和放大各截一张图，放大后页面不横向溢出', async ({ page }) => {
  test.setTimeout(300_000)
  await completeSetup(page)
  await loadSample(page)
  const overflow: Record<string, number> = {}
  for (const large of [false, true]) {
    if (large) {
      await page.getByRole('menuitem', { name: '设置' }).click()
      await page.getByRole('tab', { name: '使用说明与大字' }).click()
      await page.getByTestId('settings-large-type').click()
      await expect(page.locator('html')).toHaveClass(/xy-large/)
    }
    for (const [i, area] of AREAS.entries()) {
      await page.getByRole('menuitem', { name: area }).click()
      await page.waitForLoadState('networkidle')
      await shot(page, `plain-${large ? 'large' : 'normal'}-${i}-${area}`)
      const extra = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
      if (extra > 0) overflow[`${large ? '大字' : '正常'}/${area}`] = extra
    }
  }
  // a dialog and a dropdown in large type: enlarged too, and the dropdown under its field
  await page.getByRole('menuitem', { name: '四议两公开' }).click()
  await page.getByRole('button', { name: '新建事项' }).first().click()
  await expect(page.getByRole('dialog')).toBeVisible()
  await shot(page, 'plain-large-dialog-新建事项')
  await page.keyboard.press('Escape')
  await page.getByRole('menuitem', { name: '人员' }).click()
  const select = page.locator('.el-select').first()
  await select.click()
  const dropdown = page.locator('.el-select-dropdown:visible').first()
  await expect(dropdown).toBeVisible()
  const field = await select.boundingBox()
  const list = await dropdown.boundingBox()
  expect(field && list && Math.abs(list.y - (field.y + field.height)) < 40 && Math.abs(list.x - field.x) < 40).toBe(true)
  await shot(page, 'plain-large-dropdown-人员')
  await page.keyboard.press('Escape')

  // the choice is kept on this computer: a reload comes back in large type
  await page.reload()
  await expect(page.locator('html')).toHaveClass(/xy-large/)
  console.log(`OVERFLOW ${JSON.stringify(overflow)}`)
  expect(overflow).toEqual({})
})
