import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { completeSetup, shot, shotDir } from './helpers'

const dir = 'test-results/files'
mkdirSync(dir, { recursive: true })

/** A date n days before today in Beijing time, as 'YYYY-MM-DD' (the browser runs in Asia/Shanghai). */
function daysAgo(n: number): string {
  const d = new Date(Date.now() + 8 * 3600_000 - n * 86_400_000)
  return d.toISOString().slice(0, 10)
}
const chinese = (iso: string) => `${Number(iso.slice(0, 4))}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`

async function loadSample(page: Page) {
  await page.getByRole('menuitem', { name: '设置' }).click()
  await page.getByRole('tab', { name: '示例数据' }).click()
  await page.getByTestId('sample-load').click()
  await page.getByRole('button', { name: '载入', exact: true }).click()
  await expect(page.getByTestId('sample-done')).toBeVisible()
}

async function setDate(page: Page, testId: string, iso: string) {
  const input = page.getByTestId(testId).locator('input')
  await input.fill(iso)
  await input.press('Enter')
}

test('公示：带名单拟稿、预览、签发、张贴、异议与答复、期满、归档；打印件遮蔽号码', async ({ page }) => {
  await completeSetup(page)
  await loadSample(page)

  const start = daysAgo(12)
  await page.getByRole('menuitem', { name: '公示公告' }).click()
  await page.getByTestId('notice-new').click()
  await page.getByTestId('notice-title').fill('关于2026年度困难家庭临时救助拟救助对象的公示')
  await page
    .getByTestId('notice-body')
    .fill(
      '根据《村民委员会组织法》和本村村规民约，经村民代表会议讨论通过，现将2026年度困难家庭临时救助拟救助对象名单公示如下：\n一、救助对象\n名单见下表。公示期间如有异议，请向村务监督委员会反映。',
    )
  // Two people from the register, found by pinyin.
  const search = page.getByTestId('people-search')
  for (const q of ['wang', 'li']) {
    await search.fill(q)
    await expect(page.getByTestId('people-search-results')).toBeVisible()
    // Enter takes the match chosen with the arrow keys (never a guess)
    await search.press('ArrowDown')
    await search.press('Enter')
  }
  await expect(page.getByTestId('notice-list').locator('tbody tr')).toHaveCount(2)
  await setDate(page, 'notice-date-signed', start)
  await setDate(page, 'notice-start', start)
  await expect(page.getByTestId('notice-period-end')).toContainText(`至 ${daysAgo(6)}`)

  await page.getByTestId('notice-preview').click()
  await expect(page.getByTestId('pdf-preview')).toBeVisible({ timeout: 30_000 })
  await shot(page, 'notice-01-draft-preview')

  await page.getByTestId('notice-issue').click()
  await page.getByRole('button', { name: '确认签发' }).click()
  await expect(page.getByTestId('notice-state')).toHaveText('已签发', { timeout: 30_000 })

  // The printed PDF: right title, dates, 落款, and no full ID number anywhere.
  const download = page.waitForEvent('download')
  await page.getByTestId('notice-save-pdf').click()
  const pdfPath = `${dir}/notice.pdf`
  await (await download).saveAs(pdfPath)
  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' })
  const compact = text.replace(/\s+/g, '')
  expect(compact).toContain('关于2026年度困难家庭临时救助拟救助对象的公示')
  expect(compact).toContain(`公示期：${chinese(start)}至${chinese(daysAgo(6))}（共7天）`)
  expect(compact).toContain('宅子村村民委员会')
  expect(compact).toContain(chinese(start))
  expect(compact).toMatch(/411381\*{8}\d{3}[\dX]/)
  expect(compact).not.toMatch(/\d{17}[\dX]/)
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdfPath, `${shotDir}/notice-printed`])
  writeFileSync(`${dir}/notice.txt`, text)

  // Posted on the start date: the 公示期 has begun, so it is 公示中 at once.
  await page.getByTestId('posting-place').fill('村委会门口公开栏')
  await page.getByTestId('posting-submit').click()
  await expect(page.getByTestId('notice-state')).toHaveText('公示中')

  await page.getByTestId('objection-who').fill('张某')
  await page.getByTestId('objection-content').fill('名单中第二户家庭收入可能超过标准，请核实。')
  await page.getByTestId('objection-submit').click()
  await expect(page.getByTestId('objection')).toContainText('请核实')
  // Ending with an unanswered objection is refused, in Chinese, at the step.
  await page.getByTestId('end-submit').click()
  await expect(page.getByTestId('notice-error')).toContainText('还有1条异议未答复')
  await page.getByTestId('reply-text').fill('经村务监督委员会入户核实，该户收入符合标准。')
  await page.getByTestId('reply-submit').click()
  await expect(page.getByTestId('objection')).toContainText('答复')
  await shot(page, 'notice-02-objection-replied')

  await page.getByTestId('end-submit').click()
  await page.getByRole('button', { name: '确认结束' }).click()
  await expect(page.getByTestId('notice-state')).toHaveText('公示期满')
  await page.getByTestId('archive-submit').click()
  await page.getByRole('button', { name: '确认归档' }).click()
  await expect(page.getByTestId('notice-state')).toHaveText('已归档')
  await shot(page, 'notice-03-archived')
})

test('公示：首页提示3天内期满的公示', async ({ page }) => {
  await completeSetup(page)
  const today = daysAgo(0)
  await page.getByRole('menuitem', { name: '公示公告' }).click()
  await page.getByTestId('notice-new').click()
  await page.getByTestId('notice-kind').click()
  await page.locator('.el-select-dropdown__item:visible', { hasText: '通用公示' }).click()
  await page.getByTestId('notice-with-list').click()
  await page.getByTestId('notice-title').fill('关于村道硬化工程施工的公告')
  await page.getByTestId('notice-body').fill('村道硬化工程将于近日施工，请村民注意出行安全。')
  const days = page.getByTestId('notice-days').locator('input')
  await days.fill('3')
  await days.press('Tab')
  await setDate(page, 'notice-start', today)
  await page.getByTestId('notice-issue').click()
  await page.getByRole('button', { name: '确认签发' }).click()
  await expect(page.getByTestId('notice-state')).toHaveText('已签发', { timeout: 30_000 })
  await page.getByTestId('posting-submit').click()
  await expect(page.getByTestId('notice-state')).toHaveText('公示中')

  await page.getByRole('menuitem', { name: '首页' }).click()
  const card = page.getByTestId('home-ending-notices')
  await expect(card).toContainText('关于村道硬化工程施工的公告')
  await expect(card).toContainText('剩 3 天')
  await shot(page, 'notice-04-home-ending-soon')
})
