// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { clear, createStore } from 'idb-keyval';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import AddTextPage from '../../../src/ui/add-text/AddTextPage';
import { renderPage } from '../renderPage';
import { loadLexicon } from '../../../src/storage/lexiconFiles';

// Pairing uses the lexicon's senses: loaded once, as on a device that has read before.
beforeAll(() => loadLexicon(), 30_000);

beforeEach(() => clear(createStore('tulay-library', 'records')));

/** Fills the form with two Tagalog and two English sentences. */
async function fillTwoPairs(user: ReturnType<typeof userEvent.setup>) {
  await user.type(await screen.findByLabelText('Title'), 'Ulan');
  await user.type(screen.getByLabelText('Tagalog text'), 'Umuulan kanina. Naglaro ang mga bata.');
  await user.type(
    screen.getByLabelText('English translation (optional)'),
    'It rained earlier. The children played.',
  );
}

const pair = (number: number) => screen.getByRole('group', { name: `Pair ${number}` });

describe('AddTextPage focus, for a learner on a small screen or a screen reader', () => {
  it('takes focus to the problems when a submit fails, and marks the fields at fault', async () => {
    const user = userEvent.setup();
    await renderPage(<AddTextPage />, '/add');
    await user.click(await screen.findByRole('button', { name: 'Save text' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveFocus();
    const title = screen.getByLabelText('Title');
    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(title).toHaveAccessibleDescription('Give the text a title.');
    const tagalog = screen.getByLabelText('Tagalog text');
    expect(tagalog).toHaveAttribute('aria-invalid', 'true');
    expect(tagalog).toHaveAccessibleDescription('Paste or upload the Tagalog text.');
    expect(screen.getByLabelText('English translation (optional)')).not.toHaveAttribute(
      'aria-invalid',
    );

    // Fixed: the title is no longer marked.
    await user.type(title, 'Ulan');
    await user.click(screen.getByRole('button', { name: 'Save text' }));
    expect(await screen.findByRole('alert')).toHaveFocus();
    expect(title).not.toHaveAttribute('aria-invalid');
    expect(title).not.toHaveAccessibleDescription();
  });

  it('takes focus to the heading of the pairs, and back to the button that opened them', async () => {
    const user = userEvent.setup();
    await renderPage(<AddTextPage />, '/add');
    await fillTwoPairs(user);
    await user.click(screen.getByRole('button', { name: 'Pair the sentences' }));
    expect(await screen.findByRole('heading', { name: 'Check the pairs' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Back to editing' }));
    expect(await screen.findByRole('button', { name: 'Pair the sentences' })).toHaveFocus();
  });

  it('keeps focus on a control that still works after Merge or Split disables the one pressed', async () => {
    const user = userEvent.setup();
    await renderPage(<AddTextPage />, '/add');
    await fillTwoPairs(user);
    await user.click(screen.getByRole('button', { name: 'Pair the sentences' }));

    // Merging the first pair with the last makes it the last: it can merge no further.
    await user.click(within(pair(1)).getByRole('button', { name: 'Merge with next' }));
    expect(screen.queryByRole('group', { name: 'Pair 2' })).not.toBeInTheDocument();
    expect(within(pair(1)).getByRole('button', { name: 'Split' })).toHaveFocus();

    // Splitting leaves the first pair one sentence a side: it can split no further.
    await user.click(within(pair(1)).getByRole('button', { name: 'Split' }));
    expect(within(pair(1)).getByRole('button', { name: 'Merge with next' })).toHaveFocus();
    expect(document.activeElement).toBeEnabled();
  });
});
