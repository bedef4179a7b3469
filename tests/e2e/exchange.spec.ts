/**
 * 导出与备份, village side (issue 15): with the small sample village and one issued notice, export a
 * 报送包 and its 报送函, save the 校验工具 and open it from file:// with the bundle: valid, with the
 * fingerprint the screen shows. One byte flipped in a data file and re-zipped: invalid, the file
 * named. The 报送函 read back (pdftotext: the fingerprint and the 校验码) and rendered to PNG. Every
 * 台账 downloaded and opened with exceljs: title, headers, rows, and no full ID or mobile number.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import ExcelJS from 'exceljs'
import { unzipSync, zipSync } from 'fflate'
import { expect, test, type Download, type Page } from '@playwright/test'
import { completeSetup, shot, shotDir } from './helpers'

const dir = resolve('test-results/files/exchange')
mkdirSync(dir, { recursive: true })
mkdirSync(shotDir, { recursive: true })

const FULL_ID = /(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/
const FULL_MOBILE = /(?<!\d)1[3-9]\d{9}(?!\d)/

function today(): string {
  return new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10)
}

async function loadSample(page: Page) {
  await page.getByRole('menuitem', { name: '设置' }).click()
  await page.getByRole('tab', { name: '示例数据' }).click()
  await page.getByTestId('sample-size-small').click()
  await page.getByTestId('sample-load').click()
  await page.getByRole('button', { name: '载入', exact: true }).click()
  await expect(page.getByTestId('sample-done')).toContainText('已载入示例数据')
}

async function issueNotice(page: Page) {
  await page.getByRole('menuitem', { name: '公示公告' }).click()
  await page.getByTestId('notice-new').click()
  await page.getByTestId('notice-kind').click()
  await page.locator('.el-select-dropdown__item:visible', { hasText: '通用公示' }).click()
  await page.getByTestId('notice-with-list').click()
  await page.getByTestId('notice-title').fill('关于村道硬化工程施工的公告')
  await page.getByTestId('notice-body').fill('村道硬化工程将于近日施工，请村民注意出行安全。')
  const start = page.getByTestId('notice-start').locator('input')
  await start.fill(today())
  await start.press('Enter')
  await page.getByTestId('notice-issue').click()
  await page.getByRole('button', { name: '确认签发' }).click()
  await expect(page.getByTestId('notice-state')).toHaveText('已签发', { timeout: 30_000 })
}

async function saved(download: Download, name: string): Promise<string> {
  const path = `${dir}/${name}`
  await download.saveAs(path)
  return path
}

async function openInVerifier(page: Page, verifier: string, bundle: string) {
  await page.goto(`file://${verifier}`)
  await page.locator('#file-input').setInputFiles(bundle)
  await expect(page.locator('#verdict')).toHaveAttribute('data-valid', /true|false/, { timeout: 30_000 })
}

test('导出与备份：报送包和报送函、校验工具核对有效，改一个字节即无效并指出文件；报送函可读；各台账可用 Excel 打开且已遮蔽', async ({
  page,
  context,
}) => {
  // two PDFs, a signature, six workbooks and a second page on a 2-core machine shared with others
  test.setTimeout(480_000)
  await completeSetup(page)
  await loadSample(page)
  await issueNotice(page)

  // 1. The area: key not made yet, counts for this year.
  await page.getByRole('menuitem', { name: '导出与备份' }).click()
  await expect(page.getByRole('heading', { name: '导出与备份' })).toBeVisible()
  await expect(page.getByTestId('bundle-count-notices')).toContainText('1')
  await expect(page.getByTestId('bundle-count-pdfs')).toContainText('1')
  await expect(page.getByTestId('village-key')).toContainText('本村还没有村密钥')
  await shot(page, 'exchange-01-area')

  // 2. Full data asks for a purpose at the field, before anything is built.
  await page.getByTestId('bundle-person-data').getByText('含完整个人信息').click()
  await page.getByTestId('bundle-export').click()
  await expect(page.getByTestId('bundle-panel')).toContainText('请填写导出用途')
  await shot(page, 'exchange-02-purpose-asked')
  await page.getByTestId('bundle-person-data').getByText('遮蔽（推荐）').click()

  // 3. Export: two downloads, the bundle and the 报送函.
  const downloads: Download[] = []
  page.on('download', (d) => downloads.push(d))
  await page.getByTestId('bundle-export').click()
  await expect(page.getByTestId('bundle-done')).toBeVisible({ timeout: 60_000 })
  await expect.poll(() => downloads.length, { timeout: 30_000 }).toBe(2)
  const [zipDownload, letterDownload] = downloads
  expect(zipDownload!.suggestedFilename()).toMatch(/^报送包-宅子村-\d{4}-01-01至\d{4}-12-31\.zip$/)
  expect(letterDownload!.suggestedFilename()).toMatch(/^报送函-宅子村-.+\.pdf$/)
  const bundlePath = await saved(zipDownload!, 'bundle.zip')
  const letterPath = await saved(letterDownload!, 'letter.pdf')
  const fingerprint = (await page.getByTestId('key-fingerprint').innerText()).trim()
  expect(fingerprint).toMatch(/^[0-9A-F]{4}(-[0-9A-F]{4}){7}$/)
  await expect(page.getByTestId('bundle-done')).toContainText(fingerprint)
  await page.getByTestId('bundle-done').getByTestId('check-code-full').click()
  const shownCode = (await page.getByTestId('check-code-value').innerText()).trim()
  const fullCode = shownCode.replace(/\s+/g, '')
  expect(fullCode).toMatch(/^[0-9A-F]{64}$/)
  await shot(page, 'exchange-03-exported')

  // 4. The verifier, saved from the app and opened from file:// (no server).
  const verifierDownload = page.waitForEvent('download')
  await page.getByTestId('save-verifier').click()
  const verifierPath = await saved(await verifierDownload, 'verify.html')
  const verifier = await context.newPage()
  await openInVerifier(verifier, verifierPath, bundlePath)
  await expect(verifier.locator('#verdict')).toHaveAttribute('data-valid', 'true')
  await expect(verifier.locator('#fingerprint')).toHaveText(fingerprint)
  // the same 防篡改校验码 as on the screen (and on the 报送函), group by group
  await expect(verifier.locator('#bundle-code')).toHaveText(shownCode)
  await expect(verifier.locator('#files tr[data-path="data/notices.json"]')).toHaveAttribute('data-status', 'ok')
  await expect(verifier.locator('#notices')).toContainText('关于村道硬化工程施工的公告')
  await verifier.screenshot({ path: `${shotDir}/exchange-04-verifier-valid.png`, fullPage: true })

  // 5. One byte flipped in a data file, re-zipped: invalid, with the file named.
  const parts = unzipSync(readFileSync(bundlePath))
  const notices = parts['data/notices.json']!
  notices[20] = notices[20]! ^ 0x01
  const tampered = `${dir}/tampered.zip`
  writeFileSync(tampered, zipSync(parts, { level: 0 }))
  await openInVerifier(verifier, verifierPath, tampered)
  await expect(verifier.locator('#verdict')).toHaveAttribute('data-valid', 'false')
  await expect(verifier.locator('#files tr[data-path="data/notices.json"]')).toHaveAttribute('data-status', 'altered')
  await expect(verifier.locator('#problems')).toContainText('data/notices.json')
  await verifier.screenshot({ path: `${shotDir}/exchange-05-verifier-tampered.png`, fullPage: true })
  await verifier.close()

  // 6. The 报送函 read back: the village, the fingerprint, the 校验码; and as a picture.
  const text = execFileSync('pdftotext', ['-layout', letterPath, '-'], { encoding: 'utf8' })
  const flat = text.replace(/\s+/g, '')
  expect(flat).toContain('关于报送宅子村村务数据报送包的函')
  expect(flat).toContain('罗庄镇人民政府')
  expect(flat).toContain(fingerprint)
  expect(flat).toContain(fullCode)
  expect(flat).toContain('宅子村村民委员会')
  execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', letterPath, `${shotDir}/exchange-06-letter`])

  // 7. The ledgers: six downloads, each opened with exceljs.
  const expected: Record<string, { title: RegExp; header: string; minRows: number }> = {
    'ledger-matters': { title: /“四议两公开”工作台账$/, header: '事项名称', minRows: 0 },
    'ledger-meetings': { title: /会议台账$/, header: '会议类型', minRows: 0 },
    'ledger-compactVersions': { title: /村规民约版本台账$/, header: '版本', minRows: 0 },
    'ledger-violations': { title: /违约处理台账$/, header: '当事人', minRows: 0 },
    'ledger-notices': { title: /公示台账$/, header: '公示标题', minRows: 1 },
    'ledger-roster': { title: /花名册/, header: '公民身份号码', minRows: 200 },
  }
  for (const [testId, want] of Object.entries(expected)) {
    const next = page.waitForEvent('download')
    await page.getByTestId(testId).click()
    const path = await saved(await next, `${testId}.xlsx`)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(path)
    const sheet = workbook.worksheets[0]!
    expect(String(sheet.getCell(1, 1).value)).toMatch(want.title)
    const cells: string[] = []
    let headerRow = 0
    sheet.eachRow((row, n) => {
      row.eachCell((c) => {
        const v = c.value
        const s =
          v === null || v === undefined ? '' : typeof v === 'object' && 'richText' in v ? v.richText.map((r) => r.text).join('') : String(v)
        if (s === want.header && !headerRow) headerRow = n
        cells.push(s)
        expect(c.formula, `${testId} ${c.address}`).toBeUndefined()
      })
    })
    expect(headerRow, `${testId}: header ${want.header}`).toBeGreaterThan(0)
    expect(sheet.rowCount - headerRow).toBeGreaterThanOrEqual(want.minRows)
    for (const s of cells) {
      expect(FULL_ID.test(s), `${testId}: ${s}`).toBe(false)
      expect(FULL_MOBILE.test(s), `${testId}: ${s}`).toBe(false)
    }
  }
  await shot(page, 'exchange-07-ledgers')

  // 8. Key rotation: a reason, a confirmation, a new fingerprint; the 换钥声明 waits for the next bundle.
  await page.getByTestId('key-rotate').click()
  await page.getByTestId('key-rotate-confirm').click()
  await expect(page.getByTestId('village-key')).toContainText('请写明更换密钥的原因')
  await page.getByTestId('key-rotate-reason').fill('更换办公电脑')
  await page.getByTestId('key-rotate-confirm').click()
  await expect(page.getByRole('dialog')).toContainText('确认更换村密钥')
  await shot(page, 'exchange-08-rotate-confirm')
  await page.getByRole('button', { name: '确定更换' }).click()
  await expect(page.getByTestId('village-key')).toContainText('待随下一个报送包送出')
  await expect(page.getByTestId('key-fingerprint')).not.toHaveText(fingerprint)
  await expect(page.getByTestId('village-key')).toContainText(`${fingerprint}（`)
  await shot(page, 'exchange-09-rotated')
})
