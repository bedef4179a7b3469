import { expect, test } from '@playwright/test'
import { choose, completeSetup, shot } from './helpers'
import { shotBoth } from './plain-largeType'

test('首次设置：区划级联、错误提示在字段旁、填写内容不丢失', async ({ page }) => {
  await page.goto('./')
  await expect(page.getByRole('heading', { name: '欢迎使用乡约' })).toBeVisible()
  await shot(page, 'setup-01-empty')

  // Submitting an empty form marks every required field in Chinese, at the field.
  await page.getByTestId('profile-submit').click()
  await expect(page.getByText('请填写村名')).toBeVisible()
  await expect(page.getByText('请填写文书姓名')).toBeVisible()
  await expect(page.getByText('请选择或填写12位区划代码').first()).toBeVisible()
  await shotBoth(page, 'setup-02-required-errors')

  // A village missing from the list: typed by hand, with a bad (11-digit) code first.
  await choose(page, 'pick-province', '河南省')
  await choose(page, 'pick-city', '南阳市')
  await choose(page, 'pick-county', '邓州市')
  await choose(page, 'pick-street', '古城街道')
  await page.getByTestId('manual-code').click()
  const code = page.getByTestId('area-code')
  await code.fill('41138100200')
  await page.getByTestId('village-name').fill('新建村')
  await page.getByTestId('county-name').click()
  await expect(page.getByText('区划代码应为12位数字，现在是11位').first()).toBeVisible()
  await page.getByTestId('supervision-phone').fill('62123456')
  await page.getByTestId('secretary-name').fill('李秀英')
  await page.getByTestId('profile-submit').click()
  await expect(page.getByText('固定电话请加区号，例如 0371-12345678')).toBeVisible()
  await shotBoth(page, 'setup-03-bad-code-and-phone')

  // What was typed is still there; fix the two fields and finish.
  await expect(page.getByTestId('village-name')).toHaveValue('新建村')
  await expect(page.getByTestId('committee-name')).toHaveValue('新建村村民委员会')
  await code.fill('411381001299')
  await page.getByTestId('supervision-phone').fill('0377-62123456')
  await page.getByTestId('profile-submit').click()
  await expect(page.getByRole('heading', { name: '新建村概况' })).toBeVisible()
  await expect(page.getByText('新建村村民委员会').first()).toBeVisible()
  await shotBoth(page, 'setup-04-home')

  // The profile survives a reload (it is in IndexedDB, not in memory).
  await page.reload()
  await expect(page.getByRole('heading', { name: '新建村概况' })).toBeVisible()
})

test('首次设置：从名录中选村，自动带出村名、乡镇和组织名称', async ({ page }) => {
  await completeSetup(page)
  await expect(page.getByText('罗庄镇').first()).toBeVisible()
  await shot(page, 'setup-05-home-from-list')
})
