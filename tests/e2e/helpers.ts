import { expect, type Page } from '@playwright/test'

export const shotDir = 'test-results/screens'

export async function shot(page: Page, name: string): Promise<void> {
  // let Element Plus finish its colour/border transitions so the picture shows the settled state
  await page.waitForTimeout(350)
  await page.screenshot({ path: `${shotDir}/${name}.png`, fullPage: true })
}

/** Picks an option in an Element Plus select by typing (they are filterable) and clicking it. */
export async function choose(page: Page, testId: string, text: string): Promise<void> {
  const select = page.getByTestId(testId)
  await select.click()
  await page.keyboard.type(text)
  await page.locator('.el-select-dropdown__item:visible', { hasText: text }).first().click()
}

/** Completes first-run setup through the cascade, as a secretary would. */
export async function completeSetup(page: Page): Promise<void> {
  await page.goto('./')
  await expect(page.getByRole('heading', { name: '欢迎使用乡约' })).toBeVisible()
  await choose(page, 'pick-province', '河南省')
  await choose(page, 'pick-city', '南阳市')
  await choose(page, 'pick-county', '邓州市')
  await choose(page, 'pick-street', '罗庄镇')
  await choose(page, 'pick-village', '宅子村民委员会')
  await expect(page.getByTestId('village-name')).toHaveValue('宅子村')
  await expect(page.getByTestId('committee-name')).toHaveValue('宅子村村民委员会')
  await expect(page.getByTestId('area-code')).toHaveValue('411381102200')
  await page.getByTestId('supervision-phone').fill('0377-62123456')
  await page.getByTestId('secretary-name').fill('李秀英')
  await page.getByTestId('profile-submit').click()
  await expect(page.getByRole('heading', { name: '宅子村概况' })).toBeVisible()
}
