import type { ImportResult, ImportProgress } from '../../domain/model/importResult';
import { resultAssembler, type ImportWorkerReply } from './importWorkerProtocol';

/** An import under way: its result (null when cancelled) and a way to cancel it. */
export interface RunningImport {
  result: Promise<ImportResult | null>;
  cancel: () => void;
}

/**
 * Reads and checks files in a Web Worker, reporting progress; cancelling terminates the worker at once, wherever
 * it is. Where there is no Worker (tests in jsdom), the same importer runs in the page.
 */
export function runImport(files: readonly File[], onProgress: (progress: ImportProgress) => void): RunningImport {
  if (typeof Worker === 'undefined') return runInPage(files);
  const worker = new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module', name: 'import' });
  let settle: (result: ImportResult | null) => void = () => {};
  let fail: (error: Error) => void = () => {};
  const result = new Promise<ImportResult | null>((resolve, reject) => {
    settle = resolve;
    fail = reject;
  });
  const parts = resultAssembler();
  worker.onmessage = (event: MessageEvent<ImportWorkerReply>) => {
    const reply = event.data;
    if (reply.type === 'progress') return onProgress(reply.progress);
    // Each part is its own message, so its own task: the page stays responsive while the result arrives.
    if (reply.type === 'part') return parts.add(reply);
    worker.terminate();
    if (reply.type === 'done') settle(parts.complete(reply.result));
    else fail(new Error(reply.message));
  };
  worker.onerror = (event) => {
    worker.terminate();
    fail(new Error(event.message || 'the import worker could not start'));
  };
  worker.postMessage({ files: [...files] });
  return {
    result,
    cancel: () => {
      worker.terminate();
      settle(null);
    },
  };
}

function runInPage(files: readonly File[]): RunningImport {
  let cancelled = false;
  const result = (async () => {
    const { importFiles } = await import('../../io/import/importFiles');
    const read = await Promise.all(files.map(async (f) => ({ name: f.name, text: await f.text(), size: f.size })));
    return cancelled ? null : importFiles(read);
  })();
  return {
    result: result.then((r) => (cancelled ? null : r)),
    cancel: () => {
      cancelled = true;
    },
  };
}
