import { execFileSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { completeSetup, shot } from './helpers'

mkdirSync('test-results/files', { recursive: true })

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
  // on paper: the whole log with its check and its chain head (the head kept outside the database)
  const download = page.waitForEvent('download')
  await page.getByTestId('audit-report').click()
  const reportPath = 'test-results/files/audit-report.pdf'
  await (await download).saveAs(reportPath)
  const reportText = execFileSync('pdftotext', ['-layout', reportPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, '')
  expect(reportText).toContain('宅子村操作日志报告')
  expect(reportText).toContain('完整性检查：全部2条记录首尾相连、未发现改动。')
  expect(reportText).toMatch(/日志链头：第2条，防篡改校验码([0-9A-F]{4}){16}/)
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', reportPath, 'test-results/screens/shell-audit-report'])

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
