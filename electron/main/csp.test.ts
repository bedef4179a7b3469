import { describe, expect, it } from 'vitest'
import { contentSecurityPolicy, cspDirectives } from './csp'

function parse(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name, ...sources] = part.trim().split(/\s+/)
      return [name ?? '', sources]
    }),
  )
}

describe('contentSecurityPolicy', () => {
  it('allows only our own origin in the built app', () => {
    const csp = parse(contentSecurityPolicy({ dev: false }))
    expect(csp.get('default-src')).toEqual(["'self'"])
    expect(csp.get('script-src')).toEqual(["'self'"])
    expect(csp.get('worker-src')).toEqual(["'self'", 'blob:'])
    expect(csp.get('img-src')).toEqual(["'self'", 'data:', 'blob:'])
    expect(csp.get('font-src')).toEqual(["'self'", 'data:'])
    expect(csp.get('style-src')).toEqual(["'self'", "'unsafe-inline'"])
    expect(csp.get('connect-src')).toEqual(["'self'", 'blob:', 'data:'])
    expect(csp.get('frame-src')).toEqual(["'self'", 'blob:'])
    expect(csp.get('object-src')).toEqual(["'none'"])
    expect(csp.get('base-uri')).toEqual(["'none'"])
    expect(csp.get('form-action')).toEqual(["'none'"])
    expect(csp.get('frame-ancestors')).toEqual(["'none'"])
  })

  it('never allows inline or evaluated script, nor any remote host, in production', () => {
    const policy = contentSecurityPolicy({ dev: false })
    expect(policy).not.toMatch(/unsafe-eval|wasm-unsafe-eval|http:|https:|ws:|\*/)
    const scriptSrc = parse(policy).get('script-src') ?? []
    expect(scriptSrc).not.toContain("'unsafe-inline'")
  })

  it('ignores a dev server origin when not in dev', () => {
    expect(contentSecurityPolicy({ dev: false, devServerOrigin: 'http://localhost:5173' })).toBe(contentSecurityPolicy({ dev: false }))
  })

  it('adds exactly the dev server and its HMR socket in dev', () => {
    const csp = parse(contentSecurityPolicy({ dev: true, devServerOrigin: 'http://localhost:5173' }))
    expect(csp.get('script-src')).toEqual(["'self'", 'http://localhost:5173'])
    expect(csp.get('connect-src')).toEqual(["'self'", 'blob:', 'data:', 'http://localhost:5173', 'ws://localhost:5173'])
    expect(csp.get('object-src')).toEqual(["'none'"])
  })

  it('refuses a dev server origin that is not http(s)', () => {
    expect(() => contentSecurityPolicy({ dev: true, devServerOrigin: 'file:///tmp' })).toThrow(/http/)
    expect(() => contentSecurityPolicy({ dev: true, devServerOrigin: 'not a url' })).toThrow(/not a URL/)
  })

  it('leaves frame-ancestors out of the meta-tag form, which browsers ignore there', () => {
    const meta = contentSecurityPolicy({ dev: false, meta: true })
    expect(meta).not.toContain('frame-ancestors')
    expect(cspDirectives({ dev: false, meta: true }).length).toBe(cspDirectives({ dev: false }).length - 1)
  })
})
