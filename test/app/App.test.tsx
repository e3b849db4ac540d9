// @vitest-environment jsdom
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app/App';
import { setUpI18n } from '../../src/i18n/setup';

beforeEach(async () => {
  localStorage.clear();
  window.location.hash = '';
  await setUpI18n('en');
});

describe('App', () => {
  it('opens on the Library with navigation to Library, Vocabulary and Review', async () => {
    render(<App />);
    expect(await screen.findByRole('heading', { name: 'Library', level: 1 })).toBeInTheDocument();
    const nav = screen.getByRole('navigation');
    for (const name of ['Library', 'Vocabulary', 'Review']) {
      expect(within(nav).getByRole('link', { name })).toBeInTheDocument();
    }
    expect(within(nav).getByRole('link', { name: 'Library' })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });

  it('skips to the content without leaving the page', async () => {
    const user = userEvent.setup();
    render(<App />);
    await screen.findByRole('heading', { name: 'Library', level: 1 });
    await user.click(screen.getByRole('link', { name: 'Skip to content' }));
    expect(screen.getByRole('main')).toHaveFocus();
    expect(screen.getByRole('heading', { name: 'Library', level: 1 })).toBeInTheDocument();
    expect(screen.queryByText('Page not found')).not.toBeInTheDocument();
  });

  it('names the tab after the page', async () => {
    render(<App />);
    await screen.findByRole('heading', { name: 'Library', level: 1 });
    expect(document.title).toBe('Library · Tulay');
    window.location.hash = '#/review';
    await waitFor(() => expect(document.title).toBe('Review · Tulay'));
    window.location.hash = '#/nowhere';
    await waitFor(() => expect(document.title).toBe('Page not found · Tulay'));
  });

  it('switches the interface to Filipino and remembers it', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.selectOptions(screen.getByLabelText('Interface language'), 'tl');
    expect(await screen.findByRole('heading', { name: 'Aklatan', level: 1 })).toBeInTheDocument();
    expect(localStorage.getItem('tulay:pref:v1:interfaceLanguage')).toBe('"tl"');
    await user.selectOptions(screen.getByLabelText('Wika ng interface'), 'en');
  });
});
