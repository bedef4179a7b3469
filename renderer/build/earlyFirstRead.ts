/**
 * index.html's early script: src/app/startup/early.ts bundled on its own as a classic script (an
 * IIFE of about 2 KB) put in the app page's head right after its policy, so the first read of
 * IndexedDB starts while the module code is still on its way (see early.ts). A classic script, not an inline one or
 * a module: it runs the moment it is in, before the deferred modules, and the Content-Security-
 * Policy stays script-src 'self'.
 *
 * Only index.html gets it (the bench pages do not start the app), and only in a build: the dev
 * server serves main.ts, whose begin.ts then starts the read itself.
 */
import { createHash } from 'node:crypto'
import { fileURLToPath } from 'node:url'
import { rolldown } from 'rolldown'
import type { Plugin } from 'vite'

const entry = fileURLToPath(new URL('../src/app/startup/early.ts', import.meta.url))
const src = fileURLToPath(new URL('../src', import.meta.url))

export function earlyFirstReadPlugin(): Plugin {
  let script: { fileName: string; code: string } | undefined
  return {
    name: 'xiangyue-early-first-read',
    apply: 'build',
    async buildStart() {
      const bundle = await rolldown({ input: entry, platform: 'browser', resolve: { alias: { '@': src } } })
      try {
        const { output } = await bundle.generate({ format: 'iife', minify: true })
        const code = output[0].code
        const hash = createHash('sha256').update(code).digest('base64url').slice(0, 8)
        script = { fileName: `assets/first-read-${hash}.js`, code }
      } finally {
        await bundle.close()
      }
    },
    transformIndexHtml(html, ctx) {
      if (!script || !ctx.filename.endsWith('/index.html')) return html
      // Right after the policy (a script before it would not be under it) and before the
      // stylesheet, which a classic script would otherwise wait for.
      const policy = /<meta http-equiv="Content-Security-Policy"[^>]*>/
      if (!policy.test(html)) throw new Error('index.html has no Content-Security-Policy meta tag to put the early script after')
      return html.replace(policy, (meta) => `${meta}\n    <script src="./${script!.fileName}"></script>`)
    },
    generateBundle() {
      if (script) this.emitFile({ type: 'asset', fileName: script.fileName, source: script.code })
    },
  }
}
