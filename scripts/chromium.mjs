/**
 * Debian's Chromium as every harness here starts it (the e2e specs, the verifier page's test, the
 * bench): one list, so a flag that quiets the machine reaches them all.
 *
 * CHROMIUM_PATH: the browser (the CHROMIUM_PATH environment variable, or /usr/bin/chromium).
 * CHROMIUM_ARGS: its switches: no sandbox (root in a container), no GPU, none of the browser's
 *   own network chatter (QUIC, first-run, background fetches, component updates, sync), and no
 *   address-bar drop-down (below).
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/**
 * Chromium keeps only the last --disable-features it is given, and Playwright passes its own list
 * first (playwright-core 1.65's chromiumSwitches.ts), so this list repeats Playwright's and adds:
 * the address bar's drop-down. Chromium's headless mode is the whole browser with its window
 * unseen, and it built that drop-down (a WebUI page in a renderer of its own) beside each new
 * tab: about 40 ms of a core per page, on a machine of two, in the middle of a timed start. The
 * app has no address bar.
 */
const DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'WebUIOmniboxPopup',
  'WebUIOmniboxAimPopup',
]

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  `--disable-features=${DISABLED_FEATURES.join(',')}`,
]
