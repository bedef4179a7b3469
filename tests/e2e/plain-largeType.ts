/**
 * Screenshots in both type sizes (issue 16 item 9: "e2e screenshots in both modes").
 *
 * shotBoth(page, name) → test-results/screens/<name>.png and <name>-large.png, and leaves the page as it
 * found it. For the large picture it puts on <html> the class components/largeType.ts sets (all that
 * 大字模式 does to a screen), so an open dialog, popover or error stays exactly as the spec left it; the
 * switches themselves (header and 设置) are worked in plain.spec.ts and plain-forms.spec.ts.
 */
import { expect, type Page } from '@playwright/test'
import { shot } from './helpers'

async function setLarge(page: Page, on: boolean): Promise<void> {
  await page.evaluate((large) => document.documentElement.classList.toggle('xy-large', large), on)
  await expect(page.locator('html')).toHaveClass(on ? /xy-large/ : /^(?!.*xy-large)/)
}

export async function shotBoth(page: Page, name: string): Promise<void> {
  const wasLarge = await page.locator('html').evaluate((el) => el.classList.contains('xy-large'))
  await setLarge(page, false)
  await shot(page, name)
  await setLarge(page, true)
  await shot(page, `${name}-large`)
  await setLarge(page, wasLarge)
}
