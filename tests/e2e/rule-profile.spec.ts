import { writeFileSync, mkdirSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { completeSetup, shot } from './helpers'

const dir = 'test-results/rule-profile'

function ruleFile(name: string, num: number): string {
  mkdirSync(dir, { recursive: true })
  const path = `${dir}/${name}.json`
  writeFileSync(
    path,
    JSON.stringify({
      format: 'xiangyue-rule-profile',
      version: 1,
      id: `test-${num}`,
      name: '某省实施办法',
      source: '某省实施《中华人民共和国村民委员会组织法》办法（2020年修订）',
      law: '某省实施《中华人民共和国村民委员会组织法》办法',
      lawVersion: '2020修订',
      effectiveFrom: '2020-01-01',
      rules: {
        'bodies.party_assembly.quorum.single': {
          share: { comparator: 'atLeast', num, den: 3 },
          base: 'entitledVoters',
          article: '第十条',
          text: '召开党员大会，应当有三分之二以上的正式党员到会。',
        },
      },
    }),
  )
  return path
}

test('法定规则：载入更严格的地方规则文件，放宽法定标准的文件被拒绝并说明原因，停用后回到全国通用规则', async ({ page }) => {
  await completeSetup(page)
  await page.getByRole('menuitem', { name: '设置' }).click()
  await page.getByRole('tab', { name: '法定规则' }).click()
  await expect(page.getByTestId('rule-profile')).toContainText('本村目前采用全国通用规则')

  // A file that loosens the floor: refused, the reason at the button, nothing changes.
  let chooser = page.waitForEvent('filechooser')
  await page.getByTestId('load-local-profile').click()
  await (await chooser).setFiles(ruleFile('loose', 1))
  await expect(page.getByTestId('local-profile-refusal')).toContainText(
    '“党员大会到会人数”定为应到会有表决权的人员三分之一以上，低于法定最低标准',
  )
  await expect(page.getByTestId('rule-profile')).toContainText('本村目前采用全国通用规则')
  await shot(page, 'rule-profile-refused')

  // A stricter file: loaded; the table shows the local rule with its law and article.
  chooser = page.waitForEvent('filechooser')
  await page.getByTestId('load-local-profile').click()
  await (await chooser).setFiles(ruleFile('strict', 2))
  await expect(page.getByTestId('local-profile')).toContainText(
    '党员大会到会人数：全国通用为“应到会有表决权的人员半数以上”，本地规定为“应到会有表决权的人员三分之二以上”',
  )
  await expect(page.getByTestId('local-profile-refusal')).toHaveCount(0)
  const row = page.getByTestId('rule-profile-table').locator('tr', { hasText: '党员大会到会人数' })
  await expect(row).toContainText('地方法规规定')
  await expect(row).toContainText('第十条')
  await shot(page, 'rule-profile-local')

  // Removed, after a confirmation: back to the national floor.
  await page.getByTestId('remove-local-profile').click()
  await page.getByRole('button', { name: '停用', exact: true }).click()
  await expect(page.getByTestId('rule-profile')).toContainText('本村目前采用全国通用规则')
  await expect(page.getByTestId('rule-profile-table').locator('tr', { hasText: '党员大会到会人数' })).toContainText('法定最低标准')
})
