import { useId, useRef, useState } from 'react';
import type { Core } from 'cytoscape';
import { downloadBlob, pngFileName } from './download';
import type { PngCaption, PngExportInput } from './exportOptions';

export interface ExportButtonProps {
  /** The live Cytoscape instance, or null while the graph is not mounted. */
  getCy: () => Core | null;
  /** The caption, or a function giving it at export time (so the header need not re-render as the date moves). */
  caption: Partial<PngCaption> | (() => Partial<PngCaption>);
  /** The date shown, `YYYY-MM-DD`: it names the file. */
  isoDate: string | (() => string);
  /** Scale, background and size guards; the caption and "whole graph" come from the props and the toggle. */
  options?: Omit<PngExportInput, 'caption' | 'full'>;
  /**
   * Works out the whole figure at export time (legend, credits, file name); when given, it replaces caption,
   * isoDate and options.
   */
  prepare?: (full: boolean) => Promise<{ input: PngExportInput; fileName: string }>;
}

type ExportStatus = { kind: 'idle' } | { kind: 'exporting' } | { kind: 'error'; message: string };

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** "Export PNG" with a "whole graph" toggle: a thin button over toPngBlob and downloadBlob. */
export function ExportButton({ getCy, caption, isoDate, options, prepare }: ExportButtonProps) {
  const [full, setFull] = useState(false);
  const [status, setStatus] = useState<ExportStatus>({ kind: 'idle' });
  // A ref, not the state, so a double click cannot start two exports before React re-renders.
  const busy = useRef(false);
  const toggleId = useId();
  const exporting = status.kind === 'exporting';

  async function exportPng() {
    if (busy.current) return;
    busy.current = true;
    setStatus({ kind: 'exporting' });
    try {
      const cy = getCy();
      if (!cy) throw new Error('the graph is not ready yet');
      const planned = prepare ? await prepare(full) : null;
      const fileName = planned?.fileName ?? pngFileName(typeof isoDate === 'function' ? isoDate() : isoDate);
      // The export code is loaded on first use: most visits never export.
      const { toPngBlob } = await import('./toPngBlob');
      const input = planned?.input ?? {
        ...options,
        full,
        caption: typeof caption === 'function' ? caption() : caption,
      };
      const blob = await toPngBlob(cy, input);
      downloadBlob(blob, fileName);
      setStatus({ kind: 'idle' });
    } catch (error) {
      setStatus({ kind: 'error', message: describeError(error) });
    } finally {
      busy.current = false;
    }
  }

  return (
    <div className="export-png">
      {/* aria-disabled rather than disabled: a disabled button drops keyboard focus mid-export. */}
      <button type="button" onClick={() => void exportPng()} aria-disabled={exporting}>
        {exporting ? 'Exporting…' : 'Export PNG'}
      </button>
      <input
        id={toggleId}
        type="checkbox"
        checked={full}
        onChange={(event) => setFull(event.target.checked)}
        disabled={exporting}
      />
      <label htmlFor={toggleId}>whole graph</label>
      {status.kind === 'error' && <p role="alert">Export failed: {status.message}</p>}
    </div>
  );
}
