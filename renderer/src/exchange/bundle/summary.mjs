/**
 * What a bundle holds, in words a township clerk reads: how many records of each kind, the matters
 * with their results, the notices. Read from data/*.json (each a JSON array of records). Tolerant on
 * purpose: a field that is missing shows as blank, it never makes a signed bundle unreadable.
 *
 * The fields read (the builder's callers should supply them under these names):
 *   data/matters.json  [{ title, result, decidedOn }]       result in plain Chinese, e.g. 通过 / 未通过
 *   data/notices.json  [{ title, kind, issuedOn, result }]  kind e.g. 决议公开
 */

/** 报送包里的数据分类：file stem → Chinese name. Unknown stems are shown by their own name. */
export const AREA_LABELS = Object.freeze({
  matters: '四议两公开事项',
  meetings: '会议',
  votes: '表决',
  compact: '村规民约',
  compactVersions: '村规民约版本',
  violations: '违约处理',
  notices: '公示公告',
  people: '人员',
  audit: '审计记录',
})

/** The summary lists stop here; the counts stay exact. */
export const SUMMARY_LIST_LIMIT = 5_000

function text(value) {
  if (typeof value === 'string') return value
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  return null
}

function resultOf(record) {
  const result = text(record.result) ?? text(record.outcome)
  if (result !== null) return result
  if (record.passed === true) return '通过'
  if (record.passed === false) return '未通过'
  return null
}

function records(value) {
  return Array.isArray(value) ? value.filter((r) => r !== null && typeof r === 'object' && !Array.isArray(r)) : []
}

/** dataFiles: [{ path, value }] of the data files that checked out, in bundle order. */
export function summariseData(dataFiles, pdfFiles) {
  const areas = dataFiles.map(({ path, value }) => {
    const area = path.slice('data/'.length, -'.json'.length)
    return {
      area,
      label: Object.hasOwn(AREA_LABELS, area) ? AREA_LABELS[area] : area,
      path,
      count: Array.isArray(value) ? value.length : null,
    }
  })
  const byArea = new Map(dataFiles.map(({ path, value }) => [path, value]))
  const matterRecords = records(byArea.get('data/matters.json'))
  const noticeRecords = records(byArea.get('data/notices.json'))
  const matters = matterRecords.slice(0, SUMMARY_LIST_LIMIT).map((r) => ({
    title: text(r.title) ?? text(r.name) ?? '（无标题）',
    result: resultOf(r),
    date: text(r.decidedOn) ?? text(r.date),
  }))
  const notices = noticeRecords.slice(0, SUMMARY_LIST_LIMIT).map((r) => ({
    title: text(r.title) ?? '（无标题）',
    kind: text(r.kind),
    date: text(r.issuedOn) ?? text(r.date),
    result: resultOf(r),
  }))
  return {
    areas,
    matters,
    mattersTotal: matterRecords.length,
    notices,
    noticesTotal: noticeRecords.length,
    pdfCount: pdfFiles.length,
    pdfBytes: pdfFiles.reduce((n, f) => n + f.size, 0),
  }
}
