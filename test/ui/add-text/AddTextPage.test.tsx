// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { clear, createStore } from 'idb-keyval';
import { beforeAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sentencesOf } from '../../../src/domain/content';
import { OWN_TEXT_SOURCE } from '../../../src/domain/content/userText';
import { LibraryStorageError, libraryRepository } from '../../../src/storage/libraryRepository';
import AddTextPage from '../../../src/ui/add-text/AddTextPage';
import { renderPage } from '../renderPage';
import { storeUserText } from '../storedTexts';
import { loadLexicon } from '../../../src/storage/lexiconFiles';

// Pairing uses the lexicon's senses: loaded once, as on a device that has read before.
beforeAll(() => loadLexicon(), 30_000);

const txt = (contents: string, name: string) => new File([contents], name, { type: 'text/plain' });
/** One byte over the 2 MB a file may have. */
const tooLarge = (name: string) => txt('a'.repeat(2 * 1024 * 1024 + 1), name);

beforeEach(() => clear(createStore('tulay-library', 'records')));
afterEach(() => vi.restoreAllMocks());

describe('AddTextPage', () => {
  it('clears a failed upload’s message once a good file fills that field', async () => {
    const user = userEvent.setup();
    await renderPage(<AddTextPage />, '/add');
    const upload = await screen.findByLabelText('Upload Tagalog (.txt)');
    await user.upload(upload, tooLarge('malaki.txt'));
    expect(await screen.findByRole('alert')).toHaveTextContent('“malaki.txt” is too large');

    await user.upload(upload, txt('Kumain ang bata.', 'maliit.txt'));
    expect(await screen.findByDisplayValue('Kumain ang bata.')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('clears a failed upload’s message when its field is edited, and only that one', async () => {
    const user = userEvent.setup();
    await renderPage(<AddTextPage />, '/add');
    await user.upload(await screen.findByLabelText('Upload Tagalog (.txt)'), tooLarge('tl.txt'));
    await user.upload(screen.getByLabelText('Upload English (.txt)'), tooLarge('en.txt'));
    const alert = await screen.findByRole('alert');
    expect(await within(alert).findByText(/“en\.txt” is too large/)).toBeInTheDocument();
    expect(alert).toHaveTextContent('“tl.txt” is too large');

    await user.type(screen.getByLabelText('Tagalog text'), 'Kumain');
    expect(alert).not.toHaveTextContent('tl.txt');
    expect(alert).toHaveTextContent('“en.txt” is too large');
  });

  it('counts one pair and one sentence in the singular', async () => {
    const user = userEvent.setup();
    await renderPage(<AddTextPage />, '/add');
    await user.type(await screen.findByLabelText('Title'), 'Bata');
    await user.type(screen.getByLabelText('Tagalog text'), 'Kumain ang bata.');
    await user.type(screen.getByLabelText('English translation (optional)'), 'The child ate.');
    await user.click(screen.getByRole('button', { name: 'Pair the sentences' }));
    expect(
      await screen.findByText('1 pair from 1 Tagalog and 1 English sentence.'),
    ).toBeInTheDocument();
  });

  it('pairs short sentences by their words where lengths cannot tell (a sentence left untranslated)', async () => {
    const user = userEvent.setup();
    await renderPage(<AddTextPage />, '/add');
    await user.type(await screen.findByLabelText('Title'), 'Si Maria');
    await user.type(
      screen.getByLabelText('Tagalog text'),
      'Si Maria ay nakatira sa Maynila. Siya ay may dalawang anak na lalaki. Kumakain sila ng kanin araw-araw.',
    );
    await user.type(
      screen.getByLabelText('English translation (optional)'),
      'Maria lives in Manila. She has two sons.',
    );
    await user.click(screen.getByRole('button', { name: 'Pair the sentences' }));
    await screen.findByText('She has two sons.');
    const pairs = [...document.querySelectorAll('.pair-draft-text')].map(
      (pair) => pair.textContent,
    );
    expect(pairs.find((pair) => pair?.includes('She has two sons.'))).toMatch(/dalawang anak/);
  });

  it('shows the form for a saved text only once it is read, its fields filled in', async () => {
    await storeUserText();
    await renderPage(<AddTextPage editId="mine-1" />, '/edit/mine-1');
    expect(await screen.findByLabelText('Title')).toHaveValue('Sulat');
    expect(screen.getByLabelText('Tagalog text')).toHaveValue('Kumusta ka?');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Edit text');
  });

  it('shows only a message and the way back for a text that does not exist, no form', async () => {
    await renderPage(<AddTextPage editId="mine-gone" />, '/edit/mine-gone');
    expect(await screen.findByRole('alert')).toHaveTextContent('This text no longer exists.');
    expect(screen.getByRole('link', { name: 'Back to the Library' })).toHaveAttribute('href', '/');
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('says a text it could not read was not read, not that it was not saved', async () => {
    vi.spyOn(libraryRepository(), 'getText').mockRejectedValue(
      new LibraryStorageError('failed', new Error('the database is closing')),
    );
    await renderPage(<AddTextPage editId="mine-1" />, '/edit/mine-1');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your texts could not be read: the database is closing.');
    expect(alert).not.toHaveTextContent('could not be saved');
    expect(screen.getByRole('link', { name: 'Back to the Library' })).toBeInTheDocument();
  });
});

describe('AddTextPage, editing a saved text', () => {
  it('keeps the ids of unchanged sentences, so saved words still point at them', async () => {
    const story = ['Umuulan kanina.', 'Naglaro ang mga bata.', 'Umuwi sila nang basa.'];
    await storeUserText({ title: 'Ulan', paragraphs: [story] });
    const user = userEvent.setup();
    await renderPage(<AddTextPage editId="mine-1" />, '/edit/mine-1');
    const tagalog = await screen.findByLabelText('Tagalog text');
    await user.clear(tagalog);
    await user.type(tagalog, 'Naglaro ang mga bata. Umuwi sila nang basa.');
    await user.click(screen.getByRole('button', { name: 'Save text' }));

    await vi.waitFor(async () => {
      const saved = await libraryRepository().getText('mine-1');
      expect(saved && sentencesOf(saved.text).map(({ id, text }) => `${id} ${text}`)).toEqual([
        's0 Ulan',
        's2 Naglaro ang mga bata.',
        's3 Umuwi sila nang basa.',
      ]);
    });
  });

  it('stores the source of a new text as the learner’s own, not in the interface language', async () => {
    const user = userEvent.setup();
    const { location } = await renderPage(<AddTextPage />, '/add');
    await user.type(await screen.findByLabelText('Title'), 'Ulan');
    await user.type(screen.getByLabelText('Tagalog text'), 'Umuulan.');
    await user.click(screen.getByRole('button', { name: 'Save text' }));
    await vi.waitFor(() => expect(location.history?.at(-1)).toMatch(/^\/read\//));
    const [saved] = (await libraryRepository().listTexts()).texts;
    expect(saved?.text.source).toBe(OWN_TEXT_SOURCE);
  });
});

describe('AddTextPage, the English title', () => {
  it('fills in the English title of a saved text that has no English translation', async () => {
    await storeUserText({ title: 'Ulan', titleEn: 'Rain', paragraphs: [['Umuulan.']] });
    await renderPage(<AddTextPage editId="mine-1" />, '/edit/mine-1');
    expect(await screen.findByLabelText('English title (optional)')).toHaveValue('Rain');
  });
});

describe('AddTextPage, uploading into a field that has text', () => {
  async function typeThenUpload() {
    const user = userEvent.setup();
    await renderPage(<AddTextPage />, '/add');
    const tagalog = await screen.findByLabelText('Tagalog text');
    await user.type(tagalog, 'Sariling teksto.');
    await user.upload(
      screen.getByLabelText('Upload Tagalog (.txt)'),
      txt('Mula sa file.', 'kuwento.txt'),
    );
    const choice = await screen.findByRole('group', { name: /already has text/ });
    return { user, tagalog, choice };
  }

  it('asks before replacing what was typed, and replaces it when told to', async () => {
    const { user, tagalog, choice } = await typeThenUpload();
    expect(choice).toHaveAccessibleName(
      'The Tagalog field already has text. Replace it with “kuwento.txt”, or add the file’s text after it?',
    );
    expect(tagalog).toHaveValue('Sariling teksto.');
    // The question takes focus, so a screen reader reads it at once.
    await vi.waitFor(() => expect(within(choice).getByText(/already has text/)).toHaveFocus());

    await user.click(within(choice).getByRole('button', { name: 'Replace' }));
    expect(tagalog).toHaveValue('Mula sa file.');
    expect(tagalog).toHaveFocus();
    expect(screen.queryByRole('group', { name: /already has text/ })).not.toBeInTheDocument();
  });

  it('adds the file’s text after what was typed, as a paragraph of its own', async () => {
    const { user, tagalog, choice } = await typeThenUpload();
    await user.click(within(choice).getByRole('button', { name: 'Add after it' }));
    expect(tagalog).toHaveValue('Sariling teksto.\n\nMula sa file.');
  });

  it('keeps what was typed when the learner says so', async () => {
    const { user, tagalog, choice } = await typeThenUpload();
    await user.click(within(choice).getByRole('button', { name: 'Keep my text' }));
    expect(tagalog).toHaveValue('Sariling teksto.');
    expect(screen.queryByRole('group', { name: /already has text/ })).not.toBeInTheDocument();
  });
});
