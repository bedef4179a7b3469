/**
 * Font bytes for the Vite-built renderer (browser and Electron, main thread or worker): the
 * TTFs are emitted as build assets by `?url` and fetched from our own origin — nothing leaves
 * the machine and no system font is touched.
 */
import serifRegularUrl from '@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf?url'
import serifBoldUrl from '@expo-google-fonts/noto-serif-sc/700Bold/NotoSerifSC_700Bold.ttf?url'
import sansRegularUrl from '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf?url'
import sansBoldUrl from '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf?url'
import { CORE_FACES, type FontFaceId, type FontSource } from './fonts'

export const FONT_URLS: Readonly<Record<FontFaceId, string>> = {
  'NotoSerifSC-Regular': serifRegularUrl,
  'NotoSerifSC-Bold': serifBoldUrl,
  'NotoSansSC-Regular': sansRegularUrl,
  'NotoSansSC-Bold': sansBoldUrl,
}

export function urlFontSource(urls: Readonly<Record<FontFaceId, string>> = FONT_URLS): FontSource {
  return {
    name: 'url',
    async load(face) {
      const response = await fetch(urls[face])
      if (!response.ok) throw new Error(`HTTP ${response.status}`)
      return new Uint8Array(await response.arrayBuffer())
    },
  }
}

/**
 * A url source that starts fetching the core faces at once. The PDF worker creates it before it
 * loads pdfmake, so the ~40 MB of fonts arrive while the ~1 MB engine is being evaluated instead
 * of after it (the first notice's cost is then the longer of the two, not their sum).
 */
export function prefetchingFontSource(urls: Readonly<Record<FontFaceId, string>> = FONT_URLS): FontSource {
  const plain = urlFontSource(urls)
  const early = new Map<FontFaceId, Promise<Uint8Array>>()
  for (const face of CORE_FACES) {
    const p = plain.load(face)
    p.catch(() => undefined) // a failure is reported when the engine asks for the face
    early.set(face, p)
  }
  return {
    name: plain.name,
    load(face) {
      const p = early.get(face)
      early.delete(face) // used once: a retry after a failure fetches afresh
      return p ?? plain.load(face)
    },
  }
}
