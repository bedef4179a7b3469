/**
 * 人员 records a secretary keeps up to date (issue 16 items 1–4): a household added by hand, its
 * head and a member; a name corrected with its reason (the old value kept, the audit names the
 * field); a revealed ID hidden again; 集体经济组织成员 with its date; the 转正 form; a grid
 * created, its 网格长 chosen from the registry and households put in it; search that filters
 * the list with its count; and the people on paper (花名册, 网格员公示牌) read back with pdftotext.
 * Screenshots in normal and large type (the 大字模式 class on <html>).
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { computeCheckDigit } from '../../renderer/src/domain/people/idNumber'
import { completeSetup, shot, shotDir } from './helpers'
import { shotBoth } from './plain-largeType'

const dir = 'test-results/files'
mkdirSync(dir, { recursive: true })
const id = (birth: string, seq: number) => {
  const first17 = `411381${birth}${String(seq).padStart(3, '0')}`
  return first17 + computeCheckDigit(first17)
}
const HEAD = id('19700304', 11)
const WIFE = id('19720506', 22)

async function pick(page: Page, text: string) {
  await page.locator('.el-select-dropdown__item:visible', { hasText: text }).first().click()
}

/** Opens 打印名册 on a list, saves the PDF, reads it back (spaces removed), renders page 1 to PNG. */
async function printList(page: Page, label: string, name: string): Promise<string> {
  await page.getByTestId('people-print-open').click()
  const dialog = page.getByTestId('people-print-dialog')
  await dialog.getByTestId('people-print-kind').click()
  await pick(page, label)
  await expect(dialog.getByTestId('pdf-preview')).toBeVisible({ timeout: 30_000 })
  await expect(dialog.getByTestId('people-print-save')).toBeEnabled()
  let download = page.waitForEvent('download', { timeout: 20_000 })
  await dialog.getByTestId('people-print-save').click()
  const file =
    (await download.catch(() => null)) ??
    (await (async () => {
      download = page.waitForEvent('download', { timeout: 30_000 })
      await dialog.getByTestId('people-print-save').click()
      return download
    })())
  const path = `${dir}/people-${name}.pdf`
  await file.saveAs(path)
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', path, `${shotDir}/people-paper-${name}`])
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, '')
  expect(text).not.toMatch(/\d{17}[\dX]/)
  expect(text).not.toMatch(/(?<!\d)1[3-9]\d{9}(?!\d)/)
  await page.keyboard.press('Escape')
  return text
}

test('人员：手工新建户、更正姓名留痕、隐藏已显示的号码、集体经济组织成员、转正、网格与网格长、筛选搜索、打印名册', async ({ page }) => {
  const pageErrors: string[] = []
  page.on('pageerror', (e) => pageErrors.push(e.message))
  await completeSetup(page)
  await page.getByRole('menuitem', { name: '人员' }).click()

  // 1. A household by hand, then its head and a member through 登记村民.
  await page.getByRole('tab', { name: '户', exact: true }).click()
  await page.getByTestId('add-household-open').click()
  const hh = page.getByTestId('add-household-dialog')
  await hh.getByTestId('household-save').click()
  await expect(hh).toContainText('请填写户号')
  await hh.getByTestId('household-no').fill('0101')
  await hh.getByTestId('household-group').click()
  await page.keyboard.type('第一村民小组')
  await pick(page, '第一村民小组')
  await expect(hh).not.toContainText('请填写户号')
  await shotBoth(page, 'people-records-01-new-household')
  await hh.getByTestId('household-save').click()
  await expect(page.getByText('已新建户 0101，请接着登记户主')).toBeVisible()
  await page.keyboard.press('Escape')

  await page.getByRole('tab', { name: '村民', exact: true }).click()
  for (const [name, number, relation] of [
    ['王大山', HEAD, '户主'],
    ['张爱', WIFE, '配偶'],
  ] as const) {
    await page.getByTestId('add-villager-open').click()
    const dialog = page.getByTestId('add-villager')
    await dialog.getByTestId('add-household').click()
    await pick(page, '0101')
    await dialog.getByTestId('add-name').fill(name)
    await dialog.getByTestId('add-id').fill(number)
    await dialog
      .locator('.el-select', { hasText: /户主|子|配偶/ })
      .last()
      .click()
    await pick(page, relation)
    await dialog.getByTestId('add-save').click()
    await expect(page.getByText(`已登记：${name}`)).toBeVisible()
  }
  await expect(page.getByTestId('villager-count')).toHaveText('共 2 人')

  // 2. Search filters the list with its count; the dropdown still jumps to one person.
  const search = page.getByTestId('people-search')
  await search.fill('za')
  await expect(page.getByTestId('villager-count')).toHaveText('共找到 1 人')
  await expect(page.getByTestId('villager-row')).toHaveCount(1)
  await expect(page.getByTestId('villager-row')).toContainText('张爱')
  await shotBoth(page, 'people-records-02-search-filters')
  await search.press('ArrowDown')
  await search.press('Enter')
  const drawer = page.locator('[data-testid=villager-drawer].open')
  await expect(drawer).toContainText('村民：张爱')

  // 3. Correct the name: the reason is required, the old value is kept, the audit names the field.
  await drawer.getByTestId('correct-name').click()
  const fix = page.getByTestId('correction-dialog')
  await expect(fix.getByTestId('correction-old')).toHaveText('张爱')
  await fix.getByTestId('correction-value').fill('张艾')
  await fix.getByTestId('correction-save').click()
  await expect(fix).toContainText('请填写更正原因')
  await shotBoth(page, 'people-records-03-correction-reason')
  await fix.getByTestId('correction-reason').fill('依户口簿核对，录入错字')
  await fix.getByTestId('correction-save').click()
  await expect(drawer).toContainText('村民：张艾')
  await expect(drawer.getByTestId('correction-list')).toContainText('更正姓名：张爱 → 张艾，原因：依户口簿核对，录入错字')
  await expect(drawer.getByTestId('villager-audit')).toContainText('更正姓名：张爱 → 张艾，原因：依户口簿核对，录入错字')

  // 4. Reveal the ID (asked why, audited), then hide it again.
  await drawer.getByTestId('idNumber-reveal').click()
  await page.getByPlaceholder('例如：办理医保、核对户籍').fill('核对户籍')
  await page.getByRole('button', { name: '确认查看' }).click()
  await expect(drawer.getByTestId('idNumber-value')).toHaveText(WIFE)
  await drawer.getByTestId('idNumber-hide').click()
  await expect(drawer.getByTestId('idNumber-value')).toHaveText(`${WIFE.slice(0, 6)}********${WIFE.slice(14)}`)
  await expect(drawer.getByTestId('idNumber-reveal')).toBeVisible()

  // 5. 集体经济组织成员 from a date, audited.
  await expect(drawer.getByTestId('collective-now')).toHaveText('不是')
  await drawer.getByTestId('collective-add-open').click()
  await drawer.getByTestId('collective-from').locator('input').fill('2020-01-01')
  await drawer.getByTestId('collective-from').locator('input').press('Enter')
  await drawer.getByTestId('collective-note').fill('婚入')
  await drawer.getByTestId('collective-save').click()
  await expect(drawer.getByTestId('collective-now')).toHaveText('是')
  await expect(drawer.getByTestId('collective-table')).toContainText('2020-01-01')
  await expect(drawer.getByTestId('villager-audit')).toContainText('登记为集体经济组织成员：2020-01-01 至 今（婚入）')

  // 6. A 预备党员 (joined today: a person entered today is on the register from today): the 转正
  //    form is on screen and refuses a date not after joining, at its field.
  await drawer.getByTestId('role-add-open').click()
  await drawer.getByText('预备党员', { exact: true }).click()
  await drawer.locator('.role-form').getByRole('button', { name: '添加' }).click()
  await expect(drawer.getByTestId('role-table')).toContainText('中共预备党员')
  await drawer.getByTestId('party-confirm-open').click()
  await drawer.getByTestId('party-confirm-save').click()
  await expect(drawer).toContainText('转正日期应晚于入党日期')
  await shotBoth(page, 'people-records-04-drawer')
  await page.keyboard.press('Escape')
  await search.fill('')

  // 7. A grid: created with its office phone, 网格长 from the registry, the whole group put in it.
  await page.getByRole('tab', { name: '网格', exact: true }).click()
  await page.getByTestId('grid-new').click()
  await page.getByTestId('grid-name').fill('第一网格')
  await page.getByTestId('grid-phone').fill('0377-62123456')
  await page.getByTestId('grid-save').click()
  await expect(page.getByTestId('grid-table')).toContainText('第一网格')
  await page.getByTestId('grid-leader').click()
  await page.getByTestId('grid-staff-picker').locator('input').fill('wds')
  await pick(page, '王大山')
  await page.getByTestId('grid-staff-save').click()
  await expect(page.getByText('王大山 已担任第一网格的网格长')).toBeVisible()
  await page.getByTestId('grid-assign').click()
  await page.getByTestId('grid-assign-group').click()
  await pick(page, '第一村民小组')
  await page.getByTestId('grid-assign-save').click()
  await expect(page.getByText('已将 1 户划入第一网格')).toBeVisible()
  const gridRow = page.getByTestId('grid-table').locator('tbody tr').first()
  await expect(gridRow).toContainText('王大山')
  await expect(gridRow).toContainText('0377-62123456')
  await expect(gridRow).toContainText('第一村民小组')
  await shotBoth(page, 'people-records-05-grid')

  // 8. On paper: the 网格员公示牌 and the 花名册, masked.
  const board = await printList(page, '网格员公示牌', 'grid-board')
  expect(board).toContain('宅子村网格员公示牌')
  expect(board).toContain('第一网格第一村民小组王大山')
  expect(board).toContain('0377-62123456')
  const roster = await printList(page, '村民花名册（按村民小组）', 'roster')
  expect(roster).toContain('宅子村村民花名册')
  expect(roster).toContain('第一村民小组（2人）')
  expect(roster).toContain('张艾')
  expect(roster).toContain(`${HEAD.slice(0, 6)}********${HEAD.slice(14)}`)
  const party = await printList(page, '中共党员名册', 'party')
  expect(party).toContain('宅子村中共党员名册')
  expect(party).toContain('张艾')
  expect(party).toContain('预备党员')
  await page.getByTestId('people-print-open').click()
  await expect(page.getByTestId('people-print-dialog').getByTestId('pdf-preview')).toBeVisible({ timeout: 30_000 })
  await shotBoth(page, 'people-records-06-print-preview')
  expect(pageErrors).toEqual([])
})

/** 新建户 by hand: 户号 and 村民小组 typed, then saved. */
async function newHousehold(page: Page, no: string, group: string) {
  await page.getByTestId('add-household-open').click()
  const hh = page.getByTestId('add-household-dialog')
  await hh.getByTestId('household-no').fill(no)
  await hh.getByTestId('household-group').click()
  await page.keyboard.type(group)
  await pick(page, group)
  await hh.getByTestId('household-save').click()
  await expect(page.getByText(`已新建户 ${no}`)).toBeVisible()
  await page.keyboard.press('Escape')
}

test('人员：更正户号与村民小组（原值保留、须填原因、户号重复在栏位处拒绝、操作日志写明字段），正常与大字', async ({ page }) => {
  const pageErrors: string[] = []
  page.on('pageerror', (e) => pageErrors.push(e.message))
  await completeSetup(page)
  await page.getByRole('menuitem', { name: '人员' }).click()
  await page.getByRole('tab', { name: '户', exact: true }).click()
  await newHousehold(page, '0101', '第一村民小组')
  await newHousehold(page, '0102', '第二村民小组')

  await page.getByTestId('household-table').locator('tbody tr', { hasText: '0101' }).click()
  const drawer = page.getByTestId('household-drawer')
  await expect(drawer.getByTestId('household-no')).toHaveText('0101')

  // 户号: one another household holds is refused at the field as it is typed, and again on save
  await drawer.getByTestId('correct-householdNo').click()
  const fix = page.getByTestId('household-correction-dialog')
  await expect(fix.getByTestId('household-correction-old')).toHaveText('0101')
  await fix.getByTestId('household-correction-value').fill('0102')
  const valueItem = fix.locator('.el-form-item', { has: page.getByTestId('household-correction-value') })
  await expect(valueItem.locator('.el-form-item__error')).toHaveText('户号 0102 已是另一户的户号，请核对后换一个')
  await fix.getByTestId('household-correction-reason').fill('依户口簿核对')
  await fix.getByTestId('household-correction-save').click()
  await expect(valueItem.locator('.el-form-item__error')).toHaveText('户号 0102 已是另一户的户号，请核对后换一个')
  await shot(page, 'people-records-07-household-number-taken')
  await page.getByTestId('large-type-switch').dispatchEvent('click')
  await expect(page.locator('html')).toHaveClass(/xy-large/)
  await shot(page, 'people-records-07-household-number-taken-large')

  // a free number: the reason is asked, at its field
  await fix.getByTestId('household-correction-value').fill('0110')
  await expect(valueItem.locator('.el-form-item__error')).toHaveCount(0)
  await fix.getByTestId('household-correction-reason').fill('')
  await fix.getByTestId('household-correction-save').click()
  const reasonItem = fix.locator('.el-form-item', { has: page.getByTestId('household-correction-reason') })
  await expect(reasonItem.locator('.el-form-item__error')).toHaveText('请填写更正原因（如：录入错字、依户口簿核对）')
  await fix.getByTestId('household-correction-reason').fill('依户口簿核对，录入错字')
  await fix.getByTestId('household-correction-save').click()
  await expect(page.getByText('户号已更正，原来的记录保留在更正记录中')).toBeVisible()
  await expect(drawer.getByTestId('household-no')).toHaveText('0110')
  await expect(drawer.locator('.el-drawer__title')).toHaveText('户号 0110')

  // 村民小组
  await drawer.getByTestId('correct-groupName').click()
  await expect(fix.getByTestId('household-correction-old')).toHaveText('第一村民小组')
  await fix.getByTestId('household-correction-value').click()
  await page.keyboard.type('第三村民小组')
  await page.keyboard.press('Enter')
  await fix.getByTestId('household-correction-reason').fill('分组登记错')
  await fix.getByTestId('household-correction-save').click()
  await expect(drawer.getByTestId('household-group')).toHaveText('第三村民小组')
  const history = drawer.getByTestId('household-correction-list')
  await expect(history).toContainText('更正户号：0101 → 0110，原因：依户口簿核对，录入错字')
  await expect(history).toContainText('更正村民小组：第一村民小组 → 第三村民小组，原因：分组登记错')
  await shot(page, 'people-records-08-household-corrected-large')
  await page.getByTestId('large-type-switch').dispatchEvent('click')
  await expect(page.locator('html')).not.toHaveClass(/xy-large/)
  await shot(page, 'people-records-08-household-corrected')
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('household-table')).toContainText('0110')
  await expect(page.getByTestId('household-table')).toContainText('第三村民小组')

  // the audit log names the field, with the old and new value and the reason
  await page.getByRole('menuitem', { name: '设置' }).click()
  await page.getByRole('tab', { name: '操作日志' }).click()
  const log = page.getByTestId('audit-table')
  await expect(log).toContainText('更正户号：0101 → 0110，原因：依户口簿核对，录入错字；户 0110')
  await expect(log).toContainText('更正村民小组：第一村民小组 → 第三村民小组，原因：分组登记错；户 0110')
  expect(pageErrors).toEqual([])
})
