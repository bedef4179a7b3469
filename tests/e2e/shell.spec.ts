import { expect, test } from '@playwright/test'
import { completeSetup, shot } from './helpers'

test('导航：每个功能区都能打开，标题与菜单一致', async ({ page }) => {
  await completeSetup(page)
  const areas = [
    ['人员', '人员'],
    ['村规民约', '村规民约'],
    ['四议两公开', '四议两公开'],
    ['违约处理', '违约处理'],
    ['公示公告', '公示公告'],
    ['导出与备份', '导出与备份'],
    ['设置', '设置'],
  ] as const
  for (const [menu, heading] of areas) {
    await page.getByRole('menuitem', { name: menu }).click()
    await expect(page.getByRole('heading', { name: heading, exact: true })).toBeVisible()
    await expect(page).toHaveTitle(`${heading} - 乡约`)
  }
  await shot(page, 'shell-01-every-area')
  await page.getByRole('menuitem', { name: '首页' }).click()
  await expect(page.getByRole('heading', { name: '宅子村概况' })).toBeVisible()
})

test('操作日志：设置写入日志，篡改任何一条都能被校验发现', async ({ page }) => {
  await completeSetup(page)
  await page.getByRole('menuitem', { name: '设置' }).click()
  // an edit of the profile is a second audited entry
  await page.getByTestId('supervision-phone').fill('13800138000')
  await page.getByTestId('profile-submit').click()
  await expect(page.getByText('村情信息已保存')).toBeVisible()
  await page.getByRole('tab', { name: '操作日志' }).click()
  const table = page.getByTestId('audit-table')
  await expect(table).toContainText('首次设置：宅子村村民委员会')
  await expect(table).toContainText('修改村情设置')
  await page.getByTestId('audit-verify').click()
  await expect(page.getByTestId('audit-result')).toContainText('日志完整：已校验 2 条记录')

  // Someone edits the first entry directly in the database (e.g. with the browser's dev tools).
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('xiangyue')
        open.onsuccess = () => {
          const tx = open.result.transaction('auditLog', 'readwrite')
          const store = tx.objectStore('auditLog')
          const get = store.get(1)
          get.onsuccess = () => store.put({ ...get.result, actor: '他人' })
          tx.oncomplete = () => resolve()
          tx.onerror = () => reject(tx.error)
        }
        open.onerror = () => reject(open.error)
      }),
  )
  await page.getByTestId('audit-verify').click()
  await expect(page.getByTestId('audit-result')).toContainText('日志完整性校验未通过')
  await expect(page.getByTestId('audit-result')).toContainText('第 1 条记录的内容与其防篡改校验码不符')
  await shot(page, 'shell-02-audit-tampered')
})
