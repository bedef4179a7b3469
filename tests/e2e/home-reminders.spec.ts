/**
 * 首页提醒 for the new areas (issues 12 item 6, 14 item 4): on the sample village, the quarterly
 * 村民代表会议 (组织法 Art. 26) and the yearly 村民会议 (labelled 草案规定，仅供参考) show; a new
 * 四议两公开 matter shows waiting at ①, and each reminder opens its area or record.
 */
import { expect, test, type Page } from '@playwright/test'
import { completeSetup, shot } from './helpers'

async function loadSample(page: Page) {
  await page.getByRole('menuitem', { name: '设置' }).click()
  await page.getByRole('tab', { name: '示例数据' }).click()
  await page.getByTestId('sample-load').click()
  await page.getByRole('button', { name: '载入', exact: true }).click()
  await expect(page.getByTestId('sample-done')).toBeVisible()
}

test('首页提醒：会议、四议两公开，点开即到', async ({ page }) => {
  await completeSetup(page)
  // a first start is calm: no meeting reminders before anyone is registered
  await expect(page.getByTestId('home-no-reminders')).toBeVisible()
  await expect(page.getByTestId('home-area-reminder')).toHaveCount(0)

  await loadSample(page)
  await page.getByRole('menuitem', { name: '四议两公开' }).click()
  await page.getByTestId('matter-new').click()
  await page.getByTestId('matter-title').fill('硬化村内环村道路')
  await page.getByTestId('matter-source').getByText('党员群众建议').click()
  await page.getByTestId('matter-tags').getByText('本村公益事业的兴办').click()
  await page.getByTestId('matter-save').click()
  await expect(page.getByTestId('matter-state')).toHaveText('待提议')
  const matterUrl = page.url()

  await page.getByRole('menuitem', { name: '首页' }).click()
  const list = page.getByTestId('home-area-reminders')
  await expect(list).toContainText('本季度尚未召开村民代表会议')
  await expect(list).toContainText('本年度尚未召开村民会议')
  await expect(list).toContainText('草案规定，仅供参考')
  await expect(list).toContainText('“硬化村内环村道路”')
  await expect(page.getByTestId('home-no-reminders')).toHaveCount(0)
  await shot(page, 'home-01-reminders-sample-village')

  await list.getByRole('link', { name: /硬化村内环村道路/ }).click()
  await expect(page.getByTestId('matter-title-head')).toHaveText('硬化村内环村道路')
  expect(page.url()).toBe(matterUrl)

  await page.getByRole('menuitem', { name: '首页' }).click()
  await page.getByTestId('home-area-reminders').getByRole('link', { name: '本季度尚未召开村民代表会议' }).click()
  await expect(page.getByRole('heading', { name: '四议两公开' })).toBeVisible()
})
