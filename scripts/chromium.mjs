/**
 * Debian's Chromium as every harness here starts it (the e2e specs, the verifier page's test, the
 * bench): one list, so a flag that quiets the machine reaches them all.
 *
 * CHROMIUM_PATH: the browser (the CHROMIUM_PATH environment variable, or /usr/bin/chromium).
 * CHROMIUM_ARGS: its switches: no sandbox (root in a container), no GPU, and none of the
 *   browser's own network chatter (QUIC, first-run, background fetches, component updates, sync).
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
