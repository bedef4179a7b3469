/**
 * 报送包校验 worker: hashing every file, checking the signature and parsing the data happen here,
 * so importing 30 villages' bundles never freezes the window. One worker per import batch
 * (checker.ts ends it when the batch ends).
 */
import { checkBundle } from './checkBundle'
import type { CheckRequest, CheckResponse } from './checker'

const scope = self as unknown as DedicatedWorkerGlobalScope

scope.onmessage = (event: MessageEvent<CheckRequest>) => {
  const { id, bytes } = event.data
  checkBundle(new Uint8Array(bytes)).then(
    (checked) => scope.postMessage({ id, checked } satisfies CheckResponse),
    (error: unknown) => scope.postMessage({ id, error: String((error as Error)?.message ?? error) } satisfies CheckResponse),
  )
}
