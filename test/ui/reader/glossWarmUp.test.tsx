// @vitest-environment jsdom
// A file of its own: the reader draws the unseen gloss once per app, and another test may have.
import { screen, waitFor } from '@testing-library/react';
import { expect, it } from 'vitest';
import ReaderPage from '../../../src/ui/reader/ReaderPage';
import { renderPage } from '../renderPage';

const warmUp = (): Element | null => document.querySelector('.gloss-warm-up');

it('draws a gloss once, unseen, when the reader is idle, and then takes it away', async () => {
  await renderPage(<ReaderPage textId="digital-rmb" />, '/read/digital-rmb');
  await waitFor(() => expect(warmUp()).not.toBeNull(), { timeout: 4000 });
  const drawn = warmUp()!;
  // Hidden from sight and from assistive technology, and out of reach of the keyboard.
  expect(drawn.getAttribute('aria-hidden')).toBe('true');
  expect(drawn.hasAttribute('inert')).toBe(true);
  expect(screen.queryByRole('heading', { name: 'nagluluto' })).toBeNull();
  // The gloss's own parts, as the first two frames of a real one draw them.
  expect(drawn.querySelector('.gloss-header h2')?.textContent).toBe('nagluluto');
  expect(drawn.querySelector('.reading .derived')).not.toBeNull();
  expect(drawn.querySelector('.formula .piece-root')?.textContent).toBe('luto');
  expect(drawn.querySelector('.features')).not.toBeNull();
  for (const part of ['.entry-note', '.example', '.origin'])
    expect(drawn.querySelector(`.root ${part}`)).not.toBeNull();
  await waitFor(() => expect(warmUp()).toBeNull());
});
