import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { unzipSync, zipSync } from 'fflate'
import { expect, test, type Page } from '@playwright/test'
import { computeCheckDigit } from '../../renderer/src/domain/people/idNumber'
import { completeSetup, shot } from './helpers'

const dir = 'test-results/files'
mkdirSync(dir, { recursive: true })

const id = (birth: string, seq: number) => {
  const first17 = `411381${birth}${String(seq).padStart(3, '0')}`
  return first17 + computeCheckDigit(first17)
}

async function openBackupTab(page: Page) {
  await page.getByRole('menuitem', { name: '设置' }).click()
  await page.getByRole('tab', { name: '数据备份' }).click()
  await expect(page.getByTestId('backup-panel')).toBeVisible()
}

async function villagerCount(page: Page): Promise<string> {
  await page.getByRole('menuitem', { name: '人员' }).click()
  await page.getByRole('tab', { name: '村民', exact: true }).click()
  const count = page.getByTestId('villager-count')
  await expect(count).toHaveText(/^共 [\d,]+ 人$/)
  return count.innerText()
}

/** The same backup as if made in 张庄村: its 村情 row and manifest rewritten, every hash made anew. */
function asOtherVillage(bytes: Uint8Array): Uint8Array {
  const parts = unzipSync(bytes)
  const settingsPath = 'tables/settings.jsonl'
  const rows = new TextDecoder()
    .decode(parts[settingsPath])
    .split('\n')
    .map((line) => {
      const row = JSON.parse(line) as { key: string; value: Record<string, unknown> }
      if (row.key === 'village')
        row.value = { ...row.value, villageName: '张庄村', areaCode: '411381102201', committeeName: '张庄村村民委员会' }
      return JSON.stringify(row)
    })
  parts[settingsPath] = new TextEncoder().encode(rows.join('\n'))
  const manifest = JSON.parse(new TextDecoder().decode(parts['manifest.json'])) as {
    village: Record<string, string>
    parts: { path: string; size: number; sha256: string }[]
  }
  manifest.village = { name: '张庄村', code: '411381102201', committeeName: '张庄村村民委员会' }
  const part = manifest.parts.find((p) => p.path === settingsPath)!
  part.size = parts[settingsPath].length
  part.sha256 = createHash('sha256').update(parts[settingsPath]).digest('hex')
  parts['manifest.json'] = new TextEncoder().encode(JSON.stringify(manifest))
  return zipSync(parts)
}

async function chooseBackup(page: Page, path: string) {
  const chooser = page.waitForEvent('filechooser')
  await page.getByTestId('restore-choose').click()
  await (await chooser).setFiles(path)
}

test('数据备份：下载备份、改动数据、从备份恢复、旧数据回来，操作日志完整；损坏的备份被拒绝', async ({ page }) => {
  await completeSetup(page)

  // 1. Data: the small sample village.
  await page.getByRole('menuitem', { name: '设置' }).click()
  await page.getByRole('tab', { name: '示例数据' }).click()
  await page.getByTestId('sample-size-small').click()
  await page.getByTestId('sample-load').click()
  await page.getByRole('button', { name: '载入', exact: true }).click()
  await expect(page.getByTestId('sample-done')).toContainText('已载入示例数据')
  const before = await villagerCount(page)

  // 2. Back up: in the browser a download, captured and read back.
  await openBackupTab(page)
  await expect(page.getByTestId('backup-last')).toHaveText('还没有备份过')
  await expect(page.getByTestId('backup-note')).toContainText('备份以下载的方式保存')
  await expect(page.getByTestId('backup-persistence')).toContainText('持久保存')
  await shot(page, 'backup-01-panel-before')
  const download = page.waitForEvent('download')
  await page.getByTestId('backup-now').click()
  const file = await download
  expect(file.suggestedFilename()).toMatch(/^xiangyue-backup-411381102200-\d{8}T\d{4}\.zip$/)
  const path = `${dir}/backup-download.zip`
  await file.saveAs(path)
  const bytes = readFileSync(path)
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK')
  const manifest = JSON.parse(new TextDecoder().decode(unzipSync(new Uint8Array(bytes))['manifest.json'])) as {
    village: { name: string }
    counts: Record<string, number>
  }
  expect(manifest.village.name).toBe('宅子村')
  expect(manifest.counts.villagers).toBe(200) // the small sample village, every row (在册 or not)
  await expect(page.getByTestId('backup-done')).toContainText('已开始下载备份文件')
  await expect(page.getByTestId('backup-last')).toHaveText(/^\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}（北京时间）$/)
  await shot(page, 'backup-02-downloaded')

  // 3. Change the data: a newborn registered by hand.
  await page.getByRole('menuitem', { name: '人员' }).click()
  await page.getByRole('tab', { name: '村民', exact: true }).click()
  await page.getByTestId('add-villager-open').click()
  const add = page.getByTestId('add-villager')
  await add.getByTestId('add-household').click()
  await page.locator('.el-select-dropdown__item:visible').first().click()
  await add.getByTestId('add-name').fill('备份后新生')
  await add.getByTestId('add-id').fill(id('20260502', 987))
  await add.getByTestId('add-save').click()
  await expect(page.getByText('已登记：备份后新生')).toBeVisible()
  expect(await villagerCount(page)).not.toBe(before)
  await page.getByTestId('people-search').fill('备份后新生')
  await expect(page.getByTestId('people-search-results')).toContainText('备份后新生')

  // 4. A tampered copy (one name changed, same size) is refused with a plain reason, nothing changed.
  const parts = unzipSync(new Uint8Array(bytes))
  const rows = new TextDecoder().decode(parts['tables/villagers.jsonl'])
  parts['tables/villagers.jsonl'] = new TextEncoder().encode(rows.replace(/"name":"[\u4e00-\u9fff]/, '"name":"改'))
  const tamperedPath = `${dir}/backup-tampered.zip`
  writeFileSync(tamperedPath, zipSync(parts))
  await openBackupTab(page)
  await chooseBackup(page, tamperedPath)
  const dialog = page.getByTestId('restore-dialog')
  await expect(dialog.getByTestId('restore-refusal')).toContainText('“村民”的数据')
  await expect(dialog.getByTestId('restore-refusal')).toContainText('本机数据没有任何改动')
  await expect(dialog.getByTestId('restore-confirm')).toHaveCount(0)
  await shot(page, 'backup-03-tampered-refused')
  await dialog.getByRole('button', { name: '关闭', exact: true }).click()

  // 5. Another village's backup: she must type its name; a wrong name is marked at the field. Cancelled.
  const otherPath = `${dir}/backup-other-village.zip`
  writeFileSync(otherPath, asOtherVillage(new Uint8Array(bytes)))
  await chooseBackup(page, otherPath)
  await expect(dialog).toContainText('这个备份不是本村的')
  await expect(dialog).toContainText('备份属于“张庄村”（411381102201），本机的数据是“宅子村”（411381102200）')
  const confirm = dialog.getByTestId('restore-confirm')
  await expect(confirm).toBeDisabled()
  await dialog.getByTestId('restore-confirm-name').fill('宅子村')
  await expect(dialog).toContainText('村名不一致：请输入“张庄村”')
  await expect(confirm).toBeDisabled()
  await dialog.getByTestId('restore-confirm-name').fill('张庄村')
  await expect(confirm).toBeEnabled()
  await shot(page, 'backup-04a-other-village')
  await dialog.getByRole('button', { name: '取消', exact: true }).click()
  await expect(dialog).toBeHidden()

  // 6. Restore the real download: what it holds, then progress, success, and a reload.
  await chooseBackup(page, path)
  await expect(dialog.getByTestId('restore-summary')).toContainText('宅子村（区划代码 411381102200）')
  await expect(dialog.getByTestId('restore-summary')).toContainText('户 60 条')
  await expect(dialog.getByTestId('restore-summary')).toContainText('村民 200 条')
  await expect(dialog.getByTestId('restore-summary')).toContainText('操作日志 ')
  await shot(page, 'backup-04-restore-dialog')
  const safety = page.waitForEvent('download')
  await dialog.getByTestId('restore-confirm').click()
  expect((await safety).suggestedFilename()).toMatch(/^xiangyue-backup-411381102200-\d{8}T\d{4}(-\d+)?\.zip$/)
  await expect(dialog.getByTestId('restore-done')).toContainText('恢复完成')
  await shot(page, 'backup-05-restored')
  await page.waitForEvent('load')

  // 7. The old data is back, and the audit chain verifies, with the restore recorded in it.
  expect(await villagerCount(page)).toBe(before)
  // the search that found the newborn before the restore finds nobody now (the index was rebuilt)
  await page.getByTestId('people-search').fill('备份后新生')
  await page.waitForTimeout(500)
  await expect(page.getByTestId('people-search-results')).toHaveCount(0)
  await page.getByRole('menuitem', { name: '设置' }).click()
  await page.getByRole('tab', { name: '操作日志' }).click()
  await expect(page.getByTestId('audit-table')).toContainText('从备份恢复全部数据')
  await page.getByTestId('audit-verify').click()
  await expect(page.getByTestId('audit-result')).toContainText('日志完整')
  await shot(page, 'backup-06-audit-intact')
})

test('换了电脑：首次设置时直接从备份恢复，村情和数据都回来，不必重新填写', async ({ page }) => {
  // A backup made on the "old PC": set up, the small sample village, download.
  await completeSetup(page)
  await page.getByRole('menuitem', { name: '设置' }).click()
  await page.getByRole('tab', { name: '示例数据' }).click()
  await page.getByTestId('sample-size-small').click()
  await page.getByTestId('sample-load').click()
  await page.getByRole('button', { name: '载入', exact: true }).click()
  await expect(page.getByTestId('sample-done')).toContainText('已载入示例数据')
  await openBackupTab(page)
  const download = page.waitForEvent('download')
  await page.getByTestId('backup-now').click()
  const path = `${dir}/backup-for-new-pc.zip`
  await (await download).saveAs(path)

  // The "new PC": an empty database, so the first-run screen.
  await page.evaluate(
    () =>
      new Promise((resolve) => {
        const req = indexedDB.deleteDatabase('xiangyue')
        req.onsuccess = req.onerror = req.onblocked = () => resolve(null)
      }),
  )
  await page.goto('./')
  await page.reload()
  await expect(page.getByRole('heading', { name: '欢迎使用乡约' })).toBeVisible()
  await page.getByTestId('setup-restore').getByText('换了电脑？').click()
  const chooser = page.waitForEvent('filechooser')
  await page.getByTestId('restore-choose').click()
  await (await chooser).setFiles(path)
  const dialog = page.getByTestId('restore-dialog')
  await expect(dialog.getByTestId('restore-summary')).toContainText('宅子村（区划代码 411381102200）')
  await expect(dialog.getByTestId('restore-summary')).toContainText('村民 200 条')
  await shot(page, 'backup-07-restore-at-setup')
  const safety = page.waitForEvent('download')
  await dialog.getByTestId('restore-confirm').click()
  await safety
  await expect(dialog.getByTestId('restore-done')).toContainText('恢复完成')
  await page.waitForEvent('load')
  await expect(page.getByRole('heading', { name: '宅子村概况' })).toBeVisible()
  expect(await villagerCount(page)).toMatch(/^共 \d+ 人$/)
})
