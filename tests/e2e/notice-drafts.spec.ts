/**
 * The secretary's bugs of issue 11 (item 6), as she hit them: a typed notice lost on 首页, a page
 * crash on 打印, and a population figure that counted the dead and the departed.
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

test('草稿：新建公示输入标题和正文后立即点“首页”，回来草稿仍在，内容不丢', async ({ page }) => {
  await completeSetup(page)
  await page.getByRole('menuitem', { name: '公示公告' }).click()
  await page.getByTestId('notice-new').click()
  await page.getByTestId('notice-title').fill('关于村内道路维修的公告')
  await page.getByTestId('notice-body').fill('村内主干道将于下周一开始维修。\n施工期间请绕行。')
  // at once: no pause for the debounce, no 保存草稿
  await page.getByRole('menuitem', { name: '首页' }).click()
  await expect(page.getByRole('heading', { name: '宅子村概况' })).toBeVisible()

  await page.getByRole('menuitem', { name: '公示公告' }).click()
  const table = page.getByTestId('notice-table')
  await expect(table).toContainText('关于村内道路维修的公告')
  await expect(table).toContainText('草稿')
  await shot(page, 'drafts-01-list-after-leaving')
  await table.getByText('关于村内道路维修的公告').click()
  await expect(page.getByTestId('notice-title')).toHaveValue('关于村内道路维修的公告')
  await expect(page.getByTestId('notice-body')).toHaveValue('村内主干道将于下周一开始维修。\n施工期间请绕行。')

  // editing the draft, then a reload (the window closed and opened again): the text is kept
  await page.getByTestId('notice-body').fill('村内主干道将于下周一开始维修。\n施工期间请绕行，注意安全。')
  await page.reload()
  await page.getByRole('menuitem', { name: '公示公告' }).click()
  await page.getByTestId('notice-table').getByText('关于村内道路维修的公告').click()
  await expect(page.getByTestId('notice-body')).toHaveValue('村内主干道将于下周一开始维修。\n施工期间请绕行，注意安全。')
  await expect(page.getByTestId('notice-draft-state')).toBeVisible()
  await shot(page, 'drafts-02-reopened')
  // exactly one draft: the reload did not make a second copy
  await page.getByRole('menuitem', { name: '公示公告' }).click()
  await expect(page.getByTestId('notice-table').locator('tbody tr')).toHaveCount(1)
})

test('打印：浏览器版点“打印”不使页面崩溃，打印件在新标签页打开', async ({ page, context }) => {
  const crashes: string[] = []
  page.on('crash', () => crashes.push('page crashed'))
  await completeSetup(page)
  await page.getByRole('menuitem', { name: '公示公告' }).click()
  await page.getByTestId('notice-new').click()
  await page.getByTestId('notice-kind').click()
  await page.locator('.el-select-dropdown__item:visible', { hasText: '通用公示' }).click()
  await page.getByTestId('notice-with-list').click()
  await page.getByTestId('notice-title').fill('关于秋季防火的通知')
  await page.getByTestId('notice-body').fill('秋季天干物燥，请村民注意防火。')
  await page.getByTestId('notice-issue').click()
  await page.getByRole('button', { name: '确认签发' }).click()
  await expect(page.getByTestId('notice-state')).toHaveText('已签发', { timeout: 30_000 })

  const opened = context.waitForEvent('page', { timeout: 15_000 })
  await page.getByTestId('notice-print').click()
  const tab = await opened
  await tab.waitForLoadState()
  expect(tab.url()).toMatch(/^blob:/)
  // the app's page lives on, and says what to do next
  await expect(page.getByTestId('notice-state')).toHaveText('已签发')
  await expect(page.getByText('打印件已在新标签页打开')).toBeVisible()
  await page.getByTestId('notice-state').click()
  expect(crashes).toEqual([])
  await shot(page, 'drafts-03-after-print')
  await tab.close()
})

test('首页：在册人数不含迁出、死亡，分开列出；提醒备份', async ({ page }) => {
  await completeSetup(page)
  // a first start has nothing to lose yet: no backup reminder
  await expect(page.getByTestId('home-no-reminders')).toBeVisible()
  await expect(page.getByTestId('home-backup-reminder')).toHaveCount(0)
  await loadSample(page)
  await page.getByRole('menuitem', { name: '首页' }).click()
  await expect(page.getByTestId('home-backup-reminder')).toContainText('还没有备份过')
  const counts = page.getByTestId('home-counts')
  await expect(counts).toContainText('在册人数')
  await expect(page.getByTestId('home-others')).toContainText(/另有迁出 \d+ 人/)
  const villagers = Number((await page.getByTestId('home-villagers').innerText()).replace(/[^\d]/g, ''))
  const othersText = await page.getByTestId('home-others').innerText()
  expect(othersText).toContain('花名册共 200 人')
  const others = othersText
    .replace(/（花名册.*$/, '')
    .match(/\d+/g)!
    .map(Number)
  // the small sample village registers 200 people in all, and the card says so
  expect(villagers + others.reduce((a, b) => a + b, 0)).toBe(200)
  expect(villagers).toBeLessThan(200)
  await shot(page, 'drafts-04-home-counts')

  // the backup reminder: a download 6 days ago is recent enough, one 8 days ago is not
  const downloadedDaysAgo = async (days: number) => {
    await page.evaluate((d) => {
      const at = new Date(Date.now() - d * 86_400_000).toISOString()
      localStorage.setItem('xiangyue.lastBackupDownload', JSON.stringify({ name: 'xiangyue-backup.zip', at }))
    }, days)
    await page.reload()
    await expect(page.getByTestId('home-villagers')).not.toHaveText('—')
  }
  await downloadedDaysAgo(6)
  await expect(page.getByTestId('home-backup-reminder')).toHaveCount(0)
  await downloadedDaysAgo(8)
  await expect(page.getByTestId('home-backup-reminder')).toContainText('上次备份是 8 天前')
  await shot(page, 'drafts-05-home-backup-reminder')
})
