/**
 * Vite plugin: puts the one-file HTML 报送包校验工具 (scripts/build-verifier.mjs, from
 * renderer/src/exchange/verifier/) beside index.html as `xiangyue-verify.html`, so the app can offer
 * it (导出与备份 → 保存校验工具, app/exchange/verifierFile.ts) with no network. In dev the server
 * builds it on request. The file carries its own CSP (default-src 'none'); the app only reads its bytes.
 */
import type { Plugin } from 'vite'
import { buildVerifierHtml } from '../../scripts/build-verifier.mjs'

export const VERIFIER_ASSET = 'xiangyue-verify.html'

export function verifierPlugin(): Plugin {
  let cache: Promise<string> | undefined
  const get = () => (cache ??= buildVerifierHtml())
  return {
    name: 'xiangyue-verifier',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = (req.url ?? '').split('?')[0] ?? ''
        if (url !== `/${VERIFIER_ASSET}`) return next()
        get().then(
          (html) => {
            res.setHeader('Content-Type', 'text/html; charset=utf-8')
            res.end(html)
          },
          (error: unknown) => next(error),
        )
      })
    },
    async generateBundle() {
      this.emitFile({ type: 'asset', fileName: VERIFIER_ASSET, source: await get() })
    },
  }
}
