/**
 * Runs `task` once the next frame has been produced (a task posted from an animation frame runs after that frame's
 * style, layout and paint), so DOM work done there finds the layout clean and forces none; returns a function that
 * cancels it. A hidden page produces no frames: the task then runs in the next task.
 */
export function afterNextFrame(task: () => void): () => void {
  let timer = 0;
  if (document.hidden) {
    timer = window.setTimeout(task, 0);
    return () => window.clearTimeout(timer);
  }
  const frame = requestAnimationFrame(() => (timer = window.setTimeout(task, 0)));
  return () => {
    cancelAnimationFrame(frame);
    window.clearTimeout(timer);
  };
}
