import { execFileSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { completeSetup, shot, shotDir } from './helpers'

const dir = 'test-results/files'
mkdirSync(dir, { recursive: true })
mkdirSync(shotDir, { recursive: true })

/** A date n days before today in Beijing time (the browser runs in Asia/Shanghai); negative: after. */
function daysAgo(n: number): string {
  return new Date(Date.now() + 8 * 3600_000 - n * 86_400_000).toISOString().slice(0, 10)
}
const chinese = (iso: string) => `${Number(iso.slice(0, 4))}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`
const dayBefore = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10)

const FINE = '并处以罚款五百元'
const COMPACT = `宅子村村规民约
为建设文明和谐的美丽乡村，全体村民共同商定如下：
第一章 总则
第一条 为推进村民自治，弘扬文明新风，根据《中华人民共和国村民委员会组织法》等法律法规，结合本村实际，制定本村规民约。
第二条 本村规民约适用于本村全体村民。
第二章 村风民俗
第三条 村民应当移风易俗，婚事新办、丧事简办，不得索要天价彩礼，不得大操大办酒席。
第四条 村民建房应当服从村庄规划，不得妨碍相邻住户的通风和采光。
第三章 违约处理
第五条 违反第三条、第四条的，由村民委员会批评教育，责令恢复原状，${FINE}。
第六条 违约人改正错误后，由村民委员会恢复其评先评优资格。
第四章 附则
第七条 本村规民约经村民会议表决通过后施行，由村民委员会负责解释。`
const OLD_3 = '村民应当移风易俗，婚事新办、丧事简办，不得索要天价彩礼，不得大操大办酒席。'
const NEW_3 = '村民应当移风易俗，婚事新办、丧事简办，倡导零彩礼、低彩礼，红白喜事宴席不超过十桌。'

async function setDate(page: Page, testId: string, iso: string) {
  const input = page.getByTestId(testId).locator('input').first()
  await input.fill(iso)
  await input.press('Enter')
}

async function loadSample(page: Page) {
  await page.getByRole('menuitem', { name: '设置' }).click()
  await page.getByRole('tab', { name: '示例数据' }).click()
  await page.getByTestId('sample-load').click()
  await page.getByRole('button', { name: '载入', exact: true }).click()
  await expect(page.getByTestId('sample-done')).toBeVisible({ timeout: 60_000 })
}

async function openTab(page: Page, name: string) {
  await page.getByRole('tab', { name }).click()
}

/** 提请审核 on `submitted`, then the township's opinion on `reviewed`. */
async function townshipReview(page: Page, submitted: string, reviewed: string, text: string, outcome = '同意提交表决') {
  await openTab(page, '程序')
  await setDate(page, 'submit-date', submitted)
  await page.getByTestId('submit-review').click()
  await expect(page.getByTestId('procedure-state')).toHaveText('提请审核')
  await setDate(page, 'review-date', reviewed)
  await page.getByTestId('review-reviewer').fill('罗庄镇党委、政府（经办人 张明）')
  await page.getByTestId('review-outcome').getByText(outcome).click()
  await page.getByTestId('review-text').fill(text)
}

/** The 村民会议: everyone on the roster present, all for. */
async function holdVillagersMeeting(page: Page, date: string, effectiveFrom: string, shotName: string) {
  await expect(page.getByTestId('vote-meeting')).toBeVisible()
  await setDate(page, 'meeting-date', date)
  await setDate(page, 'effective-from', effectiveFrom)
  await page.getByTestId('meeting-host').fill('王建国')
  await expect(page.getByTestId('roster-table')).toBeVisible()
  const entitled = Number(await page.getByTestId('count-entitled').textContent())
  expect(entitled).toBeGreaterThan(0)
  await expect(page.getByTestId('quorum-indicator')).toHaveAttribute('data-met', 'false')
  await page.getByTestId('roster-all').click()
  await expect(page.getByTestId('count-present')).toHaveText(String(entitled))
  await expect(page.getByTestId('quorum-indicator')).toHaveAttribute('data-met', 'true')
  // 表决应有一定比例妇女参会: shown as a finding with the count, never a block
  const women = Number(await page.getByTestId('count-women').textContent())
  expect(women).toBeGreaterThan(0)
  await expect(page.getByTestId('women-finding')).toContainText(`其中妇女${women}人`)
  await page.getByTestId('vote-yes').locator('input').fill(String(entitled))
  await page.getByTestId('vote-no').locator('input').fill('0')
  await page.getByTestId('vote-abstain').locator('input').fill('0')
  await page.getByTestId('vote-abstain').locator('input').blur()
  await expect(page.getByTestId('live-sentence')).toContainText('通过')
  await shot(page, shotName)
  await page.getByTestId('vote-save').click()
  await expect(page.getByTestId('procedure-state')).toHaveText('表决通过')
}

async function publishAndFile(page: Page, published: string, filed: string, receipt: string) {
  await setDate(page, 'publish-date', published)
  await page.getByTestId('publish-save').click()
  await expect(page.getByTestId('procedure-state')).toHaveText('已公布')
  await expect(page.getByTestId('filing-reminder')).toContainText('地方惯例，可调整')
  await setDate(page, 'filing-date', filed)
  await page.getByTestId('filing-receipt').fill(receipt)
  await page.getByTestId('filing-save').click()
  await expect(page.getByTestId('procedure-state')).toHaveText('已备案')
  await expect(page.getByTestId('filing-done')).toContainText(receipt)
}

/** Opens a printout, saves its PDF, reads it back as text (whitespace removed), renders page 1 to PNG. */
async function printout(page: Page, kind: 'compact' | 'filing', name: string): Promise<string> {
  await page.getByTestId(`print-${kind}`).click()
  await expect(page.getByTestId('pdf-preview')).toBeVisible({ timeout: 30_000 })
  const button = page.getByTestId('print-save-pdf')
  await expect(button).toBeEnabled({ timeout: 30_000 })
  await expect(button).toBeInViewport({ ratio: 1 })
  const download = page.waitForEvent('download', { timeout: 30_000 })
  await button.click()
  const path = `${dir}/${name}.pdf`
  await (await download).saveAs(path)
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', path, `${shotDir}/${name}-printed`])
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('pdf-preview')).toBeHidden()
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, '')
}

test('村规民约：粘贴导入含罚款的文本 → 审查阻止表决 → 改正 → 乡镇审核 → 村民会议表决通过 → 公布 → 备案 → 修订一条（以后施行）→ 某日有效的条文；全文与备案报告打印件', async ({
  page,
}) => {
  test.setTimeout(240_000)
  await completeSetup(page)
  await loadSample(page)
  await page.getByRole('menuitem', { name: '村规民约' }).click()
  await expect(page.getByTestId('compact-empty')).toBeVisible()

  // 粘贴导入: the preview reads 4 章 7 条, shows the line it could not place and the fine.
  await page.getByTestId('compact-import').click()
  // 从文件读取 a .txt (read in a worker like a .docx), then the pasted text replaces it
  await page
    .getByTestId('import-file')
    .setInputFiles({ name: '村规民约.txt', mimeType: 'text/plain', buffer: Buffer.from(COMPACT, 'utf8') })
  await expect(page.getByTestId('import-file-note')).toContainText('已读入“村规民约.txt”')
  await expect(page.getByTestId('import-counts')).toContainText('4章，7条')
  await page.getByTestId('import-text').fill(COMPACT)
  await expect(page.getByTestId('import-counts')).toContainText('4章，7条')
  await expect(page.getByTestId('import-unplaced')).toContainText('为建设文明和谐的美丽乡村')
  await expect(page.getByTestId('import-illegal')).toContainText('第五条')
  await expect(page.getByTestId('import-illegal')).toContainText('处以罚款五百元')
  await shot(page, 'compact-import-preview')
  await page.getByTestId('import-save').click()
  await expect(page.getByTestId('draft-editor')).toBeVisible()

  // The editor: the fine is 违法 beside article 5; article 6 is linked to 5 by hand, shown both ways.
  await expect(page.getByTestId('article-review-5')).toContainText('违法')
  await expect(page.getByTestId('draft-illegal-count')).toContainText('1处违法内容，不能提交表决')
  await expect(page.getByTestId('article-review-5')).toContainText('没有对应的恢复条文')
  await expect(page.getByTestId('article-review-6')).toContainText('没有关联条文')
  await page.getByTestId('article-links-6').click()
  await page.locator('.el-select-dropdown__item:visible', { hasText: '第五条' }).click()
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('article-linked-from-5')).toContainText('本条处理由第六条恢复')
  await expect(page.getByTestId('article-review-5')).not.toContainText('没有对应的恢复条文')
  await expect(page.getByTestId('article-linked-from-3')).toContainText('违反本条由第五条处理')
  await expect(page.getByTestId('draft-state')).toHaveText(/草案已保存/)
  await shot(page, 'compact-editor-blocked')

  // 制定: started, sent to the township with the fine still in it (the screen says it cannot go to the vote).
  await openTab(page, '程序')
  await page.getByTestId('procedure-begin').click()
  await expect(page.getByTestId('procedure-state')).toHaveText('拟定草案')
  await expect(page.getByTestId('submit-illegal')).toContainText('第五条有违法内容')
  await townshipReview(
    page,
    daysAgo(30),
    daysAgo(25),
    '原则同意。第五条“处以罚款”没有法律依据，请删除后提交村民会议表决。',
    '原则同意，需修改',
  )
  await page.getByTestId('review-save').click()
  await expect(page.getByTestId('procedure-state')).toHaveText('审核完毕')

  // The review blocks the vote: 违法 article, the button disabled.
  await expect(page.getByTestId('vote-blockers')).toContainText('第五条有违法内容，改正前不能提交表决')
  await expect(page.getByTestId('vote-save')).toBeDisabled()
  await shot(page, 'compact-vote-blocked')

  // Fix it in the draft (根据意见修改草案), then the vote opens.
  await openTab(page, '草案')
  const text5 = page.getByTestId('article-text-5')
  await text5.fill((await text5.inputValue()).replace(FINE, '并在村务公开栏通报'))
  await expect(page.getByTestId('draft-illegal-count')).toHaveText('未发现违法内容')
  await expect(page.getByTestId('article-review-5')).not.toContainText('违法')
  await expect(page.getByTestId('draft-state')).toHaveText(/草案已保存/)
  await openTab(page, '程序')
  await expect(page.getByTestId('vote-blockers')).toBeHidden()

  // 审议表决 at a 村民会议 with a quorum; 公布; 备案 within the profile's days.
  const adopted = daysAgo(20)
  const inForce = daysAgo(15)
  await holdVillagersMeeting(page, adopted, inForce, 'compact-vote')
  await expect(page.getByTestId('compact-filing-reminder')).toContainText('报乡镇人民政府备案')
  await publishAndFile(page, daysAgo(18), daysAgo(14), '罗备〔2026〕12号')
  await expect(page.getByTestId('compact-filing-reminder')).toBeHidden()
  await shot(page, 'compact-filed')

  // The tree of the text in force, and the search.
  await openTab(page, '现行条文')
  await expect(page.getByTestId('in-force-version')).toContainText(`自${chinese(inForce)}起施行`)
  await expect(page.getByTestId('compact-tree')).toContainText('第三章 违约处理')
  await page.getByTestId('compact-search').fill('彩礼')
  await expect(page.getByTestId('compact-search-hits')).toHaveText('找到1条')
  await page.getByTestId('compact-search').fill('')

  // Printouts of the adopted version: the compact and the 备案报告, read back.
  await openTab(page, '打印')
  const printed = await printout(page, 'compact', 'compact-printed')
  expect(printed).toContain('宅子村村规民约')
  expect(printed).toContain('第五条')
  expect(printed).toContain('村务公开栏通报')
  expect(printed).not.toContain('罚款')
  expect(printed).toContain('宅子村村民会议')
  expect(printed).toContain(chinese(adopted))
  const report = await printout(page, 'filing', 'compact-filing-report')
  expect(report).toContain('备案的报告')
  expect(report).toContain('罗庄镇人民政府')
  expect(report).toContain(chinese(adopted))
  expect(report).toContain('宅子村村民委员会')

  // 修订: article 3, effective in a month, through the same procedure.
  await openTab(page, '程序')
  await expect(page.getByTestId('start-kind').locator('input[value="amend"]')).toBeChecked()
  await page.getByTestId('procedure-begin').click()
  await expect(page.getByTestId('draft-editor')).toBeVisible()
  // 草案不丢: the window reloaded straight after typing; the text is back when the editor opens
  await page.getByTestId('article-text-3').fill(NEW_3)
  await page.reload()
  await openTab(page, '草案')
  await expect(page.getByTestId('article-text-3')).toHaveValue(NEW_3)
  // saved again from the local copy, or already saved before the reload
  await expect(page.getByTestId('draft-state')).toHaveText(/草案已保存|修改会自动保存/)
  await townshipReview(page, daysAgo(8), daysAgo(7), '同意修订第三条，提交村民会议表决。')
  await page.getByTestId('review-save').click()
  await expect(page.getByTestId('procedure-state')).toHaveText('审核完毕')
  const amendedFrom = daysAgo(-30)
  await holdVillagersMeeting(page, daysAgo(5), amendedFrom, 'compact-amend-vote')
  await publishAndFile(page, daysAgo(4), daysAgo(3), '罗备〔2026〕31号')

  // 版本与对照: two versions, article 3 修改.
  await openTab(page, '版本与对照')
  await expect(page.getByTestId('versions-table')).toContainText('修改第三条')
  await expect(page.getByTestId('diff-table')).toContainText('倡导零彩礼')
  await shot(page, 'compact-versions')

  // the tree still shows the text in force today and says a new version is coming
  await openTab(page, '现行条文')
  await expect(page.getByTestId('in-force-upcoming')).toContainText(`自${chinese(amendedFrom)}起施行`)

  // 某日有效的条文: the old text the day before the amendment takes effect, the new one from that day.
  await openTab(page, '现行条文')
  await page.getByTestId('on-article').fill('第三条')
  await setDate(page, 'on-date', dayBefore(amendedFrom))
  await expect(page.getByTestId('on-result')).toHaveAttribute('data-status', 'in_force')
  await expect(page.getByTestId('on-result-text')).toHaveText(OLD_3)
  await expect(page.getByTestId('on-result-version')).toContainText(`自${chinese(inForce)}起施行`)
  await expect(page.getByTestId('on-result-version')).toContainText(`${chinese(adopted)}村民会议通过`)
  await shot(page, 'compact-on-date-before')
  await setDate(page, 'on-date', amendedFrom)
  await expect(page.getByTestId('on-result-text')).toHaveText(NEW_3)
  await expect(page.getByTestId('on-result-version')).toContainText(`自${chinese(amendedFrom)}起施行`)
  await shot(page, 'compact-on-date-after')
  // before the compact existed
  await setDate(page, 'on-date', dayBefore(inForce))
  await expect(page.getByTestId('on-result')).toHaveAttribute('data-status', 'not_yet_in_force')
})
