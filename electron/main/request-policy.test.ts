import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { isNavigationAllowed, isRequestAllowed, type RequestPolicy } from './request-policy'
import { APP_ORIGIN_PARTS, originOf, rendererOrigin } from './origin'

const printDir = path.resolve('/tmp/xiangyue-print')
const production: RequestPolicy = { devServer: null, printDir }
const development: RequestPolicy = { devServer: { protocol: 'http:', host: 'localhost:5173' }, printDir }

describe('isRequestAllowed', () => {
  it('allows the app origin and Chromium-internal schemes', () => {
    for (const url of [
      'app://xiangyue/index.html',
      'app://xiangyue/assets/app.js',
      'blob:app://xiangyue/6f1c0e7e-1234',
      'data:image/png;base64,AAAA',
      'about:blank',
      'chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html',
      'devtools://devtools/bundled/inspector.html',
    ]) {
      expect(isRequestAllowed(url, production), url).toBe(true)
    }
  })

  it('blocks every network request in production', () => {
    for (const url of [
      'https://evil.example/x.js',
      'http://localhost:5173/',
      'http://127.0.0.1:8080/api',
      'wss://evil.example/socket',
      'ftp://files.example/a',
      'app://other-host/index.html',
      'javascript:alert(1)',
      'not a url',
    ]) {
      expect(isRequestAllowed(url, production), url).toBe(false)
    }
  })

  it('allows only the dev server and its HMR socket in development', () => {
    expect(isRequestAllowed('http://localhost:5173/src/main.ts', development)).toBe(true)
    expect(isRequestAllowed('ws://localhost:5173/', development)).toBe(true)
    expect(isRequestAllowed('http://localhost:5174/', development)).toBe(false)
    expect(isRequestAllowed('https://cdn.example/lib.js', development)).toBe(false)
  })

  it('allows file:// only for PDFs inside the print directory', () => {
    expect(isRequestAllowed(pathToFileURL(path.join(printDir, 'a.pdf')).toString(), production)).toBe(true)
    expect(isRequestAllowed(pathToFileURL(path.join(printDir, 'a.txt')).toString(), production)).toBe(false)
    expect(isRequestAllowed(pathToFileURL(printDir).toString(), production)).toBe(false)
    expect(isRequestAllowed('file:///etc/passwd', production)).toBe(false)
    expect(isRequestAllowed(pathToFileURL(`${printDir}-evil/a.pdf`).toString(), production)).toBe(false)
    expect(isRequestAllowed(`${pathToFileURL(printDir).toString()}/../secret.pdf`, production)).toBe(false)
  })
})

describe('isNavigationAllowed', () => {
  it('allows in-app navigation and nothing else', () => {
    expect(isNavigationAllowed('app://xiangyue/index.html#/people', APP_ORIGIN_PARTS)).toBe(true)
    expect(isNavigationAllowed('app://xiangyue/people', APP_ORIGIN_PARTS)).toBe(true)
    expect(isNavigationAllowed('https://evil.example/', APP_ORIGIN_PARTS)).toBe(false)
    expect(isNavigationAllowed('file:///home/user/Desktop/dropped.xlsx', APP_ORIGIN_PARTS)).toBe(false)
    expect(isNavigationAllowed('app://xiangyue.evil.example/', APP_ORIGIN_PARTS)).toBe(false)
  })
})

describe('origin helpers', () => {
  it('gives app:// URLs a real origin (WHATWG URL would say "null")', () => {
    expect(new URL('app://xiangyue/index.html').origin).toBe('null')
    expect(originOf('app://xiangyue/index.html')).toEqual(APP_ORIGIN_PARTS)
    expect(originOf('file:///tmp/a')).toBeNull()
    expect(originOf('about:blank')).toBeNull()
  })

  it('picks the dev server in dev and the fixed app origin otherwise', () => {
    expect(rendererOrigin(undefined)).toEqual(APP_ORIGIN_PARTS)
    expect(rendererOrigin('')).toEqual(APP_ORIGIN_PARTS)
    expect(rendererOrigin('http://localhost:5173')).toEqual({ protocol: 'http:', host: 'localhost:5173' })
    expect(() => rendererOrigin('file:///tmp/index.html')).toThrow()
  })
})
