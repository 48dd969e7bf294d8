import { useEffect, useRef, useState } from 'react';
import type { MotionProgress } from './motion/exportMotion';

export type MotionStatus =
  | { kind: 'idle' }
  | { kind: 'running'; progress: MotionProgress | null }
  | { kind: 'done'; fileName: string; bytes: number; ms: number }
  | { kind: 'cancelled' }
  | { kind: 'error'; message: string };

/** Runs one animation export at a time with progress and Cancel; unmounting cancels a running one. */
export function useMotionExport() {
  const [status, setStatus] = useState<MotionStatus>({ kind: 'idle' });
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);

  async function start(
    task: (
      signal: AbortSignal,
      onProgress: (p: MotionProgress) => void,
    ) => Promise<{ fileName: string; bytes: number }>,
  ) {
    if (controller.current) return;
    const abort = new AbortController();
    controller.current = abort;
    setStatus({ kind: 'running', progress: null });
    const started = performance.now();
    try {
      const result = await task(abort.signal, (progress) => setStatus({ kind: 'running', progress }));
      setStatus({ kind: 'done', ...result, ms: performance.now() - started });
    } catch (error) {
      if (abort.signal.aborted) setStatus({ kind: 'cancelled' });
      else setStatus({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    } finally {
      controller.current = null;
    }
  }
  return { status, start, cancel: () => controller.current?.abort() };
}

/** "about 12 s left", "about 3 min left". */
export function timeLeft(ms: number | null): string {
  if (ms === null) return 'estimating time…';
  const s = Math.ceil(ms / 1000);
  return s < 90 ? `about ${s} s left` : `about ${Math.ceil(s / 60)} min left`;
}
