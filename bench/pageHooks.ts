// Instrumentation injected into the page before the app runs (page.addInitScript). It is serialised as
// source, so it imports nothing and uses only browser APIs. It watches the app from outside:
// - requestAnimationFrame is wrapped to time each callback (the app's per-frame date update runs in one);
// - Cytoscape's renderer.render is wrapped to time each redraw (the canvas drawing, not app code);
// - Element.setAttribute is watched for `data-shown-day` (the canvas applied a date), `data-layout` and
//   `data-elements` (every element of the graph added);
// - keydown/pointerdown listeners on window, capture and bubble, time the input handlers (React included:
//   its discrete-event render runs in a microtask before the window's bubble listener);
// - PerformanceObserver collects long tasks and long animation frames.

/** What one measured step records; times are performance.now() milliseconds. */
export interface StepRecord {
  /** When the first input handler ran, and when the browser created the event (latency counts from there). */
  inputStart?: number;
  inputTs?: number;
  /** Input handlers, capture to bubble on window: dispatch, store subscribers, React render. */
  handlerMs?: number;
  /** When the last input listener (and its microtasks) ended: the handler's end when the event was stopped. */
  inputListenersEnd?: number;
  /** App JS in animation-frame callbacks from the input up to and including the one that applied the date. */
  rafJs: number;
  /** App JS in every other callback from the input to the applied date: other event listeners (scroll,
   * keyup…), timers, ResizeObserver callbacks, message ports (React's scheduler). */
  otherJs: number;
  /** The callback that applied the new date to the canvas (timeline query + patch in cy.batch). */
  flushMs?: number;
  flushEnd?: number;
  /** Time in history.pushState / replaceState during the step (the URL sync). */
  historyMs: number;
  /** App JS in the animation-frame callbacks of the same frame that ran after the one that applied the date
   * (the layout step, the labels placed for the date): not part of the step's JS, reported beside it. */
  sameFrameAfterMs: number;
  flushFrame?: number;
  /** The first redraw after the update. */
  renderMs?: number;
  /** When the frame showing the update had been produced (a task posted after that frame's work ran). */
  paintedAt?: number;
  paintScheduled?: boolean;
  day?: number;
}

export interface LongEntry {
  start: number;
  duration: number;
  kind: string;
}

/** The page-side state, as window.__bench. */
export interface BenchState {
  marks: Record<string, number>;
  shownDay: number | null;
  shownCount: number;
  renders: number;
  renderMsTotal: number;
  step: StepRecord | null;
  frames: number[];
  recordingFrames: boolean;
  long: LongEntry[];
  /** Arms a step: the next input starts it. */
  arm(): void;
  /** Resolves with the step once its frame was produced, or with what it has after `timeoutMs`. */
  settle(timeoutMs: number): Promise<StepRecord & { timedOut: boolean }>;
}

/** Installs window.__bench; runs in the page, before any of the app's scripts. */
export function installPageHooks(): void {
  type Renderer = { render: (...args: unknown[]) => unknown; requestedFrame?: boolean };
  type Cy = { renderer(): Renderer };
  const win = window as unknown as { __bench: BenchState; __cy?: Cy };
  const now = () => performance.now();
  let waiter: (() => void) | null = null;
  let wrapped: Renderer | null = null;

  const schedulePaint = (step: StepRecord) => {
    if (step.paintScheduled) return;
    step.paintScheduled = true;
    // A task posted now runs after this frame's rendering work: the frame has been produced by then.
    setTimeout(() => {
      step.paintedAt = now();
      waiter?.();
    }, 0);
  };

  const bench: BenchState = {
    marks: {},
    shownDay: null,
    shownCount: 0,
    renders: 0,
    renderMsTotal: 0,
    step: null,
    frames: [],
    recordingFrames: false,
    long: [],
    arm() {
      bench.step = { rafJs: 0, otherJs: 0, historyMs: 0, sameFrameAfterMs: 0 };
    },
    settle(timeoutMs) {
      const step = bench.step ?? { rafJs: 0, otherJs: 0, historyMs: 0, sameFrameAfterMs: 0 };
      return new Promise((resolve) => {
        const done = (timedOut: boolean) => {
          stoppedInputEnd(step);
          waiter = null;
          clearTimeout(timer);
          resolve({ ...step, timedOut });
        };
        const timer = setTimeout(() => done(true), timeoutMs);
        if (step.paintedAt !== undefined) done(false);
        else waiter = () => done(false);
      });
    },
  };
  win.__bench = bench;

  const wrapRenderer = () => {
    const renderer = win.__cy?.renderer();
    if (!renderer || wrapped === renderer) return;
    wrapped = renderer;
    const original = renderer.render;
    renderer.render = function (this: unknown, ...args: unknown[]) {
      const start = now();
      try {
        return original.apply(this, args);
      } finally {
        const ms = now() - start;
        bench.renders++;
        bench.renderMsTotal += ms;
        const step = bench.step;
        if (step && step.flushEnd !== undefined && step.renderMs === undefined) {
          step.renderMs = ms;
          schedulePaint(step);
        }
        // The first frame of the graph, and the first one after the layout finished.
        const marks = bench.marks;
        if (marks.shown !== undefined && marks.firstRender === undefined) {
          marks.firstRender = now();
          setTimeout(() => (marks.firstPaint = now()), 0);
        }
        if (marks.layoutDone !== undefined && marks.layoutRender === undefined) {
          marks.layoutRender = now();
          setTimeout(() => (marks.layoutPaint = now()), 0);
        }
      }
    };
  };

  const setAttribute = Element.prototype.setAttribute;
  Element.prototype.setAttribute = function (this: Element, name: string, value: string) {
    setAttribute.call(this, name, value);
    if (name === 'data-shown-day') {
      bench.shownDay = Number(value);
      bench.shownCount++;
      bench.marks.shown ??= now();
      wrapRenderer();
    } else if (name === 'data-layout' && value === 'done') bench.marks.layoutDone ??= now();
    else if (name === 'data-elements' && value === 'all') bench.marks.elementsAll ??= now();
    else if (name === 'data-id' && value === 'layer0-selectbox') bench.marks.cyCreated ??= now();
  };

  const nativeRaf = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (callback: FrameRequestCallback) =>
    nativeRaf((timestamp) => {
      if (bench.recordingFrames && bench.frames.at(-1) !== timestamp) bench.frames.push(timestamp);
      if (bench.step) stoppedInputEnd(bench.step);
      const start = now();
      const renderBefore = bench.renderMsTotal;
      const shownBefore = bench.shownCount;
      try {
        callback(timestamp);
      } finally {
        const end = now();
        const step = bench.step;
        if (step && step.flushFrame === timestamp && step.flushEnd !== undefined && end > step.flushEnd)
          step.sameFrameAfterMs += end - start - (bench.renderMsTotal - renderBefore);
        if (step && step.inputStart !== undefined && step.flushEnd === undefined) {
          const own = end - start - (bench.renderMsTotal - renderBefore);
          step.rafJs += own;
          // Work the callback queued as microtasks (React renders store updates there) belongs to it.
          queueMicrotask(() => (step.rafJs += now() - end));
          if (bench.shownCount !== shownBefore) {
            step.flushMs = own;
            step.flushEnd = end;
            step.flushFrame = timestamp;
            if (bench.shownDay !== null) step.day = bench.shownDay;
            // Nothing to redraw (no element changed): this frame, with the slider moved, shows the step.
            if (!win.__cy?.renderer().requestedFrame) schedulePaint(step);
          }
        }
      }
    });

  // Times every other kind of callback while a step is between its input and its applied date, so work the
  // step causes outside the input handlers and animation frames (a list scrolling to follow the date, a
  // scheduler task) counts as well. Only the outermost callback is timed; the input events are timed apart.
  function installCallbackTiming(bench: BenchState): void {
    const now = () => performance.now();
    let depth = 0;
    const timed = <A extends unknown[], R>(fn: (...args: A) => R) =>
      function (this: unknown, ...args: A): R {
        const step = bench.step;
        if (depth > 0 || !step || step.inputStart === undefined || step.flushEnd !== undefined)
          return fn.apply(this, args);
        depth++;
        const start = now();
        try {
          return fn.apply(this, args);
        } finally {
          depth--;
          const end = now();
          step.otherJs += end - start;
          queueMicrotask(() => (step.otherJs += now() - end));
        }
      };

    const add = EventTarget.prototype.addEventListener;
    const remove = EventTarget.prototype.removeEventListener;
    const wrappers = new WeakMap<object, Map<string, EventListener>>();
    // The input's own listeners are timed as the handler (window capture to window bubble). A listener that
    // stops the event before it reaches window's bubble phase (the date slider handles its keys at the document,
    // in capture, before React's root sees them) ends the handler when it returns, with the microtasks it queued.
    const inputTypes = new Set(['keydown', 'pointerdown']);
    const inputListenerEnd = () => {
      const step = bench.step;
      if (step?.inputStart !== undefined && step.handlerMs === undefined) step.inputListenersEnd = now();
    };
    const endsInput = (call: (e: Event) => void) =>
      function (this: unknown, event: Event) {
        try {
          call.call(this, event);
        } finally {
          queueMicrotask(inputListenerEnd);
        }
      };
    // One wrapper per listener and type, so removeEventListener finds the one added.
    const wrapperOf = (type: string, listener: EventListenerOrEventListenerObject) => {
      const byType = wrappers.get(listener) ?? new Map<string, EventListener>();
      wrappers.set(listener, byType);
      let wrapped = byType.get(type);
      if (!wrapped) {
        const call = (typeof listener === 'function' ? listener : (e: Event) => listener.handleEvent(e)) as (
          e: Event,
        ) => void;
        wrapped = inputTypes.has(type) ? endsInput(call) : timed(call);
        byType.set(type, wrapped);
      }
      return wrapped;
    };
    EventTarget.prototype.addEventListener = function (this: EventTarget, type, listener, options) {
      add.call(this, type, listener ? wrapperOf(type, listener) : listener, options);
    };
    EventTarget.prototype.removeEventListener = function (this: EventTarget, type, listener, options) {
      remove.call(this, type, (listener && wrappers.get(listener)?.get(type)) ?? listener, options);
    };

    const nativeSetTimeout = window.setTimeout.bind(window);
    window.setTimeout = ((handler: TimerHandler, ms?: number, ...args: unknown[]) =>
      nativeSetTimeout(
        typeof handler === 'function' ? timed(handler as () => void) : handler,
        ms,
        ...args,
      )) as typeof window.setTimeout;

    const NativeResizeObserver = window.ResizeObserver;
    window.ResizeObserver = class extends NativeResizeObserver {
      constructor(callback: ResizeObserverCallback) {
        super(timed(callback));
      }
    };

    const onmessage = Object.getOwnPropertyDescriptor(MessagePort.prototype, 'onmessage');
    if (onmessage?.set && onmessage.get) {
      const { get, set } = onmessage;
      Object.defineProperty(MessagePort.prototype, 'onmessage', {
        ...onmessage,
        get,
        set(this: MessagePort, handler: ((event: MessageEvent) => void) | null) {
          set.call(this, handler ? timed(handler) : handler);
        },
      });
    }
  }
  installCallbackTiming(bench);

  const inputStart = (event: Event) => {
    const step = bench.step;
    if (step && step.inputStart === undefined) {
      step.inputStart = now();
      step.inputTs = event.timeStamp;
    }
  };
  const inputEnd = () => {
    const step = bench.step;
    if (step?.inputStart !== undefined && step.handlerMs === undefined)
      step.handlerMs = now() - step.inputStart;
  };
  // The event stopped before window's bubble phase: the handler ended with the last input listener.
  const stoppedInputEnd = (step: StepRecord) => {
    if (step.handlerMs === undefined && step.inputStart !== undefined && step.inputListenersEnd !== undefined)
      step.handlerMs = step.inputListenersEnd - step.inputStart;
  };
  for (const type of ['keydown', 'pointerdown']) {
    window.addEventListener(type, inputStart, { capture: true });
    window.addEventListener(type, inputEnd);
  }

  for (const name of ['pushState', 'replaceState'] as const) {
    const original = History.prototype[name];
    History.prototype[name] = function (this: History, ...args: Parameters<History['pushState']>) {
      const start = now();
      try {
        original.apply(this, args);
      } finally {
        if (bench.step) bench.step.historyMs += now() - start;
      }
    };
  }

  const fetchText = Response.prototype.text;
  Response.prototype.text = function (this: Response) {
    bench.marks.fetchHeaders ??= now();
    return fetchText.call(this).then((text) => {
      bench.marks.fetchDone ??= now();
      return text;
    });
  };

  for (const kind of ['longtask', 'long-animation-frame']) {
    try {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          bench.long.push({ start: entry.startTime, duration: entry.duration, kind });
      }).observe({ type: kind, buffered: true });
    } catch {
      // This Chromium does not know the entry type; the other one still reports.
    }
  }
}
