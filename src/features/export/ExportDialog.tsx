import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Core } from 'cytoscape';
import { dayToIso } from '../../domain/dates';
import { useAppStoreApi } from '../../state/storeContext';
import { linkToView } from '../../state/urlSync';
import { downloadBlob } from './download';
import type { PngUnderlay } from '../../shared/exportUnderlay';
import { FIGURE_TITLE, figureContext } from './figureContext';
import { figureBlob, planFigure, settingsWithDefaults, type FigurePlan } from './figureExport';
import {
  BACKGROUNDS,
  MAX_CUSTOM_WIDTH,
  MIN_CUSTOM_WIDTH,
  SIZE_PRESET_LABELS,
  SIZE_PRESETS,
  type FigureSettings,
  type SizePreset,
} from './figureSettings';
import { MotionFields } from './MotionFields';
import { NumberField } from './NumberField';
import { RadioOption } from './RadioOption';
import {
  DEFAULT_MOTION_SETTINGS,
  motionBudget,
  type MotionFormat,
  type MotionSettings,
} from './motion/motionSettings';
import { timeLeft, useMotionExport } from './useMotionExport';
import { useFigurePreview } from './useFigurePreview';
import { useVideoFormats } from './videoSupport';
import type { AnalysisPainter } from './motion/offscreenGraph';
import './exportDialog.css';

type Format = FigureSettings['format'] | MotionFormat;
const FORMAT_LABELS: Record<Format, string> = {
  png: 'PNG',
  svg: 'SVG',
  gif: 'Animated GIF',
  webm: 'Video (WebM)',
  mp4: 'Video (MP4)',
};
const isMotion = (f: Format): f is MotionFormat => f === 'gif' || f === 'webm' || f === 'mp4';

export interface ExportDialogProps {
  getCy: () => Core | null;
  onClose: () => void;
  /** Drawn under the graph (the map, in the map layout). */
  underlay?: PngUnderlay;
  /** Paints the analysis views on each animation frame (from the canvas layer). */
  paintAnalysis?: AnalysisPainter;
}

const FOCUSABLE = 'button:not([disabled]), input:not([disabled]), select:not([disabled]), [tabindex="0"]';

/** The export dialog: a figure (PNG or SVG) or a span of history in motion (GIF, video), with a live preview. */
export default function ExportDialog({ getCy, onClose, underlay, paintAnalysis }: ExportDialogProps) {
  const videoFormats = useVideoFormats();
  const store = useAppStoreApi();
  const ctx = useMemo(() => figureContext(store.getState()), [store]);
  const titleId = useId();
  const dialog = useRef<HTMLDivElement>(null);
  const [format, setFormat] = useState<Format>('png');
  const [settings, setSettings] = useState<FigureSettings | null>(() =>
    ctx ? settingsWithDefaults(ctx, { title: FIGURE_TITLE }) : null,
  );
  const [motion, setMotion] = useState<MotionSettings>(() => {
    const to = ctx ? ctx.day : 0;
    return { ...DEFAULT_MOTION_SETTINGS, from: dayToIso(to - 15 * 365), to: dayToIso(to) };
  });
  const [message, setMessage] = useState<{ kind: 'status' | 'alert'; text: string } | null>(null);
  const motionRun = useMotionExport();
  const running = motionRun.status.kind === 'running';

  const plan = useMemo<FigurePlan | null>(() => {
    const cy = getCy();
    if (!cy || !ctx || !settings) return null;
    try {
      const picture = { ...settings, format: format === 'svg' ? ('svg' as const) : ('png' as const) };
      return planFigure(cy, ctx, picture, {
        ...(underlay ? { underlay } : {}),
        url: linkToView(store.getState(), location),
        today: new Date().toISOString().slice(0, 10),
      });
    } catch {
      return null;
    }
  }, [getCy, ctx, settings, format, underlay, store]);
  const preview = useFigurePreview(getCy, plan);
  const budget = useMemo(() => {
    try {
      return motionBudget({ ...motion, format: isMotion(format) ? format : 'gif' });
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  }, [motion, format]);

  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    dialog.current?.querySelector<HTMLElement>('input, select, button')?.focus();
    return () => opener?.focus();
  }, []);

  if (!ctx || !settings) return null;
  const set = <K extends keyof FigureSettings>(key: K, value: FigureSettings[K]) =>
    setSettings({ ...settings, [key]: value });

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      if (running) motionRun.cancel();
      else onClose();
    }
    if (event.key !== 'Tab' || !dialog.current) return;
    // Keep focus inside the dialog while it is open.
    const items = [...dialog.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = items[0];
    const last = items.at(-1);
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first?.focus();
    }
  };

  async function exportNow() {
    const cy = getCy();
    if (!cy || !ctx || !settings) return;
    setMessage(null);
    if (isMotion(format)) {
      const { exportMotion } = await import('./motion/exportMotion');
      const state = store.getState();
      await motionRun.start(async (signal, onProgress) => {
        const { blob, fileName } = await exportMotion(
          cy,
          { ...motion, format },
          {
            context: ctx,
            basis: state.timeline.basis,
            analysis: state.analysis,
            title: settings.title,
            background: BACKGROUNDS[settings.background],
            full: settings.full,
            ...(underlay ? { underlay } : {}),
            ...(paintAnalysis ? { paintAnalysis } : {}),
            signal,
            onProgress,
          },
        );
        downloadBlob(blob, fileName);
        return { fileName, bytes: blob.size };
      });
      return;
    }
    if (!plan) return;
    try {
      const started = performance.now();
      const blob = await figureBlob(cy, plan, format);
      downloadBlob(blob, plan.fileName);
      setMessage({
        kind: 'status',
        text: `Saved ${plan.fileName} (${Math.ceil(blob.size / 1024)} kB, ${Math.round(performance.now() - started)} ms).`,
      });
    } catch (error) {
      setMessage({
        kind: 'alert',
        text: `Export failed: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  }

  async function copyCitation() {
    if (!plan) return;
    try {
      await navigator.clipboard.writeText(plan.citation);
      setMessage({ kind: 'status', text: 'Citation copied.' });
    } catch {
      setMessage({
        kind: 'alert',
        text: 'The browser refused the clipboard: select the citation below and copy it.',
      });
    }
  }

  const s = motionRun.status;
  return (
    <div className="reader-backdrop">
      <div
        ref={dialog}
        className="export-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onKeyDown={onKeyDown}
      >
        <h2 id={titleId}>Export</h2>
        <div className="export-columns">
          <div className="export-fields">
            <fieldset disabled={running}>
              <legend>Format</legend>
              {(['png', 'svg', 'gif', 'webm', 'mp4'] as const).map((f) => (
                <RadioOption
                  key={f}
                  name="export-format"
                  value={f}
                  checked={format === f}
                  disabled={f !== 'png' && f !== 'svg' && f !== 'gif' && !videoFormats.includes(f)}
                  onSelect={() => setFormat(f)}
                >
                  {FORMAT_LABELS[f]}
                  {(f === 'webm' || f === 'mp4') && !videoFormats.includes(f)
                    ? ' (this browser cannot encode it)'
                    : ''}
                </RadioOption>
              ))}
            </fieldset>
            <fieldset disabled={running}>
              <legend>Text</legend>
              <label className="export-text-field">
                Title{' '}
                <input type="text" value={settings.title} onChange={(e) => set('title', e.target.value)} />
              </label>
              <label className="export-text-field">
                Subtitle{' '}
                <input
                  type="text"
                  value={settings.subtitle}
                  onChange={(e) => set('subtitle', e.target.value)}
                />
              </label>
            </fieldset>
            <fieldset disabled={running}>
              <legend>Content</legend>
              <RadioOption name="export-area" checked={!settings.full} onSelect={() => set('full', false)}>
                The view as shown
              </RadioOption>
              <RadioOption name="export-area" checked={settings.full} onSelect={() => set('full', true)}>
                The whole graph
              </RadioOption>
              <RadioOption
                name="export-bg"
                checked={settings.background === 'white'}
                onSelect={() => set('background', 'white')}
              >
                White background
              </RadioOption>
              <RadioOption
                name="export-bg"
                checked={settings.background === 'light'}
                onSelect={() => set('background', 'light')}
              >
                Light grey background
              </RadioOption>
              {isMotion(format) ? null : (
                <label>
                  <input
                    type="checkbox"
                    checked={settings.legend}
                    onChange={(e) => set('legend', e.target.checked)}
                  />{' '}
                  Legend
                </label>
              )}
            </fieldset>
            {isMotion(format) ? (
              <MotionFields
                settings={{ ...motion, format }}
                onChange={setMotion}
                budget={budget}
                disabled={running}
              />
            ) : (
              <fieldset>
                <legend>Size</legend>
                <label>
                  Size{' '}
                  <select value={settings.size} onChange={(e) => set('size', e.target.value as SizePreset)}>
                    {SIZE_PRESETS.map((p) => (
                      <option key={p} value={p}>
                        {SIZE_PRESET_LABELS[p]}
                      </option>
                    ))}
                  </select>
                </label>
                {settings.size === 'custom' ? (
                  <NumberField
                    label="Width in px"
                    min={MIN_CUSTOM_WIDTH}
                    max={MAX_CUSTOM_WIDTH}
                    step={10}
                    value={settings.customWidth}
                    onChange={(width) => set('customWidth', width)}
                  />
                ) : null}
              </fieldset>
            )}
          </div>
          <figure className="export-preview">
            {preview.kind === 'ready' ? <img src={preview.url} alt="Preview of the exported figure" /> : null}
            <figcaption>
              {preview.kind === 'ready' && !isMotion(format)
                ? `${preview.width} × ${preview.height} px`
                : null}
              {preview.kind === 'error' ? preview.message : null}
              {isMotion(format)
                ? 'A still of the date shown; each frame shows its own date, in large type, with this title and the sources.'
                : null}
            </figcaption>
            {plan ? (
              <p className="export-citation" data-testid="figure-citation">
                {plan.citation}
              </p>
            ) : null}
          </figure>
        </div>
        {s.kind === 'running' ? (
          <div className="export-progress">
            <progress
              max={s.progress?.total ?? 1}
              value={s.progress?.done ?? 0}
              aria-label="Export progress"
            />
            <span role="status">
              {s.progress
                ? `${s.progress.done} of ${s.progress.total} frames, ${timeLeft(s.progress.remainingMs)}`
                : 'Starting…'}
            </span>
          </div>
        ) : null}
        {s.kind === 'done' ? (
          <p role="status">
            Saved {s.fileName} ({Math.ceil(s.bytes / 1024)} kB in {(s.ms / 1000).toFixed(1)} s).
          </p>
        ) : null}
        {s.kind === 'cancelled' ? <p role="status">Export cancelled; nothing was saved.</p> : null}
        {s.kind === 'error' ? <p role="alert">Export failed: {s.message}</p> : null}
        {message ? <p role={message.kind}>{message.text}</p> : null}
        <div className="dialog-buttons">
          <button type="button" onClick={() => void copyCitation()} disabled={!plan}>
            Copy citation
          </button>
          {running ? (
            <button type="button" onClick={motionRun.cancel}>
              Cancel
            </button>
          ) : (
            <button type="button" onClick={onClose}>
              Close
            </button>
          )}
          <button
            type="button"
            className="primary"
            onClick={() => void exportNow()}
            aria-disabled={running || (isMotion(format) && 'error' in budget)}
          >
            Export {FORMAT_LABELS[format]}
          </button>
        </div>
      </div>
    </div>
  );
}
