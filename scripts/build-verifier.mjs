/**
 * build-verifier: make the one-file HTML 报送包校验工具 that ships in the app (导出 → 保存校验工具) and
 * opens from a USB stick in any current browser, with no server and no network.
 *
 *   node scripts/build-verifier.mjs [OUT]      default OUT: dist-verifier/xiangyue-verify.html
 *
 * Input:  renderer/src/exchange/verifier/page.html, page.css and page.ts (which imports the same
 *         verifyCore.mjs as the CLI; fflate and @noble come with it), bundled by Vite (Rolldown) into
 *         one minified IIFE.
 * Output: one HTML file, script and style inline, with a Content-Security-Policy that allows exactly
 *         that script and that style (by SHA-256) and nothing else: default-src 'none', so no fetch,
 *         no images, no frames, no workers, no form posts.
 *
 * Also importable: `buildVerifierHtml()` returns the HTML as a string (for a Vite plugin that puts
 * it into the app's build, or for tests).
 */
import { createHash } from 'node:crypto'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const SOURCE = resolve(ROOT, 'renderer/src/exchange/verifier')
export const DEFAULT_OUT = resolve(ROOT, 'dist-verifier/xiangyue-verify.html')

function cspHash(text) {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`
}

async function bundleScript() {
  const { build } = await import('vite')
  const output = await build({
    configFile: false,
    root: SOURCE,
    logLevel: 'warn',
    build: {
      write: false,
      minify: true,
      target: 'es2020',
      lib: { entry: resolve(SOURCE, 'page.ts'), formats: ['iife'], name: 'XiangyueVerifier', fileName: () => 'page.js' },
    },
  })
  const outputs = Array.isArray(output) ? output : [output]
  const chunk = outputs.flatMap((o) => o.output).find((c) => c.type === 'chunk')
  if (!chunk) throw new Error('build-verifier: Vite produced no script')
  // a literal "</script" inside the code would end the inline script early
  return chunk.code.replace(/<\/(script)/gi, '<\\/$1').trim()
}

export async function buildVerifierHtml() {
  const [template, style, script, core] = await Promise.all([
    readFile(resolve(SOURCE, 'page.html'), 'utf8'),
    readFile(resolve(SOURCE, 'page.css'), 'utf8'),
    bundleScript(),
    import('../renderer/src/exchange/bundle/format.mjs'),
  ])
  const styleText = `\n${style}\n`
  const scriptText = `\n${script}\n`
  const csp = [
    "default-src 'none'",
    `script-src ${cspHash(scriptText)}`,
    `style-src ${cspHash(styleText)}`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ')
  const filled = template
    .replaceAll('%CSP%', csp)
    .replaceAll('%FORMAT_VERSION%', String(core.BUNDLE_FORMAT_VERSION))
    .replace(/<style>\s*\/\* STYLE \*\/\s*<\/style>/, () => `<style>${styleText}</style>`)
    .replace(/<script>\s*\/\* SCRIPT \*\/\s*<\/script>/, () => `<script>${scriptText}</script>`)
  if (filled.includes('/* STYLE */') || filled.includes('/* SCRIPT */')) throw new Error('build-verifier: page.html placeholders not found')
  return filled
}

async function main() {
  const out = resolve(process.argv[2] ?? DEFAULT_OUT)
  const html = await buildVerifierHtml()
  await mkdir(dirname(out), { recursive: true })
  await writeFile(out, html)
  console.log(`校验工具已生成：${out}（${(Buffer.byteLength(html) / 1024).toFixed(0)} KB）`)
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error)
    process.exitCode = 1
  })
}
