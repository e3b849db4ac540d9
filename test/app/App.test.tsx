// @vitest-environment jsdom
import { configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { clear, createStore } from 'idb-keyval';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';
import { setUpI18n } from '../../src/i18n/setup';
import { libraryRepository } from '../../src/storage/libraryRepository';
import { vocabularyRepository } from '../../src/storage/vocabularyRepository';
import { forgetVocabularyCache } from '../../src/ui/vocabulary/useVocabulary';
import { context } from '../domain/vocab/fixtures';
import { storeUserText } from '../ui/storedTexts';

const TITLE =
  'Ang Digital Currency Research Institute ng People’s Bank of China ay nakikipagtulungan sa Ant Group upang makabuo ng isang digital RMB platform';

// Pages and texts load slowly the first time in a run, and on a busy machine.
configure({ asyncUtilTimeout: 5000 });
vi.setConfig({ testTimeout: 15_000 });

/** The first word of a sentence in the reader, where the keyboard goes on from. */
const firstWordOf = async (sentenceId: string): Promise<HTMLElement> =>
  waitFor(() => {
    const word = document.querySelector<HTMLElement>(`#sentence-${sentenceId} .tl button`);
    expect(word).toBeTruthy();
    return word!;
  });

/**
 * Waits for focus on the first word of a sentence a link asked for. The reader moves it there in
 * an effect after the sentence is on the page: under load the word can be found a moment before.
 */
const focusOnFirstWordOf = async (sentenceId: string): Promise<void> => {
  const word = await firstWordOf(sentenceId);
  await waitFor(() => expect(word).toHaveFocus());
};

/** Opens the app at `address`, as a new tab, a bookmark or a reload would. */
function openAt(address: string) {
  history.replaceState(null, '', address);
  return render(<App />);
}

beforeEach(async () => {
  localStorage.clear();
  history.replaceState(null, '', '/');
  window.location.hash = '';
  // jsdom scrolls nothing; the reader scrolls to the sentence asked for.
  vi.stubGlobal('scrollBy', () => {});
  forgetVocabularyCache();
  await clear(createStore('tulay-vocabulary', 'records'));
  await setUpI18n('en');
});

afterEach(() => {
  vi.unstubAllGlobals();
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

describe('a link to a sentence in the reader', () => {
  it('opens that sentence in a new tab, from a bookmark or pasted', async () => {
    openAt('/#/read/digital-rmb?s=s16');
    await focusOnFirstWordOf('s16');
    expect(screen.getByRole('heading', { name: TITLE, level: 1 })).toBeInTheDocument();
    // Done once: a reload returns to where the learner read to, not to that sentence.
    expect(window.location.hash).toBe('#/read/digital-rmb');
  });

  it('is the same address clicked in the app as opened anywhere else', async () => {
    await vocabularyRepository().saveWord(
      context({ textId: 'digital-rmb', sentenceId: 's16' }),
      new Date(),
    );
    const user = userEvent.setup();
    openAt('/#/vocabulary');
    const link = (await screen.findAllByRole('link', { name: 'Open in the reader' }))[0]!;
    expect(link).toHaveAttribute('href', '#/read/digital-rmb?s=s16');
    await user.click(link);
    await focusOnFirstWordOf('s16');
    expect(window.location.search).toBe('');
    expect(window.location.hash).toBe('#/read/digital-rmb');
  });

  it('still opens an address from before, the sentence ahead of the hash', async () => {
    openAt('/?s=s16#/read/digital-rmb');
    await focusOnFirstWordOf('s16');
    expect(window.location.search).toBe('');
    expect(window.location.hash).toBe('#/read/digital-rmb');
  });

  it('goes back to the page it was followed from, and forward to the text', async () => {
    await vocabularyRepository().saveWord(
      context({ textId: 'digital-rmb', sentenceId: 's16' }),
      new Date(),
    );
    const user = userEvent.setup();
    openAt('/#/vocabulary');
    await user.click((await screen.findAllByRole('link', { name: 'Open in the reader' }))[0]!);
    await firstWordOf('s16');
    history.back();
    expect(await screen.findByRole('heading', { name: 'Vocabulary', level: 1 })).toBeVisible();
    history.forward();
    expect(await screen.findByRole('heading', { name: TITLE, level: 1 })).toBeVisible();
    expect(window.location.hash).toBe('#/read/digital-rmb');
  });
});

describe('a text that is not in the library', () => {
  it('says so plainly after the text was deleted, with the way back, and names the tab', async () => {
    const record = await storeUserText({ id: 'mine-mwxyhhpo' });
    openAt('/#/read/mine-mwxyhhpo');
    expect(await screen.findByRole('heading', { name: 'Sulat', level: 1 })).toBeInTheDocument();
    await libraryRepository().deleteText(record.text.id);
    window.location.hash = '#/';
    await screen.findByRole('heading', { name: 'Library', level: 1 });
    window.location.hash = '#/read/mine-mwxyhhpo';
    const heading = await screen.findByRole('heading', { level: 1, name: /not in the Library/ });
    const main = screen.getByRole('main');
    expect(main).not.toHaveTextContent('mine-mwxyhhpo');
    expect(main).toHaveTextContent(/deleted/);
    expect(within(main).getByRole('link', { name: 'Back to the Library' })).toHaveAttribute(
      'href',
      '#/',
    );
    await waitFor(() => expect(document.title).toBe(`${heading.textContent} · Tulay`));
  });

  it('no longer keeps the title of the text read before', async () => {
    openAt('/#/read/digital-rmb');
    await screen.findByRole('heading', { name: TITLE, level: 1 });
    await waitFor(() => expect(document.title).toBe(`${TITLE} · Tulay`));
    window.location.hash = '#/read/gone';
    const heading = await screen.findByRole('heading', { level: 1, name: /not in the Library/ });
    await waitFor(() => expect(document.title).toBe(`${heading.textContent} · Tulay`));
  });
});

describe('focus when the page changes', () => {
  it('stays where the browser put it on the first load', async () => {
    render(<App />);
    await screen.findByRole('heading', { name: 'Library', level: 1 });
    await screen.findByRole('link', { name: TITLE });
    expect(document.body).toHaveFocus();
  });

  it('moves to the new page’s heading when a text is opened with the keyboard', async () => {
    const user = userEvent.setup();
    render(<App />);
    const link = await screen.findByRole('link', { name: TITLE });
    link.focus();
    await user.keyboard('{Enter}');
    const heading = await screen.findByRole('heading', { name: TITLE, level: 1 });
    await waitFor(() => expect(heading).toHaveFocus());
  });

  it('moves to the new page’s heading from the navigation, and back', async () => {
    const user = userEvent.setup();
    render(<App />);
    await screen.findByRole('heading', { name: 'Library', level: 1 });
    const nav = screen.getByRole('navigation');
    await user.click(within(nav).getByRole('link', { name: 'Review' }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveFocus());
    expect(document.activeElement).toHaveTextContent('Review');
    await user.click(within(nav).getByRole('link', { name: 'Library' }));
    await waitFor(() =>
      expect(screen.getByRole('heading', { name: 'Library', level: 1 })).toHaveFocus(),
    );
  });

  it('goes to the sentence a link asks for, not to the heading', async () => {
    render(<App />);
    await screen.findByRole('link', { name: TITLE });
    window.location.hash = '#/read/digital-rmb?s=s16';
    const word = await firstWordOf('s16');
    await waitFor(() => expect(word).toHaveFocus());
    // and stays there once everything has settled
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(word).toHaveFocus();
  });
});
