/**
 * Forms and help a new secretary understands without help (issue 16 items 5, 7, 8): errors at the
 * field and gone once fixed (village profile, notice 签发/异议/答复), ending and archiving asked first,
 * the 公示结果记录 and the 使用手册 as PDFs read back with pdftotext, 使用说明 and the "?" beside a
 * legal term, 载入示例村数据 disabled with its reason. Screenshots in normal and large type.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { latinWordsIn } from '../../renderer/src/help/latin'
import { choose, completeSetup, shot, shotDir } from './helpers'
import { shotBoth } from './plain-largeType'

const dir = 'test-results/files'
mkdirSync(dir, { recursive: true })

function daysAgo(n: number): string {
  const d = new Date(Date.now() + 8 * 3600_000 - n * 86_400_000)
  return d.toISOString().slice(0, 10)
}

async function setDate(page: Page, testId: string, iso: string) {
  const input = page.getByTestId(testId).locator('input')
  await input.fill(iso)
  await input.press('Enter')
}

/** Saves a PDF from its button, reads it back (whitespace removed) and renders page 1 to PNG. */
async function savedPdfText(page: Page, testId: string, name: string): Promise<string> {
  const download = page.waitForEvent('download')
  await page.getByTestId(testId).click()
  const path = `${dir}/${name}.pdf`
  await (await download).saveAs(path)
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', path, `${shotDir}/${name}`])
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, '')
}

test('村情表单：级联选村后，乡镇、县的“请填写”和“还有几项需要修改”随即消失；电话错误在电话栏下', async ({ page }) => {
  await page.goto('./')
  await page.getByTestId('profile-submit').click()
  await expect(page.getByText('请填写所属乡镇')).toBeVisible()
  await expect(page.getByText(/还有 \d+ 项需要修改/)).toBeVisible()
  await choose(page, 'pick-province', '河南省')
  await choose(page, 'pick-city', '南阳市')
  await choose(page, 'pick-county', '邓州市')
  await choose(page, 'pick-street', '罗庄镇')
  await choose(page, 'pick-village', '宅子村民委员会')
  await expect(page.getByText('请填写所属乡镇')).toHaveCount(0)
  await expect(page.getByText('请填写所属县')).toHaveCount(0)
  await expect(page.getByText('请填写村名')).toHaveCount(0)
  // left: the phone and the secretary's name, the two fields the cascade cannot fill
  await expect(page.getByText('还有 2 项需要修改，见标红处。')).toBeVisible()
  await page.getByTestId('supervision-phone').fill('62123456')
  await page.getByTestId('secretary-name').fill('李秀英')
  await page.getByTestId('profile-submit').click()
  const phoneItem = page.locator('.el-form-item', { has: page.getByTestId('supervision-phone') })
  await expect(phoneItem.locator('.el-form-item__error')).toContainText('固定电话请加区号')
  await expect(page.getByText('还有 1 项需要修改，见标红处。')).toBeVisible()
  await shotBoth(page, 'plain-forms-01-profile-phone-error')
  await page.getByTestId('supervision-phone').fill('0377-62123456')
  await expect(phoneItem.locator('.el-form-item__error')).toHaveCount(0)
  await expect(page.getByText(/还有 \d+ 项需要修改/)).toHaveCount(0)
  await page.getByTestId('profile-submit').click()
  await expect(page.getByRole('heading', { name: '宅子村概况' })).toBeVisible()
})

test('公示：签发、异议、答复的错误在对应栏目下并随修改消失；结束和归档先确认；公示结果记录可打印', async ({ page }) => {
  await completeSetup(page)
  await page.getByRole('menuitem', { name: '公示公告' }).click()
  // 使用说明: collapsed until opened, then the steps of the area
  await page.getByTestId('area-help-toggle').click()
  await expect(page.getByTestId('area-help-body')).toContainText('期满后登记结果')
  await shotBoth(page, 'plain-forms-02-notices-help')

  await page.getByTestId('notice-new').click()
  await page.getByTestId('notice-body').fill('经村民代表会议讨论通过，现将村道硬化工程预算公示如下：总预算十二万元。')
  const start = daysAgo(9)
  await setDate(page, 'notice-date-signed', start)
  await setDate(page, 'notice-start', start)
  await page.getByTestId('notice-with-list').click()
  await page.getByTestId('notice-issue').click()
  const titleItem = page.locator('.el-form-item', { has: page.getByTestId('notice-title') })
  await expect(titleItem.locator('.el-form-item__error')).toHaveText('请填写标题')
  await expect(page.getByTestId('notice-problems')).toContainText('请按红字修改上面标出的 1 处')
  await shotBoth(page, 'plain-forms-03-issue-error-at-title')
  await page.getByTestId('notice-title').fill('关于村道硬化工程预算的公示')
  await expect(titleItem.locator('.el-form-item__error')).toHaveCount(0)
  await expect(page.getByTestId('notice-problems')).toHaveCount(0)
  await page.getByTestId('notice-issue').click()
  await page.getByRole('button', { name: '确认签发' }).click()
  await expect(page.getByTestId('notice-state')).toHaveText('已签发', { timeout: 30_000 })

  // 防篡改校验码: short and grouped, the full code one click away
  await expect(page.getByTestId('check-code-short')).toHaveText(/^[0-9A-F]{4}( [0-9A-F]{4}){3}$/)
  await page.getByTestId('check-code-full').click()
  await expect(page.getByTestId('check-code-value')).toHaveText(/^[0-9A-F]{4}( [0-9A-F]{4}){15}$/)
  await page.getByTestId('term-公示期').click()
  await expect(page.getByTestId('term-text-公示期')).toContainText('例如')
  await shotBoth(page, 'plain-forms-04-check-code-and-term')
  await page.keyboard.press('Escape')

  await page.getByTestId('posting-submit').click()
  await expect(page.getByTestId('notice-state')).toHaveText('公示中')
  // an objection without its author: the error under 异议人, gone once typed
  await page.getByTestId('objection-content').fill('预算中的材料单价偏高，请核实。')
  await page.getByTestId('objection-submit').click()
  const whoItem = page.locator('.el-form-item', { has: page.getByTestId('objection-who') })
  await expect(whoItem.locator('.el-form-item__error')).toHaveText('请填写异议人')
  await page.getByTestId('objection-who').fill('张某')
  await expect(whoItem.locator('.el-form-item__error')).toHaveCount(0)
  await page.getByTestId('objection-submit').click()
  await expect(page.getByTestId('objection')).toContainText('请核实')
  // an empty reply: the error under the reply box
  await page.getByTestId('reply-submit').click()
  const replyItem = page.locator('.el-form-item', { has: page.getByTestId('reply-text') })
  await expect(replyItem.locator('.el-form-item__error')).toHaveText('请填写答复内容')
  await shotBoth(page, 'plain-forms-05-reply-error')
  await page.getByTestId('reply-text').fill('经村务监督委员会核对市场价，单价符合标准。')
  await expect(replyItem.locator('.el-form-item__error')).toHaveCount(0)
  await page.getByTestId('reply-submit').click()
  await expect(page.getByTestId('objection')).toContainText('单价符合标准')

  // ending asks first; 再看看 changes nothing
  await page.getByTestId('end-submit').click()
  await expect(page.getByRole('dialog')).toContainText('不能再改')
  await page.getByRole('button', { name: '再看看' }).click()
  await expect(page.getByTestId('notice-state')).toHaveText('公示中')
  await page.getByTestId('end-submit').click()
  await page.getByRole('button', { name: '确认结束' }).click()
  await expect(page.getByTestId('notice-state')).toHaveText('公示期满')

  const record = await savedPdfText(page, 'result-record-save', 'plain-result-record')
  expect(record).toContain('公示结果记录')
  expect(record).toContain('关于村道硬化工程预算的公示')
  expect(record).toContain('共收到异议1件，1件已答复')
  expect(record).toContain('张某')
  expect(record).toContain('单价符合标准')
  expect(record).toContain('公示期内收到的异议已逐一答复，公示结果有效')
  expect(record).toContain('宅子村村民委员会')

  await page.getByTestId('archive-submit').click()
  await expect(page.getByRole('dialog')).toContainText('确认归档')
  await page.getByRole('button', { name: '确认归档' }).click()
  await expect(page.getByTestId('notice-state')).toHaveText('已归档')
  await expect(page.getByTestId('result-record-print')).toBeVisible()
  await shotBoth(page, 'plain-forms-06-archived')

  // the audit log names each step in Chinese: 对象 公示, no table names, no codes in the text
  await page.getByRole('menuitem', { name: '设置' }).click()
  await page.getByRole('tab', { name: '操作日志' }).click()
  const log = page.getByTestId('audit-table')
  await expect(log).toContainText('签发公示“关于村道硬化工程预算的公示”，打印件已存档并记下防篡改校验码')
  await expect(log).toContainText('公示文件')
  const cells = await log.locator('tbody td:not(:last-child)').allInnerTexts()
  expect(latinWordsIn(cells.join('\n'))).toEqual([])
})

test('设置：使用手册PDF、法律用语、大字模式；示例数据已载入后“载入”不可用并说明原因', async ({ page }) => {
  await completeSetup(page)
  await page.getByRole('menuitem', { name: '设置' }).click()
  await page.getByRole('tab', { name: '示例数据' }).click()
  await page.getByTestId('sample-load').click()
  await page.getByRole('button', { name: '载入', exact: true }).click()
  await expect(page.getByTestId('sample-done')).toBeVisible({ timeout: 60_000 })
  await expect(page.getByTestId('sample-load')).toBeDisabled()
  await expect(page.getByTestId('sample-blocked')).toContainText('不能重复载入')
  await expect(page.getByText('（大（')).toHaveCount(0)
  await shotBoth(page, 'plain-forms-07-sample-blocked')

  await page.getByRole('tab', { name: '使用说明与大字' }).click()
  await expect(page.getByTestId('legal-terms')).toContainText('到会 20 人，至少要 11 人同意')
  const manual = await savedPdfText(page, 'manual-save', 'plain-manual')
  expect(manual).toContain('乡约使用手册')
  for (const title of ['首页', '人员', '村规民约', '四议两公开', '违约处理', '公示公告', '导出与备份', '设置'])
    expect(manual).toContain(`、${title}`)
  expect(manual).toContain('常用法律用语')
  expect(manual).toContain('陈述申辩')

  await page.getByTestId('settings-large-type').click()
  await expect(page.locator('html')).toHaveClass(/xy-large/)
  await shot(page, 'plain-forms-08-settings-large')
  // the audit log in large type: the check code column and the Chinese 对象 column
  await page.getByRole('tab', { name: '操作日志' }).click()
  await expect(page.getByTestId('audit-table')).toContainText('村民')
  await expect(page.getByTestId('audit-table')).not.toContainText('villagers')
  await shot(page, 'plain-forms-09-audit-large')
  // popovers in large type sit beside what opened them: the legal basis of the 公示 days
  await page.getByRole('menuitem', { name: '公示公告' }).click()
  await page.getByTestId('notice-new').click()
  await page.getByTestId('legal-basis').click()
  const basis = page.getByTestId('legal-basis-text')
  await expect(basis).toBeVisible()
  const link = await page.getByTestId('legal-basis').boundingBox()
  const box = await basis.boundingBox()
  expect(box && link && Math.abs(box.y - (link.y + link.height)) < 60).toBe(true)
  await shot(page, 'plain-forms-10-basis-large')
  await page.keyboard.press('Escape')
  await page.getByTestId('large-type-switch').click()
  await expect(page.locator('html')).not.toHaveClass(/xy-large/)
  await page.getByTestId('legal-basis').click()
  await shot(page, 'plain-forms-11-basis-normal')
})
