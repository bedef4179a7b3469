/**
 * The empty page that `startup_ms` is compared with (`blank_page_ms`, scripts/bench.mjs): one
 * module script from the same kind of server, whose only work is the ready signal — the same
 * performance mark the home screen sets when it shows real numbers (HomeView.vue). Whatever the
 * app's startup costs above this page is the app's own.
 */
performance.mark('xiangyue:blank-ready')
