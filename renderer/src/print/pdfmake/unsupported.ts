/**
 * Engine features the app never uses are replaced by stand-ins (brotli.ts, aes.ts, svg.ts), so
 * their code — and, for brotli and AES, the tables they build as soon as they are loaded — stays
 * out of the first PDF's start-up. Reaching one is a programming error: it fails loudly and says
 * which feature.
 */
export function unsupported(feature: string): never {
  throw new Error(`打印组件不支持${feature}`)
}
