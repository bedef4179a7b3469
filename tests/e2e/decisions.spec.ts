import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { completeSetup, shot, shotDir } from './helpers'

const dir = 'test-results/files'
mkdirSync(dir, { recursive: true })
mkdirSync(shotDir, { recursive: true })
const chinese = (iso: string) => `${Number(iso.slice(0, 4))}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`

/** A date n days before today in Beijing time, as 'YYYY-MM-DD' (the browser runs in Asia/Shanghai). */
function daysAgo(n: number): string {
  const d = new Date(Date.now() + 8 * 3600_000 - n * 86_400_000)
  return d.toISOString().slice(0, 10)
}

async function loadSample(page: Page) {
  await page.getByRole('menuitem', { name: '设置' }).click()
  await page.getByRole('tab', { name: '示例数据' }).click()
  await page.getByTestId('sample-load').click()
  await page.getByRole('button', { name: '载入', exact: true }).click()
  await expect(page.getByTestId('sample-done')).toBeVisible()
}

/**
 * Opens a paper from its button, saves the PDF, reads it back with pdftotext (whitespace removed) and
 * renders every page to PNG beside the screenshots (decisions-paper-<name>-N.png). Checks the masking:
 * no full ID number or mobile number anywhere. Returns the text and the page count.
 */
async function savePaper(page: Page, button: string, name: string): Promise<{ text: string; pages: string[] }> {
  await page.getByTestId(button).click()
  await expect(page.getByTestId('pdf-preview')).toBeVisible({ timeout: 30_000 })
  await expect(page.getByTestId('paper-save-pdf')).toBeEnabled({ timeout: 30_000 })
  // as in violations.spec: a first click while the viewer frame loads may start no download
  let download = page.waitForEvent('download', { timeout: 20_000 })
  await page.getByTestId('paper-save-pdf').click()
  const file =
    (await download.catch(() => null)) ??
    (await (async () => {
      download = page.waitForEvent('download', { timeout: 30_000 })
      await page.getByTestId('paper-save-pdf').click()
      return download
    })())
  const pdfPath = `${dir}/decisions-${name}.pdf`
  await file.saveAs(pdfPath)
  const raw = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' })
  writeFileSync(`${dir}/decisions-${name}.txt`, raw)
  const pages = raw.split('\f').filter((p) => p.trim())
  const text = raw.replace(/\s+/g, '')
  expect(text).not.toMatch(/\d{17}[\dX]/)
  expect(text).not.toMatch(/(?<!\d)1[3-9]\d{9}(?!\d)/)
  execFileSync('pdftoppm', ['-png', '-r', '60', pdfPath, `${shotDir}/decisions-paper-${name}`])
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('pdf-preview')).toBeHidden()
  return { text, pages }
}

/** Every page carries more than its foot: a 落款 or a signature line alone on a page is a layout bug. */
function noPageAlone(pages: readonly string[]) {
  for (const p of pages) expect(p.replace(/第\s*\d+\s*页\s*共\s*\d+\s*页/g, '').replace(/\s+/g, '').length).toBeGreaterThan(40)
}

async function setDate(page: Page, testId: string, iso: string) {
  const input = page.getByTestId(testId).locator('input').first()
  await input.fill(iso)
  await input.press('Enter')
}

async function newMatter(page: Page, title: string, tag: string) {
  await page.getByRole('menuitem', { name: '四议两公开' }).click()
  await expect(page.getByRole('heading', { name: '四议两公开' })).toBeVisible()
  await page.getByTestId('matter-new').click()
  // refused at the field without a title and a 动议事由
  await page.getByTestId('matter-save').click()
  await expect(page.getByTestId('matter-dialog')).toContainText('请填写事项名称')
  await expect(page.getByTestId('matter-dialog')).toContainText('请选择动议事由')
  await page.getByTestId('matter-title').fill(title)
  await page.getByTestId('matter-source').getByText('党员群众建议').click()
  await page.getByTestId('matter-tags').getByText(tag).click()
  await page.getByTestId('matter-save').click()
  await expect(page.getByTestId('matter-title-head')).toHaveText(title)
  await expect(page.getByTestId('matter-state')).toHaveText('待提议')
}

/** Fills the meeting screen: everyone on the roster present, then `yes(present)` for and the rest against. */
async function holdMeeting(
  page: Page,
  o: {
    date: string
    content: string
    body?: string
    yes?: (present: number, entitled: number) => number
    auth?: boolean
    shotName?: string
  },
): Promise<{ present: number; entitled: number }> {
  const panel = page.getByTestId('meeting-panel')
  await expect(panel).toBeVisible()
  if (o.body) await page.getByTestId('meeting-body').getByText(o.body, { exact: true }).click()
  await setDate(page, 'meeting-date', o.date)
  await expect(page.getByTestId('roster-table')).toBeVisible()
  const entitled = Number(await page.getByTestId('count-entitled').textContent())
  expect(entitled).toBeGreaterThan(0)
  await expect(page.getByTestId('quorum-indicator')).toHaveAttribute('data-met', 'false')
  await page.getByTestId('roster-all').click()
  await expect(page.getByTestId('count-present')).toHaveText(String(entitled))
  await expect(page.getByTestId('quorum-indicator')).toHaveAttribute('data-met', 'true')
  const present = entitled
  const yes = o.yes ? o.yes(present, entitled) : present
  await page.getByTestId('meeting-content').fill(o.content)
  if (o.auth) {
    await setDate(page, 'auth-date', daysAgo(200))
    await page.getByTestId('auth-meeting').fill('本年度第一次村民会议')
  }
  await page.getByTestId('vote-yes').locator('input').fill(String(yes))
  await page
    .getByTestId('vote-no')
    .locator('input')
    .fill(String(present - yes))
  await page.getByTestId('vote-abstain').locator('input').fill('0')
  await page.getByTestId('vote-abstain').locator('input').blur()
  await page.getByTestId('decision-rule').scrollIntoViewIfNeeded()
  if (o.shotName) await shot(page, o.shotName)
  return { present, entitled }
}

test('四议两公开：新建事项，登记①–④的会议（签到、法定人数、表决），⑤决议公开公示，⑥实施结果公开公示', async ({ page }) => {
  await completeSetup(page)
  await loadSample(page)
  await newMatter(page, '硬化村内环村道路', '本村公益事业的兴办')
  await shot(page, 'decisions-01-new-matter')

  // ① 支委会
  await holdMeeting(page, { date: daysAgo(30), content: '村党组织提议硬化环村道路约2公里' })
  // the roster of the 支委会 on that date, and who is not on it with the reason
  await page.getByTestId('roster-excluded-toggle').click()
  await expect(page.getByTestId('roster-excluded')).toBeVisible()
  await expect(page.getByTestId('quorum-rule')).toContainText('到会 —《')
  await shot(page, 'decisions-02-proposal-meeting')
  await page.getByTestId('meeting-save').click()
  await expect(page.getByTestId('meeting-result')).toContainText('通过')
  await expect(page.getByTestId('matter-state')).toHaveText('待商议')

  // ② 两委
  await holdMeeting(page, { date: daysAgo(28), content: '“两委”联席会议商议，形成硬化方案' })
  await page.getByTestId('meeting-save').click()
  await expect(page.getByTestId('matter-state')).toHaveText('待审议')

  // ③ 党员大会: a vote over those present is refused at the field first
  const assembly = await holdMeeting(page, { date: daysAgo(25), content: '党员大会审议硬化方案' })
  await page.getByTestId('vote-no').locator('input').fill('1')
  await page.getByTestId('vote-no').locator('input').blur()
  await expect(page.getByTestId('vote-errors')).toContainText(`多于到会有表决权的${assembly.present}人`)
  await expect(page.getByTestId('live-sentence')).toContainText('不能认定通过')
  await shot(page, 'decisions-03-vote-mismatch')
  await page.getByTestId('vote-no').locator('input').fill('0')
  await page.getByTestId('vote-no').locator('input').blur()
  await page.getByTestId('meeting-save').click()
  await expect(page.getByTestId('matter-state')).toHaveText('待决议')

  // ④ 村民代表会议, with the 村民会议's written authorisation (Art. 24 ¶2); two against
  const resolution = await holdMeeting(page, {
    date: daysAgo(20),
    body: '村民代表会议',
    content: '同意硬化环村道路，预算40万元，由村集体经济收入和上级补助解决',
    auth: true,
    yes: (present) => present - 2,
    shotName: 'decisions-04-resolution-meeting',
  })
  await expect(page.getByTestId('quorum-rule')).toContainText('《村民委员会组织法》第二十六条')
  await expect(page.getByTestId('live-sentence')).toContainText('通过')
  await page.getByTestId('meeting-save').click()
  await expect(page.getByTestId('meeting-result')).toContainText('通过 —')
  await expect(page.getByTestId('matter-state')).toHaveText('决议公开中')
  await shot(page, 'decisions-05-decided')

  // the papers of ④, from the screen: 签到表 (the frozen roster, a signature column) and 会议记录 (the result in words)
  const sign = await savePaper(page, 'paper-签到表-3', 'sign-in')
  expect(sign.text).toContain('宅子村村民代表会议签到表')
  expect(sign.text).toContain('签名')
  expect(sign.text).toContain(`应到${resolution.entitled}人`)
  expect(sign.text).toContain(chinese(daysAgo(20)))
  noPageAlone(sign.pages)
  const minutes = await savePaper(page, 'paper-会议记录-3', 'minutes')
  expect(minutes.text).toContain('宅子村村民代表会议记录')
  expect(minutes.text).toContain(`应到${resolution.entitled}人，实到${resolution.present}人`)
  expect(minutes.text).toContain(`同意${resolution.present - 2}票`)
  expect(minutes.text).toContain('通过—《村民委员会组织法》第二十六条')
  expect(minutes.text).toContain('主持人签名')
  noPageAlone(minutes.pages)
  await shot(page, 'decisions-055-papers')

  // a recount after the first entry: kept beside the original with who, when and why
  await page.getByTestId('vote-correct-3').click()
  await page.getByTestId('fix-save-3').click()
  await expect(page.getByTestId('fix-error-3')).toContainText('请说明更正的原因')
  await page
    .getByTestId('fix-yes-3')
    .locator('input')
    .fill(String(resolution.present + 1))
  await page.getByTestId('fix-why-3').fill('复核计票：一票应为弃权')
  await page.getByTestId('fix-save-3').click()
  await expect(page.getByTestId('fix-error-3')).toContainText('表决结果更正有误')
  await page
    .getByTestId('fix-yes-3')
    .locator('input')
    .fill(String(resolution.present - 2))
  await page.getByTestId('fix-no-3').locator('input').fill('1')
  await page.getByTestId('fix-abstain-3').locator('input').fill('1')
  await page.getByTestId('fix-save-3').click()
  await expect(page.getByTestId('vote-edit-3-0')).toContainText('反对2票，弃权0票 → ')
  await expect(page.getByTestId('vote-edit-3-0')).toContainText('反对1票，弃权1票；原因：复核计票：一票应为弃权（李秀英')
  await expect(page.getByTestId('vote-corrections-3')).toContainText(
    `首次登记：举手表决：同意${resolution.present - 2}票，反对2票，弃权0票`,
  )

  // ⑤ 决议公开: the notice is made through the use case and found in 公示公告
  await setDate(page, 'disclosure-start', daysAgo(12))
  await page.getByTestId('publish-resolution').click()
  await expect(page.getByTestId('disclosure-period')).toContainText(daysAgo(12))
  await shot(page, 'decisions-06-disclosure')
  await page.getByTestId('disclosure-notice-link').click()
  await expect(page.getByTestId('notice-state')).toHaveText('草稿')
  await expect(page.locator('body')).toContainText('关于硬化村内环村道路的决议公开')
  await shot(page, 'decisions-07-notice')
  // issued, posted on its first day, an objection raised and answered in 公示公告
  await page.getByTestId('notice-preview').click()
  await expect(page.getByTestId('pdf-preview')).toBeVisible({ timeout: 30_000 })
  await page.getByTestId('notice-issue').click()
  await page.getByRole('button', { name: '确认签发' }).click()
  await expect(page.getByTestId('notice-state')).toHaveText('已签发', { timeout: 30_000 })
  await setDate(page, 'posting-date', daysAgo(12))
  await page.getByTestId('posting-place').fill('村委会门口公开栏')
  await page.getByTestId('posting-submit').click()
  await expect(page.getByTestId('notice-state')).toHaveText('公示中')
  await setDate(page, 'objection-date', daysAgo(10))
  await page.getByTestId('objection-who').fill('张某')
  await page.getByTestId('objection-content').fill('道路经过我家承包地边，占地如何补偿？')
  await page.getByTestId('objection-submit').click()
  await page.getByTestId('reply-text').fill('经“两委”核实，道路按原路基拓宽，不占承包地。')
  await page.getByTestId('reply-submit').click()
  await expect(page.getByTestId('objection')).toContainText('答复')

  // back at the matter: the objection is listed; marked 未能化解 it could send the matter back to ③
  await page.goBack()
  await expect(page.getByTestId('disclosure-objections')).toContainText('占地如何补偿')
  await page.getByTestId('disclosure-objections').getByText('答复后仍未化解').click()
  await expect(page.getByTestId('disclosure-return')).toBeVisible()
  await shot(page, 'decisions-065-objection')
  await page.getByTestId('disclosure-objections').getByText('答复后仍未化解').click()
  // the 公示期 is over, the objection answered and resolved: on to ⑥, the implementation and its 实施结果公开 notice
  await page.getByTestId('disclosure-finish').click()
  await expect(page.getByTestId('matter-state')).toHaveText('实施中')
  await page.getByTestId('impl-progress').fill('已完工，经村务监督委员会验收合格')
  await page.getByTestId('impl-save').click()
  await expect(page.getByTestId('publish-result')).toBeEnabled()
  await page.getByTestId('publish-result').click()
  await expect(page.getByTestId('matter-state')).toHaveText('实施结果公开中')
  await shot(page, 'decisions-075-results')

  // the 登记表 of the whole matter: six sections, the result in words with the law
  const form = await savePaper(page, 'print-register', 'register-form')
  expect(form.text).toContain('村级重大事务“四议两公开”决策实施登记表')
  expect(form.text).toContain('硬化村内环村道路')
  expect(form.text).toContain('■党员群众建议')
  // the section labels stand in a narrow column, so pdftotext interleaves their words with the cells
  for (const section of ['①', '②', '③', '④', '⑤', '⑥', '村党组织', '党员大会', '实施结果']) expect(form.text).toContain(section)
  expect(form.text).toContain('异议：道路经过我家承包地边，占地如何补偿？')
  expect(form.text).toContain('答复：经“两委”核实，道路按原路基拓宽，不占承包地。')
  expect(form.text).not.toContain('张某')
  expect(form.text).toContain('第二十六条')
  expect(form.text).toContain('已完工')
  noPageAlone(form.pages)

  await page.getByTestId('result-notice-link').click()
  await expect(page.locator('body')).toContainText('实施结果公开')

  // the list shows the matter at ⑥
  await page.getByRole('menuitem', { name: '四议两公开' }).click()
  await expect(page.getByTestId('matter-table')).toContainText('硬化村内环村道路')
  await expect(page.getByTestId('matter-row-state')).toHaveText('实施结果公开中')
  await shot(page, 'decisions-08-list')
  const ledger = await savePaper(page, 'print-ledger', 'ledger')
  expect(ledger.text).toContain('宅子村“四议两公开”台账')
  expect(ledger.text).toContain('硬化村内环村道路')
})

test('集体财产事项：到会人员过半数同意但不足全体代表三分之二，不通过，并写明适用的法律', async ({ page }) => {
  await completeSetup(page)
  await loadSample(page)
  await newMatter(page, '出租村集体闲置厂房', '以借贷、租赁或者其他方式处分村集体财产')
  await holdMeeting(page, { date: daysAgo(30), content: '提议出租闲置厂房' })
  await page.getByTestId('meeting-save').click()
  await expect(page.getByTestId('matter-state')).toHaveText('待商议')
  await holdMeeting(page, { date: daysAgo(28), content: '商议出租方案' })
  await page.getByTestId('meeting-save').click()
  await expect(page.getByTestId('matter-state')).toHaveText('待审议')
  await holdMeeting(page, { date: daysAgo(25), content: '审议出租方案' })
  await page.getByTestId('meeting-save').click()
  await expect(page.getByTestId('matter-state')).toHaveText('待决议')

  // every representative present; a bare majority of them for: more than half of those present,
  // less than two thirds of all
  const { entitled } = await holdMeeting(page, {
    date: daysAgo(20),
    body: '村民代表会议',
    content: '表决出租方案',
    auth: true,
    yes: (present) => Math.floor(present / 2) + 1,
  })
  expect(Math.floor(entitled / 2) + 1).toBeLessThan(Math.ceil((entitled * 2) / 3))
  await expect(page.getByTestId('law-applied')).toContainText('农村集体经济组织法')
  await expect(page.getByTestId('decision-rule')).toContainText('三分之二以上')
  await expect(page.getByTestId('live-sentence')).toContainText('未通过')
  await shot(page, 'decisions-09-collective-refused')
  await page.getByTestId('meeting-save').click()
  await expect(page.getByTestId('matter-state')).toHaveText('未通过')
  await expect(page.getByTestId('meeting-result')).toContainText('农村集体经济组织法')
  await shot(page, 'decisions-10-collective-rejected')
})
