/// <reference lib="webworker" />
// Reads, parses and checks the chosen files off the main thread, so a large or hostile file never blocks the page.
import { importFiles, refuseOversized } from '../../io/import/importFiles';
import type { ImportProgress } from '../../domain/model/importResult';
import { setProgressSink } from '../../io/import/progress';
import { resultInParts, type ImportWorkerReply } from './importWorkerProtocol';

declare const self: DedicatedWorkerGlobalScope;

const PROGRESS_EVERY_MS = 50;

function throttled(post: (p: ImportProgress) => void): (p: ImportProgress) => void {
  let last = 0;
  return (progress) => {
    const now = performance.now();
    if (now - last < PROGRESS_EVERY_MS && progress.done < progress.total) return;
    last = now;
    post(progress);
  };
}

async function readText(file: File, onBytes: (bytes: number) => void): Promise<string> {
  const reader = file.stream().getReader();
  const decoder = new TextDecoder('utf-8');
  const parts: string[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(decoder.decode(value, { stream: true }));
    onBytes(value.byteLength);
  }
  parts.push(decoder.decode());
  return parts.join('');
}

self.onmessage = async (message: MessageEvent<{ files: File[] }>) => {
  const reply = (data: ImportWorkerReply) => self.postMessage(data);
  const progress = throttled((p) => reply({ type: 'progress', progress: p }));
  const { files } = message.data;
  try {
    // A file over the limit is refused before a byte of it is read.
    const oversized = refuseOversized(files);
    if (oversized) {
      reply({ type: 'done', result: oversized });
      return;
    }
    const total = files.reduce((sum, f) => sum + f.size, 0);
    let done = 0;
    const read = [];
    for (const file of files) {
      const text = await readText(file, (bytes) => {
        done += bytes;
        progress({ phase: 'reading', done, total });
      });
      read.push({ name: file.name, text, size: file.size });
    }
    setProgressSink(progress);
    // In parts: one message with the whole result would be deserialised by the page in one long task.
    for (const part of resultInParts(importFiles(read))) reply(part);
  } catch (error) {
    reply({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  } finally {
    setProgressSink(null);
  }
};
