// Work put off so that it does not delay what the learner is waiting to see. Each returns a
// function that cancels the work if it has not run yet.

/** Runs `callback` when the browser is idle, at the latest after `timeout` ms. */
export function whenIdle(callback: () => void, timeout: number): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(callback, { timeout });
    return () => cancelIdleCallback(handle);
  }
  // No idle callbacks (Safari): soon after the current work instead.
  const timer = setTimeout(callback, 200);
  return () => clearTimeout(timer);
}

/**
 * Runs `callback` just after the next frame is painted (a task queued from that frame), or `delay`
 * ms after that.
 */
export function afterNextPaint(callback: () => void, delay = 0): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(callback, delay);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/**
 * Resolves in a task of its own, so that a tap or a frame waiting goes first: long work awaits it
 * between slices of about a frame's length.
 */
export function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
