/** Debian's Chromium as the harnesses start it (chromium.mjs). */
export declare const CHROMIUM_PATH: string
export declare const CHROMIUM_ARGS: readonly string[]
