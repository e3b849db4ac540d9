// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { clear, createStore } from 'idb-keyval';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { buildUserText } from '../../../src/domain/content/userText';
import { libraryRepository } from '../../../src/storage/libraryRepository';
import { LibraryPage } from '../../../src/ui/library/LibraryPage';
import { renderPage } from '../renderPage';

beforeEach(() => clear(createStore('tulay-library', 'records')));

/** Saves a text; a later `minute` is newer, so listed first. */
const save = (id: string, title: string, minute: number, extra: { titleEn?: string } = {}) =>
  libraryRepository().putText(
    buildUserText({
      id,
      title,
      level: 'advanced',
      paragraphs: [['Umuulan.']],
      now: new Date(Date.UTC(2026, 0, 1, 0, minute)),
      ...extra,
    }),
  );

const yourTexts = () => screen.getByRole('region', { name: 'Your texts' });
const titles = () =>
  within(yourTexts())
    .queryAllByRole('heading', { level: 3 })
    .map((heading) => heading.textContent);
/** Waits for focus on the control named `name`: the page moves it once the control is shown. */
const focusLandsOn = (role: 'button' | 'link', name: string) =>
  vi.waitFor(() => expect(within(yourTexts()).getByRole(role, { name })).toHaveFocus());

describe('Your texts in the Library', () => {
  it('lets every deleted text be undone, not only the last, and focuses the restored text', async () => {
    await save('mine-a', 'Ulan', 3);
    await save('mine-b', 'Araw', 2);
    await save('mine-c', 'Hangin', 1);
    const user = userEvent.setup();
    await renderPage(<LibraryPage />);
    await user.click(await screen.findByRole('button', { name: 'Delete Ulan' }));
    await user.click(await screen.findByRole('button', { name: 'Delete Araw' }));
    await within(yourTexts()).findByText('“Araw” deleted.');
    expect(titles()).toEqual(['Hangin']);

    // Both deletions say so, each with its own Undo.
    const notices = within(yourTexts()).getByRole('status');
    expect(notices).toHaveTextContent('“Ulan” deleted.');
    expect(notices).toHaveTextContent('“Araw” deleted.');

    await user.click(within(notices).getByRole('button', { name: 'Undo deleting “Ulan”' }));
    await focusLandsOn('link', 'Ulan');
    expect(titles()).toEqual(['Ulan', 'Hangin']);
    expect(notices).not.toHaveTextContent('“Ulan” deleted.');
    expect(notices).toHaveTextContent('“Araw” deleted.');

    await user.click(within(notices).getByRole('button', { name: 'Undo deleting “Araw”' }));
    await focusLandsOn('link', 'Araw');
    expect(titles()).toEqual(['Ulan', 'Araw', 'Hangin']);
  });

  it('keeps focus on the Undo of a text just deleted, never on the page', async () => {
    await save('mine-a', 'Ulan', 2);
    await save('mine-b', 'Araw', 1);
    const user = userEvent.setup();
    await renderPage(<LibraryPage />);
    await user.click(await screen.findByRole('button', { name: 'Delete Ulan' }));
    await focusLandsOn('button', 'Undo deleting “Ulan”');

    await user.click(screen.getByRole('button', { name: 'Delete Araw' }));
    await focusLandsOn('button', 'Undo deleting “Araw”');
  });

  it('shows the English title and the level the learner entered, in the interface language', async () => {
    await save('mine-a', 'Ulan', 2, { titleEn: 'Rain' });
    await save('mine-b', 'Araw', 1);
    await renderPage(<LibraryPage />);
    const card = (await screen.findByRole('link', { name: 'Ulan' })).closest('li')!;
    expect(within(card).getByText('Rain')).toHaveAttribute('lang', 'en');
    // One sentence: the title is not one of the sentences to read.
    expect(card).toHaveTextContent(/Advanced · 1 sentence · 1 word/);
    // A text with no English title shows none (not its Tagalog title twice).
    const other = screen.getByRole('link', { name: 'Araw' }).closest('li')!;
    expect(within(other).getAllByText(/Araw/)).toHaveLength(1);

    try {
      await i18next.changeLanguage('tl');
      await vi.waitFor(() => expect(card).toHaveTextContent(/Mataas · 1 pangungusap/));
    } finally {
      await i18next.changeLanguage('en');
    }
  });
});
