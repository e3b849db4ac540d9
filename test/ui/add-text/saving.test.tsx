// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { clear, createStore } from 'idb-keyval';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import * as drafting from '../../../src/domain/alignment/draftPairs';
import { sentencesOf } from '../../../src/domain/content';
import { MAX_TEXT_WORDS } from '../../../src/domain/content/textInput';
import type { UserTextRecord } from '../../../src/domain/content/userText';
import { libraryRepository } from '../../../src/storage/libraryRepository';
import AddTextPage from '../../../src/ui/add-text/AddTextPage';
import { renderPage } from '../renderPage';
import { storeUserText } from '../storedTexts';
import { loadLexicon } from '../../../src/storage/lexiconFiles';

// Pairing uses the lexicon's senses: loaded once, as on a device that has read before.
beforeAll(() => loadLexicon(), 30_000);

// Counts the alignments: pairing a long text blocks the page, so it must happen once.
vi.mock('../../../src/domain/alignment/draftPairs', async (importOriginal) => {
  const actual = await importOriginal<typeof drafting>();
  return { ...actual, draftPairs: vi.fn(actual.draftPairs) };
});

beforeEach(async () => {
  await clear(createStore('tulay-library', 'records'));
  vi.mocked(drafting.draftPairs).mockClear();
});

type User = ReturnType<typeof userEvent.setup>;

const FIVE_TAGALOG =
  'Umuulan kanina. Naglaro ang mga bata. Umuwi sila nang basa. Nagluto si Nanay ng sopas. Kumain kami nang sabay.';
const SIX_ENGLISH =
  'It rained earlier. The children played. They came home wet. Mother cooked soup. We ate together. Extra sentence here.';

async function fill(user: User, fields: { title: string; tagalog: string; english?: string }) {
  await user.type(await screen.findByLabelText('Title'), fields.title);
  // Pasted, as a learner does with a long text: typing it key by key would take the test minutes.
  await user.click(screen.getByLabelText('Tagalog text'));
  await user.paste(fields.tagalog);
  if (fields.english) {
    await user.click(screen.getByLabelText('English translation (optional)'));
    await user.paste(fields.english);
  }
}

/** Each pair of the preview as `Tagalog ⇔ English`, as the learner reads it there. */
function previewPairs(): string[] {
  return screen.getAllByRole('listitem').map((item) => {
    const [tagalog, english] = within(item).getAllByRole('paragraph');
    return `${tagalog!.textContent} ⇔ ${english!.textContent}`;
  });
}

/** The one text saved, once it is. */
async function savedText(): Promise<UserTextRecord> {
  return vi.waitFor(async () => {
    const [saved] = (await libraryRepository().listTexts()).texts;
    if (!saved) throw new Error('nothing saved yet');
    return saved;
  });
}

describe('AddTextPage, saving', () => {
  it('saves the pairs the preview shows without pairing the sentences again', async () => {
    const user = userEvent.setup();
    await renderPage(<AddTextPage />, '/add');
    await fill(user, { title: 'Ulan', tagalog: FIVE_TAGALOG, english: SIX_ENGLISH });
    await user.click(screen.getByRole('button', { name: 'Pair the sentences' }));
    await screen.findByRole('heading', { name: 'Check the pairs' });
    await user.click(screen.getByRole('button', { name: 'Save text' }));
    await savedText();
    expect(drafting.draftPairs).toHaveBeenCalledTimes(1);
  });

  it('saves the text as the preview showed it, never showing English with no Tagalog', async () => {
    const user = userEvent.setup();
    await renderPage(<AddTextPage />, '/add');
    await fill(user, { title: 'Ulan', tagalog: FIVE_TAGALOG, english: SIX_ENGLISH });
    await user.click(screen.getByRole('button', { name: 'Pair the sentences' }));
    const pair = (number: number) => screen.getByRole('group', { name: `Pair ${number}` });
    // Two English sentences beside the last Tagalog one, then the learner tries to split them.
    await user.click(within(pair(4)).getByRole('button', { name: 'Move English down' }));
    const split = within(pair(5)).getByRole('button', { name: 'Split' });
    if (split.matches(':enabled')) await user.click(split);

    const shown = previewPairs();
    expect(shown).toHaveLength(5);
    expect(shown.some((row) => row.startsWith('(none)'))).toBe(false);
    expect(shown.at(-1)).toBe('Kumain kami nang sabay. ⇔ We ate together. Extra sentence here.');

    await user.click(screen.getByRole('button', { name: 'Save text' }));
    const { text, translation } = await savedText();
    const read = sentencesOf(text)
      .slice(1) // the title
      .map((sentence) => `${sentence.text} ⇔ ${translation?.sentences[sentence.id] ?? '(none)'}`);
    expect(read).toEqual(shown);
  });

  it('opens the reader in place of the form, so Back does not return to it', async () => {
    const user = userEvent.setup();
    const { location } = await renderPage(<AddTextPage />, '/add');
    await fill(user, { title: 'Ulan', tagalog: 'Umuulan.' });
    await user.click(screen.getByRole('button', { name: 'Save text' }));
    await vi.waitFor(() => expect(location.history?.at(-1)).toMatch(/^\/read\//));
    expect(location.history).not.toContain('/add');
  });

  it('opens the reader in place of the edit form after an edit', async () => {
    await storeUserText();
    const user = userEvent.setup();
    const { location } = await renderPage(<AddTextPage editId="mine-1" />, '/edit/mine-1');
    await user.type(await screen.findByLabelText('Tagalog text'), ' Mabuti naman.');
    await user.click(screen.getByRole('button', { name: 'Save text' }));
    await vi.waitFor(() => expect(location.history).toEqual(['/read/mine-1']));
  });
});

describe('AddTextPage, what it will not save', () => {
  it('refuses Tagalog with no words, only numbers and punctuation', async () => {
    const user = userEvent.setup();
    const { location } = await renderPage(<AddTextPage />, '/add');
    await fill(user, { title: 'x', tagalog: '12345. 678. !!! ... ???' });
    await user.click(screen.getByRole('button', { name: 'Save text' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The Tagalog text has no words to read',
    );
    expect(screen.getByLabelText('Tagalog text')).toHaveAttribute('aria-invalid', 'true');
    expect(location.history).toEqual(['/add']);
    expect((await libraryRepository().listTexts()).texts).toEqual([]);
  });

  it('refuses a text longer than it can pair and show well, saying how to add it', async () => {
    const user = userEvent.setup();
    await renderPage(<AddTextPage />, '/add');
    const tagalog = Array.from({ length: MAX_TEXT_WORDS + 1 }, () => 'Umuulan.').join(' ');
    await fill(user, { title: 'Ulan', tagalog });
    await user.click(screen.getByRole('button', { name: 'Save text' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The Tagalog text is longer than 10,000 words');
    expect(alert).toHaveTextContent('Split it into parts');
    expect(drafting.draftPairs).not.toHaveBeenCalled();
  });
});
