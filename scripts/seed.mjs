#!/usr/bin/env node
/**
 * The deterministic sample village as JSON, from the same generator the app's 设置 → 示例数据 uses
 * (renderer/src/sample/generateVillage.ts), so demos, tests and the benchmark all see one village.
 *
 *   node scripts/seed.mjs --size small|large [--seed 20261122] [--out village.json]
 *
 * Without --out it prints a summary; with it, writes { households, villagers, grids }.
 */
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { runnerImport } from 'vite'

const args = process.argv.slice(2)
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback
}
const size = option('size', 'small')
if (size !== 'small' && size !== 'large') {
  console.error('--size 只能是 small 或 large')
  process.exit(2)
}
const seed = Number(option('seed', '20261122'))
const out = option('out', '')

// Vite loads the TypeScript generator (and its '@/…' imports) without a separate build step.
const { module } = await runnerImport('/renderer/src/sample/generateVillage.ts', {
  configFile: false,
  root: fileURLToPath(new URL('..', import.meta.url)),
  logLevel: 'error',
  resolve: { alias: { '@': fileURLToPath(new URL('../renderer/src', import.meta.url)) } },
})
const started = performance.now()
const village = module.generateSampleVillage(size, seed)
const ms = Math.round(performance.now() - started)
const withRole = (kind) => village.villagers.filter((v) => v.roles.some((r) => r.kind === kind)).length
const summary = {
  size,
  seed,
  households: village.households.length,
  villagers: village.villagers.length,
  grids: village.grids.length,
  party_members: withRole('party_member'),
  representatives: withRole('representative'),
  committee_members: withRole('committee'),
  supervision_members: withRole('supervision'),
  generate_ms: ms,
}
if (out) writeFileSync(out, JSON.stringify(village))
console.log(JSON.stringify(out ? { ...summary, out } : summary))
