/**
 * The desktop implementation: every call is one IPC round trip through `window.xiangyue`.
 * The main process validates everything again; the checks here only give earlier, clearer errors.
 */
import type { XiangyueApi } from '../../../electron/contract'
import { safeFileName } from '../../../electron/fileName'
import { acceptToFilters, cleanIpcErrorMessage } from './helpers'
import type { OpenOptions, PickedFile, SaveFilter, SaveOutcome, Shell } from './types'
import { createDesktopAuditAnchor, createDesktopBackups } from './backups'

export function createElectronShell(api: XiangyueApi): Shell {
  return {
    kind: 'electron',

    appVersion: () => call(() => api.appVersion()),

    async saveFile(bytes: Uint8Array, suggestedName: string, filters?: SaveFilter[]): Promise<SaveOutcome> {
      // Made safe here too (main does it again): the dialog then proposes the name it will save under.
      const result = await call(() => api.saveFile({ bytes, suggestedName: safeFileName(suggestedName), ...(filters ? { filters } : {}) }))
      return result.saved ? { saved: true, path: result.path } : { saved: false }
    },

    openFile(options: OpenOptions): Promise<PickedFile | null> {
      const filters = acceptToFilters(options.accept)
      return call(() =>
        api.openFile({
          ...(filters ? { filters } : {}),
          ...(options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }),
        }),
      )
    },

    async printPdf(bytes: Uint8Array, title: string): Promise<void> {
      const { shown } = await call(() => api.printPdf({ bytes, title }))
      if (!shown) throw new Error('无法打开打印预览窗口，请重试。')
    },

    backups: createDesktopBackups(api, call),

    auditAnchor: createDesktopAuditAnchor(api, call),
  }
}

/** Rethrows main-process errors with the bare Chinese message. */
async function call<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run()
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    throw new Error(cleanIpcErrorMessage(message), { cause: error })
  }
}
