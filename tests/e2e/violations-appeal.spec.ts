import { mkdirSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { choose, completeSetup, shot, shotDir } from './helpers'

mkdirSync(shotDir, { recursive: true })

/** A date n days before today in Beijing time (the browser runs in Asia/Shanghai). */
function daysAgo(n: number): string {
  return new Date(Date.now() + 8 * 3600_000 - n * 86_400_000).toISOString().slice(0, 10)
}
const chinese = (iso: string) => `${Number(iso.slice(0, 4))}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`

async function setDate(page: Page, testId: string, iso: string) {
  const input = page.getByTestId(testId).locator('input')
  await input.fill(iso)
  await input.press('Enter')
}

async function registerOn(page: Page, iso: string) {
  await setDate(page, 'register-date', iso)
  await expect(page.getByTestId('register-summary')).toContainText(chinese(iso))
}

test('违约处理：福利清单可编辑（法定成员权益不能暂停）；书面放弃后决定，异议经乡镇撤销，名册自撤销之日起不再列出', async ({ page }) => {
  test.setTimeout(180_000)
  await completeSetup(page)
  await page.getByRole('menuitem', { name: '设置' }).click()
  await page.getByRole('tab', { name: '示例数据' }).click()
  await page.getByTestId('sample-load').click()
  await page.getByRole('button', { name: '载入', exact: true }).click()
  await expect(page.getByTestId('sample-done')).toBeVisible()
  await page.getByRole('menuitem', { name: '违约处理' }).click()
  await page.getByTestId('import-sample-compact').click()
  await expect(page.getByTestId('no-compact')).toBeHidden()

  // 福利清单: add 村级奖励金 (自主福利); each line says whether a compact may suspend it.
  await page.getByRole('tab', { name: '福利清单' }).click()
  const table = page.getByTestId('benefits-table')
  await expect(table).toContainText('村规民约无权取消或暂停')
  await page.getByTestId('benefit-add').click()
  await page.getByTestId('benefit-name-4').fill('村级奖励金')
  await page.getByTestId('benefits-save').click()
  await expect(page.locator('.el-message--success', { hasText: '福利清单已保存' })).toBeVisible()
  await shot(page, 'violations-benefits')

  // A case, 告知 ten days ago with the festival gift to be suspended; the villager waives the hearing in writing.
  await page.getByRole('tab', { name: '案件' }).click()
  await page.getByTestId('case-new').click()
  await page.getByTestId('people-search').fill('li')
  await expect(page.getByTestId('people-search-results')).toBeVisible()
  await page.getByTestId('people-search').press('ArrowDown')
  await page.getByTestId('people-search').press('Enter')
  await expect(page.getByTestId('case-party')).toContainText('已选')
  await page.getByTestId('case-reporter').fill('赵网格')
  await setDate(page, 'case-report-date', daysAgo(12))
  await setDate(page, 'case-act-date', daysAgo(13))
  await page.getByTestId('case-place').fill('二组')
  await page.getByTestId('case-facts').fill('在自家门前搭建彩钢棚，挡住邻居的采光。')
  await choose(page, 'case-article', '第八条')
  await page.getByTestId('case-save').click()
  await expect(page.getByTestId('case-state')).toHaveText('已认定')
  await setDate(page, 'notify-date', daysAgo(10))
  await setDate(page, 'notify-service-date', daysAgo(10))
  await choose(page, 'notify-article', '第三十九条')
  await page.getByTestId('notify-measures').getByText('暂停享受福利').click()
  await page.getByTestId('notify-benefit').click()
  await expect(page.locator('.el-select-dropdown__item:visible', { hasText: '村级奖励金' })).toBeVisible()
  await page.locator('.el-select-dropdown__item:visible', { hasText: '村集体节日慰问品' }).click()
  await page.getByTestId('notify-save').click()
  await expect(page.getByTestId('case-state')).toHaveText('已告知')
  await page.getByTestId('hearing-mode').getByText('书面放弃').click()
  await setDate(page, 'waiver-date', daysAgo(9))
  await page.getByTestId('waiver-ref').fill('放弃陈述申辩声明（当事人签字）.jpg')
  await page.getByTestId('waiver-save').click()
  await expect(page.getByTestId('case-state')).toHaveText('已陈述申辩')
  const decided = daysAgo(8)
  await setDate(page, 'decide-date', decided)
  await page.getByTestId('decide-risk-reason').fill('节日慰问品为村级自主福利。')
  await page.getByTestId('decide-save').click()
  await expect(page.getByTestId('case-state')).toHaveText('已决定')
  const caseUrl = page.url()

  // A benefit a case suspends cannot leave the list.
  await page.getByRole('menuitem', { name: '违约处理' }).click()
  await page.getByRole('tab', { name: '福利清单' }).click()
  await page.getByTestId('benefits-table').locator('tbody tr').first().getByRole('button', { name: '删除' }).click()
  await page.getByTestId('benefits-save').click()
  await expect(page.getByTestId('benefits-error')).toContainText('已有违约案件告知或决定暂停，不能删除')

  // 异议 to the township, then its outcome: 撤销 today.
  await page.goto(caseUrl)
  await page.getByTestId('objection-new').click()
  await setDate(page, 'objection-date', daysAgo(5))
  await page.getByTestId('objection-by').fill('当事人本人')
  await page.getByTestId('objection-to').getByText('乡镇人民政府').click()
  await page.getByTestId('objection-content').fill('彩钢棚是临时遮雨用的，已经拆除，不应暂停慰问品。')
  await page.getByTestId('objection-save').click()
  await expect(page.getByTestId('objections')).toContainText('当事人本人向乡镇人民政府提出')
  await page.getByTestId('objection-resolve').click()
  await page.getByTestId('objection-result').getByText('异议成立，撤销').click()
  await page.getByTestId('objection-reason').fill('彩钢棚属临时设施且已拆除，处理过重')
  await shot(page, 'violations-objection')
  await page.getByTestId('objection-outcome-save').click()
  await expect(page.getByTestId('case-state')).toHaveText('已结案')
  const timeline = page.getByTestId('case-timeline')
  await expect(timeline).toContainText('异议成立，撤销')
  await expect(timeline).toContainText(`各项措施自${chinese(daysAgo(0))}起停止执行`)
  await shot(page, 'violations-overturned')

  // The register: listed on a day before the reversal, with the known end; not from the reversal date.
  await page.getByRole('menuitem', { name: '违约处理' }).click()
  await page.getByRole('tab', { name: '暂停享受名册' }).click()
  await registerOn(page, daysAgo(3))
  await expect(page.getByTestId('register-table').locator('tbody tr')).toHaveCount(1)
  await expect(page.getByTestId('register-table')).toContainText(`处理决定已撤销，自${chinese(daysAgo(0))}起停止执行`)
  await registerOn(page, daysAgo(0))
  await expect(page.getByTestId('register-summary')).toContainText('没有被暂停享受福利的户或个人')
  await shot(page, 'violations-register-overturned')
})
