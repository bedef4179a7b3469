/**
 * 保存校验工具: the one-file HTML verifier (exchange/verifier/, built by scripts/build-verifier.mjs)
 * ships beside the app's index.html as `xiangyue-verify.html` (renderer/build/verifierPlugin.ts puts
 * it into every build and serves it in dev). This reads it so the screen can save a copy, e.g. to the
 * USB stick that carries the bundle.
 *
 *   verifierFile(fetcher?) → { bytes, fileName }; throws a Chinese message when it cannot be read.
 */
export const VERIFIER_PATH = './xiangyue-verify.html'
export const VERIFIER_FILE_NAME = '乡约报送包校验工具.html'
/** exchange/verifier/page.html's <title> */
export const VERIFIER_TITLE = '乡约报送包校验工具'

export async function verifierFile(fetcher: typeof fetch = fetch): Promise<{ bytes: Uint8Array; fileName: string }> {
  let response: Response
  try {
    response = await fetcher(VERIFIER_PATH)
  } catch {
    throw new Error('校验工具未能读取（安装文件可能不完整），请重新安装乡约')
  }
  if (!response.ok) throw new Error('校验工具未能读取（安装文件可能不完整），请重新安装乡约')
  const bytes = new Uint8Array(await response.arrayBuffer())
  // the page's own title: not some other HTML (a server's fallback to index.html, an error page)
  if (!new TextDecoder().decode(bytes.subarray(0, 2000)).includes(`<title>${VERIFIER_TITLE}</title>`))
    throw new Error('校验工具文件不完整，请重新安装乡约')
  return { bytes, fileName: VERIFIER_FILE_NAME }
}
