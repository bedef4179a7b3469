/**
 * Reads a Chromium trace (CDP Tracing, devtools.timeline + V8 CPU samples) of one timed wait and
 * says where the page's main thread spent it: `summariseTrace(events, times)` → text for the log.
 *
 * The window starts at the click's EventDispatch and lasts as long as the page measured
 * (times.painted − times.clickAt). Inside it:
 * - slices: self time per trace event name on the renderer main thread (FunctionCall, Layout,
 *   UpdateLayoutTree, Paint, MinorGC, v8.compile …), and the time no task ran (idle: the thread
 *   was waiting — for the network, IndexedDB's backend, a timer);
 * - scripts: self time per JS function (name, file:line) from the V8 sampling profiler, and per
 *   bundle file.
 */
import { basename } from 'node:path'

function mainThread(events) {
  const names = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
  // the renderer that dispatched the click is the page's
  const click = events.find((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'click')
  if (!click) throw new Error('trace has no click EventDispatch')
  const thread = names.find((m) => m.pid === click.pid && m.tid === click.tid) ?? { pid: click.pid, tid: click.tid }
  return { pid: thread.pid, tid: thread.tid, clickTs: click.ts }
}

/** Complete slices (X, and B/E pairs) of one thread, sorted, with self time. */
function slices(events, pid, tid) {
  const out = []
  const open = []
  for (const e of events) {
    if (e.pid !== pid || e.tid !== tid) continue
    if (e.ph === 'X' && typeof e.dur === 'number') out.push({ name: e.name, ts: e.ts, end: e.ts + e.dur })
    else if (e.ph === 'B') open.push(e)
    else if (e.ph === 'E') {
      const b = open.pop()
      if (b) out.push({ name: b.name, ts: b.ts, end: e.ts })
    }
  }
  out.sort((a, b) => a.ts - b.ts || b.end - a.end)
  const stack = []
  for (const s of out) {
    s.self = s.end - s.ts
    while (stack.length && stack.at(-1).end <= s.ts) stack.pop()
    const parent = stack.at(-1)
    if (parent) parent.self -= s.end - s.ts
    s.top = !parent
    stack.push(s)
  }
  return out
}

function clip(s, from, to) {
  return Math.max(0, Math.min(s.end, to) - Math.max(s.ts, from))
}

function cpuSamples(events, pid, tid) {
  const nodes = new Map()
  const samples = []
  // one profile per thread: its chunks share the Profile event's id
  const profiles = new Map()
  for (const e of events) if (e.pid === pid && e.tid === tid && e.name === 'Profile') profiles.set(e.id, e.args?.data?.startTime ?? e.ts)
  for (const e of events) {
    if (e.pid !== pid || e.name !== 'ProfileChunk' || !profiles.has(e.id)) continue
    const data = e.args?.data ?? {}
    for (const n of data.cpuProfile?.nodes ?? []) nodes.set(n.id, n)
    const ids = data.cpuProfile?.samples ?? []
    const deltas = data.timeDeltas ?? []
    let time = profiles.get(e.id)
    for (let i = 0; i < ids.length; i++) {
      time += deltas[i] ?? 0
      samples.push({ id: ids[i], ts: time })
    }
    profiles.set(e.id, time)
  }
  samples.sort((a, b) => a.ts - b.ts)
  return { nodes, samples }
}

const ms = (us) => (us / 1000).toFixed(1)
const top = (map, n) =>
  [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `    ${ms(v).padStart(7)} ms  ${k}`)
    .join('\n')

export function summariseTrace(events, times) {
  const { pid, tid, clickTs } = mainThread(events)
  const from = clickTs
  const to = clickTs + (times.painted - times.clickAt) * 1000
  const all = slices(events, pid, tid)
  const byName = new Map()
  let busy = 0
  for (const s of all) {
    const inside = clip(s, from, to)
    if (!inside) continue
    const self = s.self * (inside / (s.end - s.ts))
    byName.set(s.name, (byName.get(s.name) ?? 0) + self)
    if (s.top) busy += inside
  }
  const lines = [
    `main thread, ${ms(to - from)} ms from the click to the painted frame: busy ${ms(busy)} ms, idle ${ms(to - from - busy)} ms`,
  ]
  lines.push('  slices by self time:', top(byName, 14))

  const { nodes, samples } = cpuSamples(events, pid, tid)
  if (samples.length) {
    const byFn = new Map()
    const byFile = new Map()
    for (let i = 0; i + 1 < samples.length; i++) {
      const s = samples[i]
      if (s.ts < from || s.ts >= to) continue
      const dt = samples[i + 1].ts - s.ts
      const f = nodes.get(s.id)?.callFrame ?? {}
      const file = f.url ? basename(f.url.split('?')[0]) : ''
      const fn = `${f.functionName || '(anonymous)'}${file ? ` ${file}:${(f.lineNumber ?? 0) + 1}:${(f.columnNumber ?? 0) + 1}` : ''}`
      byFn.set(fn, (byFn.get(fn) ?? 0) + dt)
      const key = file || f.functionName || '(unknown)'
      byFile.set(key, (byFile.get(key) ?? 0) + dt)
    }
    // inclusive: each sample counts once for every distinct function on its stack
    const parents = new Map()
    for (const n of nodes.values()) for (const c of n.children ?? []) parents.set(c, n.id)
    for (const n of nodes.values()) if (n.parent !== undefined) parents.set(n.id, n.parent)
    const incl = new Map()
    for (let i = 0; i + 1 < samples.length; i++) {
      const s = samples[i]
      if (s.ts < from || s.ts >= to) continue
      const dt = samples[i + 1].ts - s.ts
      const seen = new Set()
      for (let id = s.id; id !== undefined; id = parents.get(id)) {
        const f = nodes.get(id)?.callFrame
        if (!f || !f.functionName || seen.has(f.functionName + f.url)) continue
        seen.add(f.functionName + f.url)
        const name = `${f.functionName} ${f.url ? basename(f.url.split('?')[0]) : ''}:${(f.lineNumber ?? 0) + 1}`
        incl.set(name, (incl.get(name) ?? 0) + dt)
      }
    }
    lines.push('  JS self time by function (V8 samples):', top(byFn, 25), '  by file:', top(byFile, 10))
    lines.push('  JS inclusive time by function:', top(incl, 40))
  }
  return lines.join('\n')
}
