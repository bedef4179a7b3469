/**
 * 乡镇汇总 (township mode), as a township clerk works it: choose 我是乡镇工作人员 at first run,
 * import villages' bundles (three good, one tampered), see the table with its chain warning and
 * the tampered file refused by name, open a village and a matter's PDF, export the table to
 * Excel, and switch back. The bundles are made in Node by the app's own sample generator
 * (renderer/src/app/township/sampleBundles.ts, loaded through jiti for its '@/' imports).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import ExcelJS from 'exceljs'
import { createJiti } from 'jiti'
import { expect, test } from '@playwright/test'
import type * as SampleModule from '../../renderer/src/app/township/sampleBundles'
import type { SampleBundle, TownshipSampleOptions } from '../../renderer/src/app/township/sampleBundles'
import { shot } from './helpers'

const dir = resolve('test-results/files/township')
mkdirSync(dir, { recursive: true })

const jiti = createJiti(import.meta.url, { alias: { '@': resolve('renderer/src') } })

async function sampleBundles(options: TownshipSampleOptions): Promise<SampleBundle[]> {
  const mod = await jiti.import<typeof SampleModule>(resolve('renderer/src/app/township/sampleBundles.ts'))
  return mod.townshipSampleBundles(options)
}

/** One digit of a matter's date changed inside data/matters.json: the signature no longer covers it. */
function tamper(bytes: Uint8Array): Uint8Array {
  const out = bytes.slice()
  const text = Buffer.from(out).toString('latin1')
  const at = text.indexOf('"decidedOn":"') + '"decidedOn":"'.length + 3
  out[at] = out[at] === 0x31 ? 0x32 : 0x31
  return out
}

const year = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date()))

test('a township clerk imports bundles, sees the table, a tampered bundle refused, drills down and exports', async ({ page }) => {
  // villages 0, 1, 2 good (village 2's earlier bundle is missing: a chain gap); village 3 tampered
  const bundles = await sampleBundles({ villages: 4, year, gapAt: [2] })
  expect(bundles.map((b) => b.villageName)).toEqual(['宅子村', '东风村', '西岭村', '前营村'])
  const paths = bundles.map((b, i) => {
    const path = join(dir, i === 3 ? `改过的-${b.fileName}` : b.fileName)
    writeFileSync(path, i === 3 ? tamper(b.bytes) : b.bytes)
    return path
  })

  await page.goto('./')
  await expect(page.getByRole('heading', { name: '欢迎使用乡约' })).toBeVisible()
  await page.getByTestId('setup-mode-township').click()
  await expect(page.getByText('乡镇工作人员用“乡镇汇总”')).toBeVisible()
  await shot(page, 'township-01-setup-choice')
  await page.getByTestId('setup-township').click()

  await expect(page.getByRole('heading', { name: '乡镇汇总' })).toBeVisible()
  await expect(page.getByTestId('township-table')).toContainText('还没有导入报送包')
  await shot(page, 'township-02-empty')

  await page.getByTestId('bundle-input').setInputFiles(paths)
  await expect(page.getByTestId('import-report')).toBeVisible({ timeout: 30_000 })

  const refused = page.getByTestId('import-refused')
  await expect(refused).toHaveCount(1)
  await expect(refused).toContainText(`改过的-${bundles[3]!.fileName}`)
  await expect(refused).toContainText('前营村')
  await expect(refused).toContainText('文件 data/matters.json 被改动')
  await expect(refused).toContainText('没有导入任何内容')

  const table = page.getByTestId('township-table')
  const rows = table.locator('.el-table__body-wrapper tbody tr')
  await expect(rows).toHaveCount(3)
  await expect(table).toContainText('宅子村')
  await expect(table).toContainText('东风村')
  await expect(table).toContainText('西岭村')
  await expect(table).not.toContainText('前营村')
  const warning = page.getByTestId('chain-warning')
  await expect(warning).toHaveCount(1)
  await expect(warning).toContainText('西岭村')
  await expect(warning).toContainText('报送链不连续')
  await expect(page.getByTestId('township-totals')).toContainText('共 3 个村')
  await shot(page, 'township-03-table-refused')

  // drill down to 宅子村 and open a matter's PDF
  await page.getByTestId(`village-${bundles[0]!.villageCode}`).click()
  await expect(page.getByTestId('village-title')).toContainText('宅子村')
  const matters = page.getByTestId('village-matters')
  await expect(matters.locator('.el-table__body-wrapper tbody tr').first()).toBeVisible()
  await expect(page.getByTestId('village-bundles')).toContainText(/[0-9A-F]{4}(-[0-9A-F]{4}){7}/)
  await shot(page, 'township-04-village')
  const pdfButton = page.getByTestId('matter-pdf').first()
  const pdfName = (await pdfButton.innerText()).trim()
  expect(pdfName).toMatch(/决议公开.*\.pdf$/)
  await pdfButton.click()
  await expect(page.getByTestId('pdf-preview')).toBeVisible()
  await expect(page.locator('.el-dialog__title', { hasText: pdfName })).toBeVisible()
  await shot(page, 'township-05-pdf')
  await page.getByRole('button', { name: '关闭', exact: true }).click()

  // back to the table and export it
  await page.getByTestId('village-back').click()
  await expect(rows).toHaveCount(3)
  const download = page.waitForEvent('download')
  await page.getByTestId('township-export').click()
  const file = await download
  expect(file.suggestedFilename()).toMatch(new RegExp(`^乡镇汇总-${year}年度-\\d{4}-\\d{2}-\\d{2}\\.xlsx$`))
  const xlsx = join(dir, 'table.xlsx')
  await file.saveAs(xlsx)
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(readFileSync(xlsx))
  const sheet = workbook.getWorksheet('乡镇汇总')!
  expect(sheet.getCell(1, 1).value).toBe(`${year}年度各村报送情况汇总表`)
  expect([2, 3, 4, 10, 11].map((c) => sheet.getCell(4, c).value)).toEqual(['村名', '区划代码', '决议通过', '未结违约案件', '最近报送日期'])
  expect([5, 6, 7].map((r) => sheet.getCell(r, 2).value)).toEqual(['宅子村', '东风村', '西岭村'])
  expect(sheet.getCell(8, 2).value).toBeNull()
  expect(String(sheet.getCell(7, 14).value)).toContain('报送链不连续')

  // the same file again is not imported twice
  await page.getByTestId('bundle-input').setInputFiles(paths[0]!)
  await expect(page.getByTestId('import-accepted').first()).toContainText('此前已导入')
  await expect(rows).toHaveCount(3)

  // the mode is kept: a reload (and the village's own addresses) land on the township screen
  await page.goto('./#/people')
  await expect(page.getByRole('heading', { name: '乡镇汇总' })).toBeVisible()
  await expect(rows).toHaveCount(3)

  // and switching back to 村委会 brings the village's first-run setup, the bundles kept aside
  await page.getByTestId('open-mode-switch').click()
  await page.getByTestId('mode-village').click()
  await page.getByTestId('mode-apply').click()
  await page.getByRole('button', { name: '切换', exact: true }).last().click()
  await expect(page.getByRole('heading', { name: '欢迎使用乡约' })).toBeVisible()
  await page.goto('./#/township')
  await expect(page.getByRole('heading', { name: '欢迎使用乡约' })).toBeVisible()
})

test('the demo: 载入示例 imports 30 villages, two bundles each, one chain gap', async ({ page }) => {
  await page.goto('./')
  await page.getByTestId('setup-mode-township').click()
  await page.getByTestId('setup-township').click()
  await page.getByTestId('township-sample').click()
  await expect(page.getByTestId('import-report')).toBeVisible({ timeout: 60_000 })
  await expect(page.getByTestId('import-refused')).toHaveCount(0)
  const rows = page.getByTestId('township-table').locator('.el-table__body-wrapper tbody tr')
  await expect(rows).toHaveCount(30)
  const warning = page.getByTestId('chain-warning')
  await expect(warning).toHaveCount(1)
  await expect(warning).toContainText('李楼村')
  await expect(page.getByTestId('township-sample')).toHaveCount(0)
  await expect(page.getByTestId('import-accepted').first()).toContainText('通过校验 59 个，涉及 30 个村')
  await shot(page, 'township-06-demo-30')
  await warning.scrollIntoViewIfNeeded()
  await page.screenshot({ path: 'test-results/screens/township-07-demo-table.png' })
})
