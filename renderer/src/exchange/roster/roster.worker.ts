/**
 * 花名册 worker: reading, checking and writing .xlsx happen here, so a 10,000-row file never
 * freezes the window, and exceljs (~1 MB) is only in this worker's bundle, never the window's.
 * An import reads the file without exceljs (spreadsheet/readXlsx.ts), so exceljs is loaded only
 * for the jobs that write a workbook (export, template).
 * One worker per job (client.ts terminates it): a loaded workbook is large and imports are rare.
 */
import { runRosterImport } from './pipeline'
import { exactArrayBuffer, RosterFileError, type RosterWorkerRequest, type RosterWorkerResponse } from './protocol'

const scope = self as unknown as DedicatedWorkerGlobalScope

function reply(message: RosterWorkerResponse, transfer: Transferable[] = []): void {
  scope.postMessage(message, transfer)
}

scope.onmessage = (event: MessageEvent<RosterWorkerRequest>) => {
  void handle(event.data)
}

async function handle(request: RosterWorkerRequest): Promise<void> {
  const { id } = request
  const progress = (done: number, total: number) => reply({ id, type: 'progress', done, total })
  try {
    if (request.type === 'import') {
      const preview = await runRosterImport(
        new Uint8Array(request.bytes),
        request.existing,
        request.today,
        request.knownAreaCodes,
        progress,
      )
      reply({ id, type: 'preview', preview })
      return
    }
    const bytes =
      request.type === 'template'
        ? await (await import('./template')).buildRosterTemplate()
        : await (await import('./export')).buildRosterWorkbook(request.households, request.villagers, request.options, progress)
    const buffer = exactArrayBuffer(bytes)
    reply({ id, type: 'xlsx', bytes: buffer }, [buffer])
  } catch (err) {
    reply({ id, type: 'error', message: err instanceof Error ? err.message : String(err), fileError: err instanceof RosterFileError })
  }
}
