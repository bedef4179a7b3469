/**
 * The official division list (省→市→县→乡镇→村), served as static JSON beside the app by the
 * build (renderer/build/divisions.ts). The county files are fetched only when a county is chosen.
 */
export type Pair = [code: string, name: string]

export interface DivisionIndex {
  provinces: Pair[]
  cities: [code: string, name: string, provinceCode: string][]
  areas: [code: string, name: string, cityCode: string][]
}

export interface CountyDivisions {
  streets: Pair[]
  villages: Record<string, Pair[]>
}

let index: Promise<DivisionIndex> | undefined
const counties = new Map<string, Promise<CountyDivisions>>()

async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(path)
  if (!response.ok) throw new Error(`行政区划数据读取失败（${response.status}）`)
  return (await response.json()) as T
}

export function loadDivisionIndex(): Promise<DivisionIndex> {
  index ??= getJson<DivisionIndex>('./divisions/index.json').catch((error: unknown) => {
    index = undefined
    throw error
  })
  return index
}

export function loadCounty(areaCode: string): Promise<CountyDivisions> {
  let county = counties.get(areaCode)
  if (!county) {
    county = getJson<CountyDivisions>(`./divisions/county/${areaCode}.json`).catch((error: unknown) => {
      counties.delete(areaCode)
      throw error
    })
    counties.set(areaCode, county)
  }
  return county
}
