// @vitest-environment jsdom
import { act, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useCloseOnBack } from '../../../src/ui/common/useCloseOnBack';

function Sheet({ onClose }: { onClose: () => void }) {
  useCloseOnBack(onClose);
  return <p>open</p>;
}

const hasStep = (): boolean =>
  typeof history.state === 'object' && history.state !== null && 'closeOnBack' in history.state;

/** Lets the next frame be painted and `ms` pass after it. */
async function afterPaint(ms: number): Promise<void> {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(16); // the frame
    await vi.advanceTimersByTimeAsync(ms);
  });
}

/** Waits for jsdom's history traversal (Back), which runs in a task of its own. */
async function traversed(): Promise<void> {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(50);
  });
}

describe('useCloseOnBack', () => {
  beforeEach(() => {
    history.replaceState(null, '', '/#/read/text');
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'],
    });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('adds its history step only a while after the sheet is painted, and Back then closes it', async () => {
    const onClose = vi.fn();
    const length = history.length;
    render(<Sheet onClose={onClose} />);
    await afterPaint(50);
    // Not in the frame that shows the sheet, nor in the tasks soon after it.
    expect(hasStep()).toBe(false);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(50);
    });
    expect(hasStep()).toBe(true);
    expect(history.length).toBe(length + 1);
    expect(location.hash).toBe('#/read/text');

    history.back();
    await traversed();
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('closed before its step was added, leaves the history as it was', async () => {
    const length = history.length;
    const { unmount } = render(<Sheet onClose={vi.fn()} />);
    await afterPaint(50);
    unmount();
    await afterPaint(200);
    expect(hasStep()).toBe(false);
    expect(history.length).toBe(length);
  });

  it('closed otherwise once its step was added, takes the step off again', async () => {
    const onClose = vi.fn();
    const { unmount } = render(<Sheet onClose={onClose} />);
    await afterPaint(100);
    expect(hasStep()).toBe(true);
    unmount();
    await traversed();
    expect(hasStep()).toBe(false);
    expect(onClose).not.toHaveBeenCalled();
  });
});
