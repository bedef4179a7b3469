/** Types for build-verifier.mjs. */
export declare const DEFAULT_OUT: string
/** The one-file HTML verifier, script and style inline, CSP by hash. */
export declare function buildVerifierHtml(): Promise<string>
