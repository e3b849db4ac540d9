// @vitest-environment jsdom
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { clear, createStore } from 'idb-keyval';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/domain/review/settings';
import { buildUserText } from '../../../src/domain/content/userText';
import { ownGloss } from '../../../src/domain/lexicon/ownGloss';
import { createList } from '../../../src/domain/vocab/operations';
import { exportBackup } from '../../../src/storage/backup';
import { createLibraryRepository } from '../../../src/storage/libraryRepository';
import {
  createVocabularyRepository,
  vocabularyRepository,
} from '../../../src/storage/vocabularyRepository';
import { forgetVocabularyCache } from '../../../src/ui/vocabulary/useVocabulary';
import VocabularyPage from '../../../src/ui/vocabulary/VocabularyPage';
import { context, NOW } from '../../domain/vocab/fixtures';
import { renderPage } from '../renderPage';

beforeEach(async () => {
  forgetVocabularyCache();
  await clear(createStore('tulay-vocabulary', 'records'));
  const repository = vocabularyRepository();
  const start = Date.now() - 60_000;
  await repository.saveWord(context(), new Date(start));
  await repository.saveWord(
    context({ root: 'sayáw', surface: 'Sumayaw', sense: 'to dance', sentenceId: 's2' }),
    new Date(start + 1000),
  );
  await repository.saveWord(
    context({ root: 'kain', surface: 'kumain', sense: 'to eat', sentenceId: 's3' }),
    new Date(start + 2000),
  );
});

afterEach(() => vi.restoreAllMocks());

const jsonFile = (contents: string) =>
  new File([contents], 'backup.json', { type: 'application/json' });
const wordItems = () => screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);

describe('VocabularyPage', () => {
  it('lists every saved word, newest first, with sense, list, stage and a link into the reader', async () => {
    await renderPage(<VocabularyPage />);
    await screen.findByRole('heading', { name: 'Vocabulary', level: 1 });
    await screen.findByText('3 words', { selector: '[aria-live]' });
    expect(wordItems()).toEqual(['kumain', 'Sumayaw', 'naglalaro']);
    const item = screen.getByRole('heading', { name: 'naglalaro' }).closest('li')!;
    expect(within(item).getByText('to play', { exact: false })).toBeInTheDocument();
    expect(within(item).getAllByText('My words').length).toBeGreaterThan(0);
    expect(within(item).getByText('New', { selector: '.stage-badge' })).toBeInTheDocument();
    expect(within(item).getAllByRole('link', { name: 'Open in the reader' })[0]).toHaveAttribute(
      'href',
      '/read/kuwento?s=s1',
    );
  });

  it('searches Tagalog and English ignoring case and accents', async () => {
    const user = userEvent.setup();
    await renderPage(<VocabularyPage />);
    const search = await screen.findByLabelText('Search Tagalog or English');
    await user.type(search, 'SAYAW');
    await waitFor(() => expect(wordItems()).toEqual(['Sumayaw']));
    await user.clear(search);
    await user.type(search, 'eat');
    await waitFor(() => expect(wordItems()).toEqual(['kumain']));
    await user.clear(search);
    await user.type(search, 'walang ganito');
    expect(await screen.findByText('No word matches.')).toBeInTheDocument();
  });

  it('sorts A–Z', async () => {
    const user = userEvent.setup();
    await renderPage(<VocabularyPage />);
    await user.selectOptions(await screen.findByLabelText('Sort'), 'A–Z');
    await waitFor(() => expect(wordItems()).toEqual(['kumain', 'naglalaro', 'Sumayaw']));
  });

  it('edits the sense and notes', async () => {
    const user = userEvent.setup();
    await renderPage(<VocabularyPage />);
    await user.click(await screen.findByRole('button', { name: 'Edit: kumain' }));
    const sense = screen.getByLabelText('Meaning');
    await user.clear(sense);
    await user.type(sense, 'to eat (a meal)');
    await user.type(screen.getByLabelText('Notes'), 'kain → kumain, kinain');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('to eat (a meal)', { exact: false })).toBeInTheDocument();
    expect((await vocabularyRepository().getWord('kain'))?.notes).toBe('kain → kumain, kinain');
  });

  it('deletes a word and brings it back with “Undo”', async () => {
    const user = userEvent.setup();
    await renderPage(<VocabularyPage />);
    await user.click(await screen.findByRole('button', { name: 'Delete: Sumayaw' }));
    expect(await screen.findByText('Deleted “Sumayaw”.')).toBeInTheDocument();
    await waitFor(() => expect(wordItems()).toEqual(['kumain', 'naglalaro']));
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(wordItems()).toEqual(['kumain', 'Sumayaw', 'naglalaro']));
  });

  it('creates a list, copies words into it, filters by it, deletes it after confirming, and undoes', async () => {
    const user = userEvent.setup();
    await renderPage(<VocabularyPage />);
    await user.click(await screen.findByRole('heading', { name: 'Lists', level: 2 }));
    await user.type(screen.getByLabelText('List name'), 'Pagkain');
    await user.click(screen.getByRole('button', { name: 'Create list' }));
    await screen.findByText('Pagkain', { selector: '.list-name' });

    await user.click(screen.getByRole('checkbox', { name: 'Select “kumain”' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Choose a list' }), 'Pagkain');
    await user.click(screen.getByRole('button', { name: 'Copy to' }));
    expect(await screen.findByText('Copied 1 word to “Pagkain”.')).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('List'), 'Pagkain');
    await waitFor(() => expect(wordItems()).toEqual(['kumain']));
    const word = await vocabularyRepository().getWord('kain');
    expect(word?.lists).toHaveLength(2);

    await user.click(screen.getByRole('button', { name: 'Delete list: Pagkain' }));
    const confirm = screen.getByRole('alertdialog');
    expect(confirm).toHaveTextContent('Its 1 word stays saved.');
    await user.click(within(confirm).getByRole('button', { name: 'Delete' }));
    expect(await screen.findByText('Deleted the list “Pagkain”.')).toBeInTheDocument();
    await waitFor(() => expect(wordItems()).toEqual(['kumain', 'Sumayaw', 'naglalaro']));
    expect((await vocabularyRepository().getWord('kain'))?.lists).toEqual(['my-words']);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByText('Pagkain', { selector: '.list-name' });
    expect((await vocabularyRepository().getWord('kain'))?.lists).toHaveLength(2);
  });

  it('refuses a file that is not a backup with an alert, changing nothing', async () => {
    const user = userEvent.setup();
    await renderPage(<VocabularyPage />);
    const input = await screen.findByLabelText('Import');
    await user.upload(
      input,
      new File(['{"hello": "world"}'], 'other.json', { type: 'application/json' }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('This file is not a Tulay backup.');
    expect((await vocabularyRepository().load()).words).toHaveLength(3);
  });

  it('previews and reports an import of one of each in the singular', async () => {
    // A backup from another profile: one new word, list, review, text and own meaning.
    const vocabulary = createVocabularyRepository(createStore('other-vocabulary', 'records'));
    const library = createLibraryRepository(createStore('other-library', 'records'));
    const list = createList('Bahay', NOW, []);
    await vocabulary.putList(list);
    await vocabulary.saveWord(context({ root: 'bahay', surface: 'bahay' }), NOW, list.id);
    await vocabulary.answer('bahay', 'recognition', 'good', NOW, 0.9);
    await library.putText(
      buildUserText({
        id: 'sulat',
        title: 'Sulat',
        level: 'beginner',
        source: 'Added by you',
        paragraphs: [['Kumusta ka?']],
        now: NOW,
      }),
    );
    await library.putGloss(ownGloss('kumusta', 'kumusta', 'how are you', NOW));
    const backup = JSON.stringify(await exportBackup(NOW, { vocabulary, library }));

    const user = userEvent.setup();
    await renderPage(<VocabularyPage />);
    await user.upload(
      await screen.findByLabelText('Import'),
      new File([backup], 'backup.json', { type: 'application/json' }),
    );
    expect(
      await screen.findByText(
        'This file brings 1 new word, 1 new list, 1 review, 1 text and 1 own meaning.',
      ),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add and merge' }));
    expect(
      await screen.findByText(
        'Imported 1 new word, 1 new list, 1 review, 1 text and 1 own meaning.',
      ),
    ).toBeInTheDocument();
    // The preview and its button are gone: focus goes to the report, not to the page (moved there
    // once the report is on the page: under load the check could come between the two).
    await waitFor(() => expect(screen.getByRole('status')).toHaveFocus());
  });

  it('deletes only the selected words the search shows: hidden ones leave the selection', async () => {
    const user = userEvent.setup();
    await renderPage(<VocabularyPage />);
    for (const form of ['kumain', 'Sumayaw', 'naglalaro']) {
      await user.click(await screen.findByRole('checkbox', { name: `Select “${form}”` }));
    }
    expect(screen.getByRole('group', { name: '3 selected' })).toBeInTheDocument();
    await user.type(screen.getByLabelText('Search Tagalog or English'), 'eat');
    await waitFor(() => expect(wordItems()).toEqual(['kumain']));
    const bar = await screen.findByRole('group', { name: '1 selected' });
    await user.click(within(bar).getByRole('button', { name: 'Delete' }));
    expect(await screen.findByText('Deleted 1 word.')).toBeInTheDocument();
    await user.clear(screen.getByLabelText('Search Tagalog or English'));
    await waitFor(() => expect(wordItems()).toEqual(['Sumayaw', 'naglalaro']));
    expect((await vocabularyRepository().load()).words).toHaveLength(2);
    // What was hidden is no longer selected either.
    expect(screen.getByRole('checkbox', { name: 'Select “Sumayaw”' })).not.toBeChecked();
    expect(screen.queryByRole('group', { name: /selected/ })).not.toBeInTheDocument();
  });

  it('names parts of speech in the interface language', async () => {
    await renderPage(<VocabularyPage />);
    const item = (await screen.findByRole('heading', { name: 'kumain' })).closest('li')!;
    expect(item.querySelector('.word-sense')).toHaveTextContent('to eat · verb');
    try {
      await act(() => i18next.changeLanguage('tl'));
      await waitFor(() =>
        expect(item.querySelector('.word-sense')).toHaveTextContent('to eat · pandiwa'),
      );
    } finally {
      await act(() => i18next.changeLanguage('en'));
    }
  });

  it('shows no dangling “·” for a word saved without a meaning', async () => {
    await vocabularyRepository().saveWord(
      context({ root: 'takbo', surface: 'tumakbo', sense: '', sentenceId: 's4' }),
      new Date(),
    );
    await renderPage(<VocabularyPage />);
    const item = (await screen.findByRole('heading', { name: 'tumakbo' })).closest('li')!;
    expect(item.querySelector('.word-sense')?.textContent).toBe('verb');
  });

  it('requires a meaning when a word is edited', async () => {
    const user = userEvent.setup();
    await renderPage(<VocabularyPage />);
    await user.click(await screen.findByRole('button', { name: 'Edit: kumain' }));
    const sense = screen.getByLabelText('Meaning');
    await user.clear(sense);
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(sense).toHaveAccessibleDescription('Enter a meaning.');
    expect(sense).toBeInvalid();
    expect(sense).toHaveFocus();
    expect((await vocabularyRepository().getWord('kain'))?.sense).toBe('to eat');
  });

  it('refuses a list name already taken, on creating and on renaming', async () => {
    const user = userEvent.setup();
    await renderPage(<VocabularyPage />);
    await user.click(await screen.findByRole('heading', { name: 'Lists', level: 2 }));
    const name = screen.getByLabelText('List name');
    await user.type(name, 'Mga pandiwa');
    await user.click(screen.getByRole('button', { name: 'Create list' }));
    await screen.findByText('Mga pandiwa', { selector: '.list-name' });

    await user.type(name, ' mga  PANDIWA ');
    await user.click(screen.getByRole('button', { name: 'Create list' }));
    expect(name).toHaveAccessibleDescription(
      'A list named “Mga pandiwa” already exists. Choose another name.',
    );
    expect(name).toBeInvalid();
    expect(name).toHaveValue(' mga  PANDIWA ');

    await user.click(screen.getByRole('button', { name: 'Rename: My words' }));
    const rename = screen.getByLabelText('New name for “My words”');
    await user.clear(rename);
    await user.type(rename, 'MGA PANDIWA');
    await user.click(screen.getByRole('button', { name: 'Rename' }));
    expect(rename).toHaveAccessibleDescription(
      'A list named “Mga pandiwa” already exists. Choose another name.',
    );
    const lists = (await vocabularyRepository().load()).lists;
    expect(lists.map((list) => list.name)).toEqual([null, 'Mga pandiwa']);
    expect(screen.getAllByText('Mga pandiwa', { selector: '.list-name' })).toHaveLength(1);
  });

  it('keeps focus in place: Edit → the meaning, Save → Edit, Delete → Undo, Undo → the notice', async () => {
    const user = userEvent.setup();
    await renderPage(<VocabularyPage />);
    await user.click(await screen.findByRole('button', { name: 'Edit: kumain' }));
    expect(screen.getByLabelText('Meaning')).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('button', { name: 'Edit: kumain' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Edit: kumain' }));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(screen.getByRole('button', { name: 'Edit: kumain' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Delete: Sumayaw' }));
    await waitFor(() => expect(wordItems()).toEqual(['kumain', 'naglalaro']));
    expect(screen.getByRole('button', { name: 'Undo' })).toHaveFocus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(wordItems()).toEqual(['kumain', 'Sumayaw', 'naglalaro']));
    expect(screen.getByRole('status')).toHaveTextContent('Restored.');
    await waitFor(() => expect(screen.getByRole('status')).toHaveFocus());
  });

  it('gives the notice’s close button a name, and closing it leaves focus on the page heading', async () => {
    const user = userEvent.setup();
    await renderPage(<VocabularyPage />);
    await user.click(await screen.findByRole('button', { name: 'Delete: Sumayaw' }));
    const notice = await screen.findByRole('status');
    await user.click(within(notice).getByRole('button', { name: 'Close' }));
    expect(screen.queryByText('Deleted “Sumayaw”.')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Vocabulary', level: 1 })).toHaveFocus();
  });

  it('previews and reports “I know this” marks and settings, and says when settings are kept', async () => {
    const other = createVocabularyRepository(createStore('marks-vocabulary', 'records'));
    await other.markKnown('ako', NOW);
    await other.markKnown('ikaw', NOW);
    await other.putSettings({ ...DEFAULT_SETTINGS, newPerDay: 3 });
    const library = createLibraryRepository(createStore('marks-library', 'records'));
    const backup = JSON.stringify(await exportBackup(NOW, { vocabulary: other, library }));
    await vocabularyRepository().putSettings({ ...DEFAULT_SETTINGS, newPerDay: 9 });

    const user = userEvent.setup();
    await renderPage(<VocabularyPage />);
    await user.upload(await screen.findByLabelText('Import'), jsonFile(backup));
    expect(
      await screen.findByText(
        'This file brings 2 “I know this” marks. Your review settings stay as they are; the file’s are not used.',
      ),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add and merge' }));
    expect(
      await screen.findByText(
        'Imported 2 “I know this” marks. Your review settings stayed as they were.',
      ),
    ).toBeInTheDocument();
    expect((await vocabularyRepository().getSettings()).newPerDay).toBe(9);
  });

  it('shows “Add and merge” busy, to screen readers too, and the new count at once when done', async () => {
    const other = createVocabularyRepository(createStore('busy-vocabulary', 'records'));
    await other.saveWord(context({ root: 'bahay', surface: 'bahay' }), NOW);
    const library = createLibraryRepository(createStore('busy-library', 'records'));
    const backup = JSON.stringify(await exportBackup(NOW, { vocabulary: other, library }));
    const repository = vocabularyRepository();
    const putAll = repository.putAll.bind(repository);
    let finish = (): void => {};
    vi.spyOn(repository, 'putAll').mockImplementation(
      (records) => new Promise((resolve) => (finish = () => resolve(putAll(records)))),
    );

    const user = userEvent.setup();
    await renderPage(<VocabularyPage />);
    await screen.findByText('3 words', { selector: '[aria-live]' });
    await user.upload(await screen.findByLabelText('Import'), jsonFile(backup));
    await user.click(await screen.findByRole('button', { name: 'Add and merge' }));
    const busy = await screen.findByRole('button', { name: 'Adding and merging…' });
    expect(busy).toHaveAttribute('aria-disabled', 'true');
    expect(busy).toHaveFocus();
    expect(screen.getByText(/^Importing…/)).toHaveAttribute('aria-live', 'polite');
    // Reading every word again is slow with 10,000 of them: the page does not wait for it.
    vi.spyOn(repository, 'allWords').mockImplementation(() => new Promise(() => undefined));
    await waitFor(() => expect(repository.putAll).toHaveBeenCalled());
    finish();
    expect(await screen.findByText('Imported 1 new word.')).toBeInTheDocument();
    expect(await screen.findByText('4 words', { selector: '[aria-live]' })).toBeInTheDocument();
    await user.type(screen.getByLabelText('Search Tagalog or English'), 'bahay');
    await waitFor(() => expect(wordItems()).toEqual(['bahay']));
  });

  it('shows Export busy while the backup is prepared', async () => {
    const user = userEvent.setup();
    let finish = (): void => {};
    const repository = vocabularyRepository();
    const exportAll = repository.exportAll.bind(repository);
    vi.spyOn(repository, 'exportAll').mockImplementation(
      () => new Promise((resolve) => (finish = () => resolve(exportAll()))),
    );
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:backup');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    await renderPage(<VocabularyPage />);
    await user.click(await screen.findByRole('button', { name: 'Export' }));
    expect(await screen.findByRole('button', { name: 'Exporting…' })).toHaveFocus();
    expect(screen.getByText(/^Preparing your backup…/)).toHaveAttribute('aria-live', 'polite');
    await waitFor(() => expect(repository.exportAll).toHaveBeenCalled());
    finish();
    expect(await screen.findByText('Backup downloaded.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Export' })).not.toHaveAttribute('aria-disabled');
  });

  it('calls a backup cut short damaged or incomplete, and names a damaged word in words', async () => {
    const user = userEvent.setup();
    await renderPage(<VocabularyPage />);
    const valid = JSON.stringify(await exportBackup(NOW));
    await user.upload(await screen.findByLabelText('Import'), jsonFile(valid.slice(0, 500)));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This Tulay backup looks damaged or incomplete',
    );
    const damaged = JSON.parse(valid) as { data: { words: Array<Record<string, unknown>> } };
    damaged.data.words[1]!.sense = 42;
    await user.upload(screen.getByLabelText('Import'), jsonFile(JSON.stringify(damaged)));
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(
        /^This backup is damaged: the word “\S+” cannot be read\. Nothing was changed\.$/,
      ),
    );
    expect(screen.getByRole('alert').textContent).not.toContain('data.');
  });

  it('moves focus to the notice when “Move to” takes the rows and the selection bar away', async () => {
    const user = userEvent.setup();
    await vocabularyRepository().putList(createList('Pandiwa', NOW, []));
    await renderPage(<VocabularyPage />);
    await user.selectOptions(await screen.findByLabelText('List'), 'My words');
    await user.click(await screen.findByRole('checkbox', { name: 'Select “kumain”' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Choose a list' }), 'Pandiwa');
    screen.getByRole('button', { name: 'Move to' }).focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByText('Moved 1 word to “Pandiwa”.')).toBeInTheDocument();
    await waitFor(() => expect(wordItems()).toEqual(['Sumayaw', 'naglalaro']));
    expect(screen.getByRole('button', { name: 'Undo' })).toHaveFocus();
    expect(document.activeElement).not.toBe(document.body);
  });

  it('shows the current notice in the interface language when it changes', async () => {
    const user = userEvent.setup();
    await renderPage(<VocabularyPage />);
    await user.click(await screen.findByRole('checkbox', { name: 'Select “kumain”' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Choose a list' }), 'My words');
    await user.click(screen.getByRole('button', { name: 'Copy to' }));
    expect(await screen.findByText('Copied 1 word to “My words”.')).toBeInTheDocument();
    try {
      await act(() => i18next.changeLanguage('tl'));
      expect(
        await screen.findByText('Kinopya ang 1 salita sa “Aking mga salita”.'),
      ).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Ibalik' })).toBeInTheDocument();
    } finally {
      await act(() => i18next.changeLanguage('en'));
    }
  });

  it('without IndexedDB explains it and leaves no promise rejection unhandled', async () => {
    const unhandled: unknown[] = [];
    const record = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', record);
    forgetVocabularyCache();
    vi.stubGlobal('indexedDB', undefined);
    try {
      await renderPage(<VocabularyPage />);
      expect(await screen.findByRole('alert')).toHaveTextContent(
        'Your browser does not let Tulay store data here',
      );
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(unhandled).toEqual([]);
    } finally {
      vi.unstubAllGlobals();
      process.off('unhandledRejection', record);
    }
  });
});
