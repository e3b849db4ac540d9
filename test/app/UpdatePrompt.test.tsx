// @vitest-environment jsdom
import { act, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OFFLINE_NOTE_MS, UpdatePrompt } from '../../src/app/UpdatePrompt';
import { renderPage } from '../ui/renderPage';

// The service worker's state as the PWA plugin's hook reports it, set per test.
const worker = vi.hoisted(() => ({ needRefresh: false, offlineReady: false }));

vi.mock('virtual:pwa-register/react', () => ({
  useRegisterSW: () => {
    const needRefresh = useState(worker.needRefresh);
    const offlineReady = useState(worker.offlineReady);
    return { needRefresh, offlineReady, updateServiceWorker: vi.fn() };
  },
}));

describe('UpdatePrompt', () => {
  beforeEach(() => vi.useFakeTimers({ shouldAdvanceTime: true }));
  afterEach(() => vi.useRealTimers());

  it('lets the note that Tulay works offline go by itself', async () => {
    Object.assign(worker, { needRefresh: false, offlineReady: true });
    await renderPage(<UpdatePrompt />);
    expect(screen.getByRole('status')).toHaveTextContent('Tulay now works offline.');
    act(() => vi.advanceTimersByTime(OFFLINE_NOTE_MS));
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('keeps a waiting update on screen until the learner answers', async () => {
    Object.assign(worker, { needRefresh: true, offlineReady: true });
    await renderPage(<UpdatePrompt />);
    act(() => vi.advanceTimersByTime(OFFLINE_NOTE_MS * 10));
    expect(screen.getByRole('status')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Update now' })).toBeInTheDocument();
  });
});
