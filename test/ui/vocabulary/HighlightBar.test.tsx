// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/domain/review/settings';
import { HighlightBar, type Highlights } from '../../../src/ui/vocabulary/WordHighlights';
import { renderPage } from '../renderPage';

const highlights = (overrides: Partial<Highlights>): Highlights => ({
  stages: null,
  failed: false,
  wordClass: undefined,
  ...overrides,
});

const counted = highlights({
  stages: { settings: DEFAULT_SETTINGS, marks: new Map(), unknown: 42 },
});

const bar = (): HTMLElement | null => document.querySelector('.highlight-bar');

describe('HighlightBar', () => {
  it('takes its room before the words are counted, with nothing to use or read yet', async () => {
    await renderPage(<HighlightBar highlights={highlights({})} />);
    await waitFor(() => expect(bar()).toBeInTheDocument());
    expect(bar()).toHaveAttribute('aria-hidden', 'true');
    expect(bar()?.querySelector('input[role="switch"]')).toBeDisabled();
    expect(bar()?.querySelector('.unknown-count')).toHaveClass('uncounted');
  });

  it('says how many words are new once counted, and the switch works', async () => {
    await renderPage(<HighlightBar highlights={counted} />);
    expect(await screen.findByText('42 words in this text are new to you.')).toBeVisible();
    expect(screen.getByRole('switch', { name: 'Mark saved words' })).toBeEnabled();
  });

  it('keeps the legend’s room when the marks are switched off, hidden from screen readers', async () => {
    const user = userEvent.setup();
    await renderPage(<HighlightBar highlights={counted} />);
    await user.click(await screen.findByRole('switch', { name: 'Mark saved words' }));
    await waitFor(() => expect(screen.queryByRole('list', { name: 'Legend' })).toBeNull());
    expect(bar()?.querySelector('.highlight-legend')).toHaveClass('highlight-legend-off');
  });

  it('leaves no room where the marks cannot be had', async () => {
    await renderPage(<HighlightBar highlights={highlights({ failed: true })} />);
    expect(screen.queryByText('suspended')).toBeNull();
    expect(bar()).toBeNull();
  });
});
