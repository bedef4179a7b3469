#!/usr/bin/env node
/**
 * Serves the built renderer (dist-web/) on 127.0.0.1 so 乡约 runs in a plain browser where no
 * Electron runtime is present. The port is fixed by default because a browser binds IndexedDB to
 * the origin (scheme + host + port): a different port would show an empty village.
 *
 *   node scripts/serve.mjs [--port 5780] [--dir dist-web] [--entry index.html] [--quiet]
 */
import { createReadStream, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join, normalize, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

const args = process.argv.slice(2)
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback
}
const root = resolve(fileURLToPath(new URL('..', import.meta.url)), option('dir', 'dist-web'))
const port = Number(option('port', process.env.XIANGYUE_PORT ?? '5780'))
const quiet = args.includes('--quiet')
const entry = option('entry', 'index.html')

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
}

try {
  statSync(join(root, entry))
} catch {
  console.error(`找不到 ${root}/${entry}，请先运行 npm run build:web`)
  process.exit(1)
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1')
  let path = decodeURIComponent(url.pathname)
  if (path.endsWith('/')) path += 'index.html'
  const file = normalize(join(root, path))
  // Never serve anything outside the build folder.
  if (file !== root && !file.startsWith(root + sep)) {
    res.writeHead(403).end()
    return
  }
  let size
  try {
    const stat = statSync(file)
    if (!stat.isFile()) throw new Error('not a file')
    size = stat.size
  } catch {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('未找到')
    return
  }
  res.writeHead(200, {
    'Content-Type': types[extname(file)] ?? 'application/octet-stream',
    'Content-Length': size,
    'X-Content-Type-Options': 'nosniff',
    // Hashed assets may be cached; index.html must not be, so an update is picked up at once.
    'Cache-Control': file.includes(`${sep}assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
  })
  createReadStream(file, { highWaterMark: 1 << 20 }).pipe(res)
})

server.listen(port, '127.0.0.1', () => {
  const address = `http://127.0.0.1:${port}/`
  if (!quiet) console.log(`乡约已在浏览器中运行：${address}\n（按 Ctrl+C 停止）`)
  else console.log(address)
})
