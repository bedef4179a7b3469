import { mkdirSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { choose, completeSetup, shot, shotDir } from './helpers'

mkdirSync(shotDir, { recursive: true })

function daysAgo(n: number): string {
  return new Date(Date.now() + 8 * 3600_000 - n * 86_400_000).toISOString().slice(0, 10)
}

async function setDate(page: Page, testId: string, iso: string) {
  const input = page.getByTestId(testId).locator('input')
  await input.fill(iso)
  await input.press('Enter')
}

// A compact whose handling article names the 村民代表会议 as the deciding body.
const COMPACT = [
  '宅子村村规民约',
  '第一条　为加强村民自治，制定本村规民约。',
  '第二条　村民建房不得影响相邻住户的采光。',
  '第三条　违反第二条的，由村民代表会议决定给予批评教育，并予以通报；拒不整改的，暂停享受村集体节日慰问品，直至整改到位。',
  '第四条　违约人整改到位、经验收合格的，由村民委员会决定恢复其享受相关福利。',
].join('\n')

test('违约处理：处理条款规定由村民代表会议决定：会议不足法定人数时登记会议、不作决定并说明原因；重新召集后会议与决定一并登记', async ({
  page,
}) => {
  test.setTimeout(120_000)
  await completeSetup(page)
  await page.getByRole('menuitem', { name: '设置' }).click()
  await page.getByRole('tab', { name: '示例数据' }).click()
  await page.getByTestId('sample-load').click()
  await page.getByRole('button', { name: '载入', exact: true }).click()
  await expect(page.getByTestId('sample-done')).toBeVisible()

  await page.getByRole('menuitem', { name: '村规民约' }).click()
  await page.getByTestId('compact-import').click()
  await page.getByTestId('import-text').fill(COMPACT)
  await expect(page.getByTestId('import-counts')).toContainText('4条')
  await page.getByTestId('import-target').getByText('已通过的版本').click()
  const effective = page.getByTestId('import-dialog').locator('.el-form-item', { hasText: '施行日期' }).locator('input')
  await effective.fill('2024-01-01')
  await effective.press('Enter')
  await page.getByTestId('import-save').click()
  await expect(page.getByTestId('import-dialog')).toBeHidden()

  await page.getByRole('menuitem', { name: '违约处理' }).click()
  await page.getByTestId('case-new').click()
  await page.getByTestId('people-search').fill('zhang')
  await expect(page.getByTestId('people-search-results')).toBeVisible()
  await page.getByTestId('people-search').press('ArrowDown')
  await page.getByTestId('people-search').press('Enter')
  await expect(page.getByTestId('case-party')).toContainText('已选')
  await page.getByTestId('case-reporter').fill('赵网格')
  await setDate(page, 'case-report-date', daysAgo(12))
  await setDate(page, 'case-act-date', daysAgo(13))
  await page.getByTestId('case-place').fill('一组')
  await page.getByTestId('case-facts').fill('加高房屋两层，挡住南邻采光。')
  await choose(page, 'case-article', '第二条')
  await page.getByTestId('case-save').click()
  await expect(page.getByTestId('case-state')).toHaveText('已认定')
  await setDate(page, 'notify-date', daysAgo(10))
  await setDate(page, 'notify-service-date', daysAgo(10))
  await choose(page, 'notify-article', '第三条')
  await expect(page.getByTestId('notify-article-text')).toContainText('由村民代表会议决定')
  await page.getByTestId('notify-measures').getByText('批评教育').click()
  await page.getByTestId('notify-save').click()
  await expect(page.getByTestId('case-state')).toHaveText('已告知')
  await page.getByTestId('hearing-mode').getByText('期满未提出').click()
  await page.getByTestId('hearing-none').click()
  await expect(page.getByTestId('case-state')).toHaveText('已陈述申辩')

  // A 村民代表会议 short of its quorum: one member comes. The meeting is recorded with its
  // consequence in one step: no decision, the case stays 已陈述申辩, and the screen says why and what next.
  const meeting = page.getByTestId('assembly-meeting')
  await expect(meeting).toBeVisible()
  await expect(page.getByTestId('decide-save')).toHaveText('登记会议，按表决结果决定')
  await page.getByTestId('assembly-host').fill('张主任')
  await page.getByTestId('assembly-present').locator('.el-checkbox').first().click()
  const members = Number(/\/(\d+)）/.exec((await meeting.locator('.el-form-item__label', { hasText: '到会' }).textContent()) ?? '')?.[1])
  expect(members).toBeGreaterThan(1)
  await page.getByTestId('assembly-yes').locator('input').fill('1')
  await page.getByTestId('assembly-yes').locator('input').press('Tab')
  await page.getByTestId('decide-save').click()
  await expect(page.locator('.el-message--warning')).toContainText('到会人数不足，没有作出处理决定')
  await expect(page.getByTestId('case-state')).toHaveText('已陈述申辩')
  const failed = page.getByTestId('assembly-failed')
  await expect(failed).toContainText('村民代表会议到会人数不足，没有作出处理决定')
  await expect(failed).toContainText('会议不能召开')
  await expect(failed).toContainText(`应到${members}人，实到1人`)
  await expect(failed).toContainText('第二十六条')
  await expect(failed).toContainText('请重新召集村民代表会议')
  await expect(page.getByTestId('case-next')).toContainText('请重新召集村民代表会议')
  await expect(page.getByTestId('case-timeline')).toContainText('村民代表会议到会人数不足')
  await shot(page, 'violations-assembly-no-quorum')

  // Convened again: everyone attends, all in favour; the meeting and the decision land together.
  await page.getByTestId('assembly-host').fill('张主任')
  await meeting.getByRole('button', { name: '全部到会' }).click()
  await page.getByTestId('assembly-yes').locator('input').fill(String(members))
  await page.getByTestId('assembly-yes').locator('input').press('Tab')
  await shot(page, 'violations-assembly-meeting')
  await page.getByTestId('decide-save').click()
  await expect(page.getByTestId('case-state')).toHaveText('已决定')
  await expect(page.getByTestId('case-timeline')).toContainText('村民代表会议（')
  await expect(page.getByTestId('case-timeline')).toContainText('到会人数符合规定，表决通过')
  // the failed meeting stays on file
  await expect(page.getByTestId('case-timeline')).toContainText('村民代表会议到会人数不足')
  await shot(page, 'violations-assembly-decided')
})
