#!/usr/bin/env node
/**
 * Electronegativity (Doyensec's Electron security linter) over the shell's source (electron/) and
 * the built app (out/), held against a reviewed baseline: `node scripts/electronegativity.mjs`.
 *
 * Input: electron/ and out/ (run after `electron-vite build`); the baseline
 * electron/electronegativity-baseline.json lists each accepted finding as
 * { input, rule, file, count, why }. Output: exit 0 when every finding is in the baseline (at most
 * `count` times per rule and file), 1 with the new findings listed otherwise, 2 when the tool
 * could not run. Findings are matched by rule and file, not line: a line moving is not news, a new
 * window or a weaker preference is. A built chunk is named without its content hash
 * (renderer/assets/layout-c5xXztmd.js → renderer/assets/layout.js), so a reviewed finding in a
 * library stays reviewed when the app's code around it changes; chunks of one name count together.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const ELECTRON_VERSION = '45.4.1'
const INPUTS = ['electron', 'out']
const baseline = JSON.parse(readFileSync(path.join(root, 'electron/electronegativity-baseline.json'), 'utf8'))

/** Vite's chunk names end in -<8 characters of hash>.js. */
const withoutHash = (file) => file.replace(/-[A-Za-z0-9_-]{8}(\.[a-z]+)$/, '$1')

/** Findings of one input as "rule file" → count. */
function scan(input) {
  if (!existsSync(path.join(root, input))) {
    console.error(`electronegativity: ${input}/ 不存在（请先运行 electron-vite build）`)
    process.exit(2)
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'xiangyue-en-'))
  const out = path.join(dir, 'report.sarif')
  try {
    const bin = path.join(root, 'node_modules/.bin/electronegativity')
    execFileSync(bin, ['-i', input, '-e', ELECTRON_VERSION, '-r', '-o', out], { cwd: root, stdio: 'ignore' })
    const results = JSON.parse(readFileSync(out, 'utf8')).runs?.[0]?.results ?? []
    const counts = new Map()
    for (const r of results) {
      const file = withoutHash(r.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? 'N/A')
      const key = `${r.ruleId} ${file}`
      counts.set(key, (counts.get(key) ?? 0) + 1)
    }
    return counts
  } catch (error) {
    console.error(`electronegativity: 无法运行（${error instanceof Error ? error.message : String(error)}）`)
    process.exit(2)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

const fresh = []
for (const input of INPUTS) {
  for (const [key, count] of scan(input)) {
    const [rule, file] = key.split(' ')
    const accepted = baseline.find((b) => b.input === input && b.rule === rule && b.file === file)
    if (!accepted || count > accepted.count) fresh.push(`${input}: ${rule} in ${file} (${count}×, baseline ${accepted?.count ?? 0})`)
  }
}
if (fresh.length > 0) {
  console.error('Electronegativity 发现了新的安全问题 (new findings not in electron/electronegativity-baseline.json):')
  for (const f of fresh) console.error(`  - ${f}`)
  console.error('修复它们；若经审查确属误报，请写明理由后加入基线文件。')
  process.exit(1)
}
console.log(`Electronegativity: no new findings (${baseline.length} reviewed in the baseline).`)
