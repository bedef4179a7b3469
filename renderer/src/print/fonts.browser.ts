/**
 * Font bytes for the Vite-built renderer (browser and Electron, main thread or worker): the TTFs
 * — each face's core cut, subset at build time, and the full font — are emitted as build assets
 * by renderer/build/printFonts.ts and fetched from our own origin. Nothing leaves the machine
 * and no system font is touched.
 */
import { CORE_FONT_URLS, FULL_FONT_URLS } from 'virtual:print-fonts'
import { CORE_FACES, type FontCut, type FontFaceId, type FontSource } from './fonts'

type FontUrls = Readonly<Record<FontCut, Readonly<Record<FontFaceId, string>>>>

export const FONT_URLS: FontUrls = { core: CORE_FONT_URLS, full: FULL_FONT_URLS }

export function urlFontSource(urls: FontUrls = FONT_URLS): FontSource {
  return {
    name: 'url',
    async load(face, cut) {
      const response = await fetch(urls[cut][face])
      if (!response.ok) throw new Error(`HTTP ${response.status}`)
      // Read as a Blob first: Chromium then streams the body into browser-side blob storage
      // instead of through this thread. In the PDF worker this thread is busy compiling the
      // engine while the ~11 MB of core fonts arrive; with `response.arrayBuffer()` the bodies
      // were only drained after that, 50–95 ms later than the network finished (measured in the
      // worker with resource timing); this way the fonts are ready 20–45 ms after the engine.
      const blob = await response.blob()
      return new Uint8Array(await blob.arrayBuffer())
    },
  }
}

/**
 * A url source that starts fetching the core cut of the core faces at once. The PDF worker
 * creates it while pdfmake loads, so the fonts arrive while the engine is being compiled and
 * evaluated instead of after it (the first notice's cost is then the longer of the two, not
 * their sum).
 */
export function prefetchingFontSource(urls: FontUrls = FONT_URLS): FontSource {
  const plain = urlFontSource(urls)
  const early = new Map<FontFaceId, Promise<Uint8Array>>()
  for (const face of CORE_FACES) {
    const p = plain.load(face, 'core')
    p.catch(() => undefined) // a failure is reported when the engine asks for the face
    early.set(face, p)
  }
  return {
    name: plain.name,
    load(face, cut) {
      const p = cut === 'core' ? early.get(face) : undefined
      if (p) early.delete(face) // used once: a retry after a failure fetches afresh
      return p ?? plain.load(face, cut)
    },
  }
}
