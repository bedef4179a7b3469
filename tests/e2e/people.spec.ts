import { mkdirSync } from 'node:fs'
import ExcelJS from 'exceljs'
import { expect, test, type Page } from '@playwright/test'
import { computeCheckDigit } from '../../renderer/src/domain/people/idNumber'
import { completeSetup, shot } from './helpers'
import { shotBoth } from './plain-largeType'

const dir = 'test-results/files'
mkdirSync(dir, { recursive: true })

const id = (birth: string, seq: number) => {
  const first17 = `411381${birth}${String(seq).padStart(3, '0')}`
  return first17 + computeCheckDigit(first17)
}
const WANG = id('19800512', 13) // 王炎明, male
const LI = id('19820301', 24)
const ZHANG = id('20080709', 35)

/** A roster as secretaries keep it: a title row, a blank row, then the header; an extra column. */
async function rosterFile(path: string, rows: (string | number)[][]): Promise<string> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('花名册')
  ws.addRow(['宅子村村民花名册'])
  ws.addRow([])
  ws.addRow(['户号', '与户主关系', '姓名', '身份证号码', '联系电话', '村民小组', '民族'])
  for (const r of rows) ws.addRow(r)
  ws.getColumn(4).numFmt = '@'
  await wb.xlsx.writeFile(path)
  return path
}

async function chooseRoster(page: Page, path: string) {
  const chooser = page.waitForEvent('filechooser')
  await page.getByTestId('roster-choose').click()
  await (await chooser).setFiles(path)
}

test('人员：导入花名册（先有错、改正后重导）、拼音首字母搜索、查看完整号码并留痕、登记迁出、导出花名册', async ({ page }) => {
  await completeSetup(page)
  await page.getByRole('menuitem', { name: '人员' }).click()
  await page.getByRole('tab', { name: 'Excel 导入导出' }).click()

  // 1. A file with bad rows: nothing is written, every bad row is listed with its Excel row number.
  const bad = await rosterFile(`${dir}/roster-with-errors.xlsx`, [
    ['0001', '户主', '王炎明', WANG, '13812345678', '第一村民小组', '汉族'],
    ['0001', '妻子', '李秀兰', LI.slice(0, 17) + (LI.endsWith('0') ? '1' : '0'), '', '', '汉族'],
    ['0001', '儿子', '王淼', ZHANG, '', '', '汉族'],
    ['0002', '户主', '', id('19700101', 41), '13900001111', '第二村民小组', '汉族'],
    ['0002', '女儿', '赵琇', ZHANG, '', '', '汉族'],
  ])
  await chooseRoster(page, bad)
  await expect(page.getByTestId('roster-summary')).toContainText('行有问题')
  const badRows = page.getByTestId('roster-bad-rows')
  await expect(badRows).toContainText('5') // Excel row of 李秀兰 (title, blank, header, then data from row 4)
  await expect(badRows).toContainText('校验')
  await expect(badRows).toContainText('姓名')
  await expect(badRows).toContainText('重复')
  await expect(page.getByText('已忽略的列：民族')).toBeVisible()
  await expect(page.getByTestId('roster-confirm')).toBeDisabled()
  await shotBoth(page, 'people-01-import-errors')

  // 2. Fixed in Excel and chosen again: all rows import in one go.
  const good = await rosterFile(`${dir}/roster-fixed.xlsx`, [
    ['0001', '户主', '王炎明', WANG, '13812345678', '第一村民小组', '汉族'],
    ['0001', '妻子', '李秀兰', LI, '', '', '汉族'],
    ['0001', '儿子', '王淼', ZHANG, '', '', '汉族'],
    ['0002', '户主', '赵堃', id('19700101', 41), '13900001111', '第二村民小组', '汉族'],
    ['0002', '女儿', '赵琇', id('19950620', 42), '', '', '汉族'],
  ])
  await chooseRoster(page, good)
  await expect(page.getByTestId('roster-summary')).toContainText('全部可以导入：新建 2 户，5 人')
  await page.getByTestId('roster-confirm').click()
  await expect(page.getByText('导入完成：新增 2 户、5 人')).toBeVisible()
  await shotBoth(page, 'people-02-import-done')

  // 2b. An ID already registered under another name is a conflict, not "此人已登记"; the problem
  //     column does not repeat the row and the name that have their own columns.
  const clash = await rosterFile(`${dir}/roster-clash.xlsx`, [['0001', '妻子', '钱秀兰', LI, '', '第一村民小组', '汉族']])
  await chooseRoster(page, clash)
  await expect(badRows).toContainText('此身份证号已登记为李秀兰，表中姓名为钱秀兰')
  await expect(badRows).not.toContainText('第4行')
  await expect(badRows.locator('tbody tr').first().locator('td').last()).toHaveText(
    /^D列（身份证号码）：此身份证号已登记为李秀兰，表中姓名为钱秀兰/,
  )
  await expect(page.getByTestId('roster-confirm')).toBeDisabled()
  await shotBoth(page, 'people-02a-import-conflict')

  // 3. A newborn entered by hand: a mistyped ID is marked at the field, the fix is saved.
  await page.getByRole('tab', { name: '村民', exact: true }).click()
  await page.getByTestId('add-villager-open').click()
  const dialog = page.getByTestId('add-villager')
  await dialog.getByTestId('add-household').click()
  await page.locator('.el-select-dropdown__item:visible', { hasText: '0001' }).click()
  await dialog.getByTestId('add-name').fill('王喆')
  const baby = id('20260501', 51)
  await dialog.getByTestId('add-id').fill(baby.slice(0, 17) + (baby.endsWith('1') ? '2' : '1'))
  await dialog.getByTestId('add-save').click()
  await expect(dialog).toContainText('校验码不符')
  await shotBoth(page, 'people-02b-add-villager-error')
  // in 大字模式 the dialog, error included, still shows 保存 without scrolling
  await page.evaluate(() => document.documentElement.classList.add('xy-large'))
  await expect(dialog.getByTestId('add-save')).toBeInViewport({ ratio: 1 })
  await page.evaluate(() => document.documentElement.classList.remove('xy-large'))
  await dialog.getByTestId('add-id').fill(baby)
  await dialog.getByTestId('add-save').click()
  await expect(page.getByText('已登记：王喆')).toBeVisible()
  await expect(page.getByTestId('villager-count')).toHaveText('共 6 人')

  // 4. Search by pinyin initials, keyboard only.
  const search = page.getByTestId('people-search')
  await search.fill('wym')
  await expect(page.getByTestId('people-search-results')).toContainText('王炎明')
  // the list itself is filtered, with its count; the dropdown still jumps to one person
  await expect(page.getByTestId('villager-count')).toHaveText('共找到 1 人')
  await shotBoth(page, 'people-03-search-initials')
  await search.press('ArrowDown')
  await search.press('Enter')
  const drawer = page.getByTestId('villager-drawer')
  await expect(drawer).toContainText('村民：王炎明')
  await expect(drawer.getByTestId('idNumber-value')).toHaveText('411381********0133'.slice(0, 6) + '********' + WANG.slice(14))

  // 5. Reveal the full ID: asked for a purpose, then shown, and the reveal is in the audit log.
  await drawer.getByTestId('idNumber-reveal').click()
  await page.getByPlaceholder('例如：办理医保、核对户籍').fill('核对户籍')
  await page.getByRole('button', { name: '确认查看' }).click()
  await expect(drawer.getByTestId('idNumber-value')).toHaveText(WANG)
  await expect(drawer.getByTestId('villager-audit')).toContainText('完整身份证号，用途：核对户籍')
  await shotBoth(page, 'people-04-reveal-audited')

  // A new phone: a wrong number is refused at the field, a right one is saved (and shown masked).
  await drawer.getByRole('button', { name: '修改' }).click()
  await drawer.getByTestId('phone-edit').fill('1391234')
  await drawer.getByRole('button', { name: '保存', exact: true }).click()
  await expect(drawer).toContainText('不是有效号码')
  await drawer.getByTestId('phone-edit').fill('13987654321')
  await drawer.getByRole('button', { name: '保存', exact: true }).click()
  await expect(drawer.getByTestId('phone-value')).toHaveText('139****4321')
  await expect(drawer.getByTestId('villager-audit')).toContainText('修改电话：138****5678 → 139****4321')

  // 6. Register 迁出 with a note; the status changes and history is kept.
  await drawer.getByTestId('status-note').fill('考入大学，户口迁出')
  await drawer.getByTestId('status-submit').click()
  await expect(drawer.getByTestId('villager-status')).toHaveText('迁出')
  await expect(drawer).toContainText('考入大学，户口迁出')
  await shot(page, 'people-05-moved-out')
  await page.keyboard.press('Escape')

  // The default list shows 在册 only: 5 people now (once the search is cleared).
  await search.fill('')
  await expect(page.getByTestId('villager-count')).toHaveText('共 5 人')

  // 7. Export the roster: masked by default, the file has no full ID number.
  await page.getByRole('tab', { name: 'Excel 导入导出' }).click()
  const download = page.waitForEvent('download')
  await page.getByTestId('roster-export').click()
  const file = await download
  expect(file.suggestedFilename()).toMatch(/^宅子村村民花名册-\d{4}-\d{2}-\d{2}\.xlsx$/)
  const path = `${dir}/exported-roster.xlsx`
  await file.saveAs(path)
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.readFile(path)
  const text: string[] = []
  wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => text.push(String(cell.text)))))
  const all = text.join('\n')
  expect(all).toContain('王炎明')
  expect(all).toContain(`${WANG.slice(0, 6)}********${WANG.slice(14)}`)
  expect(all).not.toContain(WANG)
  expect(all).not.toContain('13812345678')

  // 8. Full numbers: the confirmation asks for a purpose (refused blank, at the field), then the file has them.
  await page.getByTestId('export-full').click()
  await page.getByTestId('roster-export').click()
  const box = page.locator('.export-purpose-box')
  await expect(box).toContainText('完整身份证号和电话')
  await box.getByRole('button', { name: '确认导出完整号码' }).click()
  await expect(box).toContainText('请填写导出用途')
  await shot(page, 'people-05b-export-purpose-required')
  await box.getByPlaceholder('导出用途（如：报乡镇民政办核对低保名单）').fill('报乡镇民政办核对低保名单')
  const fullDownload = page.waitForEvent('download')
  await box.getByRole('button', { name: '确认导出完整号码' }).click()
  const fullFile = await fullDownload
  expect(fullFile.suggestedFilename()).toMatch(/^宅子村村民花名册（含完整号码）-\d{4}-\d{2}-\d{2}\.xlsx$/)
  const fullPath = `${dir}/exported-roster-full.xlsx`
  await fullFile.saveAs(fullPath)
  const fullWb = new ExcelJS.Workbook()
  await fullWb.xlsx.readFile(fullPath)
  const fullText: string[] = []
  fullWb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => fullText.push(String(cell.text)))))
  expect(fullText.join('\n')).toContain(WANG)
  await expect(page.getByText(/已导出 \d+ 人（含完整号码，用途已记入操作日志）/)).toBeVisible()

  // The audit log in 设置 holds the reveal and the exports: the full one with its purpose, then its outcome.
  await page.getByRole('menuitem', { name: '设置' }).click()
  await page.getByRole('tab', { name: '操作日志' }).click()
  const table = page.getByTestId('audit-table')
  await expect(table).toContainText('查看完整号码')
  await expect(table).toContainText('导出花名册')
  await expect(table).toContainText('用途：报乡镇民政办核对低保名单')
  await expect(table).toContainText('的结果：已保存')
  await page.getByTestId('audit-verify').click()
  await expect(page.getByTestId('audit-result')).toContainText('日志完整')
  await shotBoth(page, 'people-06-audit-log')
})
