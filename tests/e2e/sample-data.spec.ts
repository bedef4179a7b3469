import { expect, test } from '@playwright/test'
import { completeSetup } from './helpers'
import { shotBoth } from './plain-largeType'

test('示例数据：载入后不能重复载入；清除只在库中只有示例数据时可用，清除后可以重新开始', async ({ page }) => {
  await completeSetup(page)
  await page.getByRole('menuitem', { name: '设置' }).click()
  await page.getByRole('tab', { name: '示例数据' }).click()
  await expect(page.getByTestId('sample-clear')).toHaveCount(0)
  await page.getByTestId('sample-size-small').click()
  await page.getByTestId('sample-load').click()
  await page.getByRole('button', { name: '载入', exact: true }).click()
  await expect(page.getByTestId('sample-done')).toContainText('已载入示例数据')
  await expect(page.getByTestId('sample-load')).toBeDisabled()
  await expect(page.getByTestId('sample-blocked')).toContainText('不能重复载入')
  await shotBoth(page, 'sample-01-loaded')

  await page.getByTestId('sample-clear').click()
  await page.getByRole('button', { name: '清除', exact: true }).click()
  await expect(page.getByTestId('sample-done')).toContainText('已清除示例数据：60 户、200 人')
  await page.waitForEvent('load')
  await page.getByRole('menuitem', { name: '人员' }).click()
  await page.getByRole('tab', { name: '村民', exact: true }).click()
  await expect(page.getByTestId('villager-count')).toHaveText('共 0 人')
  await page.getByRole('menuitem', { name: '设置' }).click()
  await page.getByRole('tab', { name: '操作日志' }).click()
  await expect(page.getByTestId('audit-table')).toContainText('清除示例数据')
  await page.getByTestId('audit-verify').click()
  await expect(page.getByTestId('audit-result')).toContainText('日志完整')
  await shotBoth(page, 'sample-02-cleared')
})
