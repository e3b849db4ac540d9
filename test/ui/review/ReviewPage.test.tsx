// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { clear, createStore } from 'idb-keyval';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/domain/review/settings';
import { VocabularyStorageError } from '../../../src/storage/vocabularyErrors';
import { vocabularyRepository } from '../../../src/storage/vocabularyRepository';
import ReviewPage from '../../../src/ui/review/ReviewPage';
import { context } from '../../domain/vocab/fixtures';
import { renderPage } from '../renderPage';

afterEach(() => vi.restoreAllMocks());

beforeEach(async () => {
  await clear(createStore('tulay-vocabulary', 'records'));
  await vocabularyRepository().saveWord(context(), new Date(Date.now() - 60_000));
});

describe('ReviewPage', () => {
  it('says “No cards due” when nothing is saved', async () => {
    await clear(createStore('tulay-vocabulary', 'records'));
    await renderPage(<ReviewPage />);
    expect(await screen.findByRole('heading', { name: 'No cards due' })).toBeInTheDocument();
    expect(screen.getByText('Save words from a text to start reviewing.')).toBeInTheDocument();
  });

  it('reviews every direction by keyboard until “No cards due”, then says when the next is', async () => {
    const user = userEvent.setup();
    await renderPage(<ReviewPage />);
    // Recognition: Tagalog → English. Space shows the answer, 4 is "Easy".
    expect(await screen.findByText('What does this mean?')).toBeInTheDocument();
    expect(screen.getByText('naglalaro', { selector: '.prompt-word' })).toBeInTheDocument();
    await user.keyboard(' ');
    expect(screen.getByText('to play', { selector: '.answer-sense' })).toBeInTheDocument();
    for (const name of ['Again', 'Hard', 'Good', 'Easy']) {
      expect(screen.getByRole('button', { name })).toBeInTheDocument();
    }
    await user.keyboard('4');

    // Recall: English → Tagalog, typed, lenient on case and accents.
    expect(await screen.findByText('Say it in Tagalog')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Your answer in Tagalog'), 'NAGLALARÓ{Enter}');
    expect(await screen.findByText('Correct!')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Easy' }));

    // Cloze: the sentence with the word blanked.
    expect(await screen.findByText('Fill in the missing word')).toBeInTheDocument();
    expect(screen.getByText('ang mga bata sa plasa.', { exact: false })).toBeInTheDocument();
    expect(screen.queryByText(/^naglalaro$/i)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show answer' }));
    await user.keyboard('3');

    expect(await screen.findByRole('heading', { name: 'No cards due' })).toBeInTheDocument();
    expect(screen.getByText(/The next card is due/)).toBeInTheDocument();
    expect(screen.getByText('You answered 3 cards in this session.')).toBeInTheDocument();
    const log = await vocabularyRepository().recentLog(0);
    expect(log.map((entry) => `${entry.direction}:${entry.grade}`)).toEqual([
      'recognition:easy',
      'recall:easy',
      'cloze:good',
    ]);
    await waitFor(() =>
      expect(screen.getByText('Answered today').nextElementSibling).toHaveTextContent('3'),
    );
    expect(screen.getByText('Streak').nextElementSibling).toHaveTextContent('1 day');
    expect(screen.getByRole('img', { name: 'Answers per day, last 30 days' })).toBeInTheDocument();
  });

  it("spreads a word's cards apart: the next card is another word's", async () => {
    await vocabularyRepository().saveWord(
      context({ root: 'takbo', surface: 'Tumakbo', word: 'Tumakbo', sentenceTl: 'Tumakbo siya.' }),
      new Date(Date.now() - 30_000),
    );
    const user = userEvent.setup();
    await renderPage(<ReviewPage />);
    expect(await screen.findByText('naglalaro', { selector: '.prompt-word' })).toBeInTheDocument();
    await user.keyboard(' 4');
    expect(await screen.findByText('tumakbo', { selector: '.prompt-word' })).toBeInTheDocument();
    expect(screen.getByText('What does this mean?')).toBeInTheDocument();
  });

  it('leaves Space to the focused control: on “Review settings” it does not show the answer', async () => {
    const user = userEvent.setup();
    await renderPage(<ReviewPage />);
    await screen.findByText('What does this mean?');
    // Focus moves in an effect of the render that showed the card.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Show answer' })).toHaveFocus());
    await user.tab();
    const summary = screen.getByRole('heading', { name: 'Review settings' }).closest('summary');
    expect(summary).toHaveFocus();
    await user.keyboard(' ');
    expect(screen.queryByText('to play', { selector: '.answer-sense' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Show answer' })).toBeInTheDocument();
    // Not cancelled, so the browser opens the settings.
    expect(fireEvent.keyDown(summary!, { key: ' ' })).toBe(true);
    // Nor is a key pressed inside the open settings taken.
    const checkbox = screen.getByRole('checkbox', { name: 'Tagalog → English' });
    checkbox.focus();
    expect(fireEvent.keyDown(checkbox, { key: ' ' })).toBe(true);
    expect(screen.getByRole('button', { name: 'Show answer' })).toBeInTheDocument();
    // Away from the controls, Space still shows the answer.
    expect(fireEvent.keyDown(document.body, { key: ' ' })).toBe(false);
    expect(await screen.findByText('to play', { selector: '.answer-sense' })).toBeInTheDocument();
  });

  it('moves focus to the answer once shown, where 1–4 still answer', async () => {
    const user = userEvent.setup();
    await renderPage(<ReviewPage />);
    await user.click(await screen.findByRole('button', { name: 'Show answer' }));
    const answer = screen.getByRole('region', { name: 'Answer' });
    expect(answer).toHaveFocus();
    expect(answer).toHaveTextContent('to play');
    await user.keyboard('4');
    // The typed answer's field goes too when checked: focus moves to the answer again.
    await user.type(await screen.findByLabelText('Your answer in Tagalog'), 'naglalaro{Enter}');
    expect(await screen.findByRole('region', { name: 'Answer' })).toHaveFocus();
    expect(screen.getByText('Correct!')).toBeInTheDocument();
  });

  it('takes 1–4 on a focused grade button (a button has no use for digits)', async () => {
    const user = userEvent.setup();
    await renderPage(<ReviewPage />);
    await user.click(await screen.findByRole('button', { name: 'Show answer' }));
    screen.getByRole('button', { name: /^Again/ }).focus();
    await user.keyboard('4');
    expect(await screen.findByLabelText('Your answer in Tagalog')).toBeInTheDocument();
  });

  it('a wrong typed answer is shown as wrong', async () => {
    const user = userEvent.setup();
    await vocabularyRepository().putSettings({ ...DEFAULT_SETTINGS, directions: ['recall'] });
    await renderPage(<ReviewPage />);
    await user.type(await screen.findByLabelText('Your answer in Tagalog'), 'tumakbo{Enter}');
    expect(await screen.findByText('Not quite. You wrote “tumakbo”.')).toBeInTheDocument();
  });

  it('holds new cards back after the daily limit', async () => {
    await vocabularyRepository().putSettings({ ...DEFAULT_SETTINGS, newPerDay: 1 });
    const user = userEvent.setup();
    await renderPage(<ReviewPage />);
    await screen.findByText('What does this mean?');
    await user.keyboard(' 4');
    expect(await screen.findByRole('heading', { name: 'No cards due' })).toBeInTheDocument();
    expect(screen.getByText(/today’s limit of 1 is reached/)).toBeInTheDocument();
  });

  it('saves the desired retention and new cards per day', async () => {
    const user = userEvent.setup();
    await renderPage(<ReviewPage />);
    await user.click(await screen.findByRole('heading', { name: 'Review settings' }));
    const retention = screen.getByLabelText('Desired retention');
    expect(retention).toHaveValue(0.9);
    await user.clear(retention);
    await user.type(retention, '0.85');
    const perDay = screen.getByLabelText('New cards per day');
    await user.clear(perDay);
    await user.type(perDay, '5');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('Settings saved.')).toBeInTheDocument();
    await waitFor(async () =>
      expect((await vocabularyRepository().load()).settings).toMatchObject({
        desiredRetention: 0.85,
        newPerDay: 5,
      }),
    );
  });

  it('accepts the dictionary form of a word met inflected, and shows the form met', async () => {
    await clear(createStore('tulay-vocabulary', 'records'));
    await vocabularyRepository().putSettings({ ...DEFAULT_SETTINGS, directions: ['recall'] });
    await vocabularyRepository().saveWord(
      context({
        surface: 'ipinamamahaging',
        word: 'ipinamamahaging',
        root: 'bahagi',
        headword: 'ipamahagi',
        sense: 'to distribute',
        sentenceTl: 'Ito ang ipinamamahaging pera.',
      }),
      new Date(Date.now() - 60_000),
    );
    const user = userEvent.setup();
    await renderPage(<ReviewPage />);
    await user.type(await screen.findByLabelText('Your answer in Tagalog'), 'Ipamahagi{Enter}');
    expect(await screen.findByText('Correct!')).toBeInTheDocument();
    expect(screen.getByText('ipinamamahaging', { selector: '.answer-word' })).toBeInTheDocument();
  });

  it('says why the settings cannot be saved, next to the field', async () => {
    const user = userEvent.setup();
    await renderPage(<ReviewPage />);
    await user.click(await screen.findByRole('heading', { name: 'Review settings' }));
    const retention = screen.getByLabelText('Desired retention');
    const save = screen.getByRole('button', { name: 'Save settings' });
    const range = 'Enter a value from 0.7 to 0.97 (70–97 %).';
    for (const typed of ['1.5', '90']) {
      await user.clear(retention);
      await user.type(retention, typed);
      expect(save).toBeDisabled();
      expect(retention).toHaveAccessibleDescription(expect.stringContaining(range));
      expect(retention).toBeInvalid();
    }
    await user.clear(retention);
    await user.type(retention, '0.8');
    expect(retention).not.toHaveAccessibleDescription(expect.stringContaining(range));
    expect(save).toBeEnabled();

    const perDay = screen.getByLabelText('New cards per day');
    await user.clear(perDay);
    await user.type(perDay, '2.5');
    expect(perDay).toHaveAccessibleDescription('Enter a whole number from 0 to 1000.');
    await user.clear(perDay);
    await user.type(perDay, '5');

    const directions = screen.getByRole('group', { name: 'Card directions' });
    for (const name of ['Tagalog → English', 'English → Tagalog', 'Sentence with a gap']) {
      await user.click(screen.getByRole('checkbox', { name }));
    }
    expect(save).toBeDisabled();
    expect(directions).toHaveAccessibleDescription('Choose at least one direction.');
    await user.click(screen.getByRole('checkbox', { name: 'Sentence with a gap' }));
    expect(directions).not.toHaveAccessibleDescription('Choose at least one direction.');
    expect(save).toBeEnabled();
  });

  it('blanks the word where it was met, not an earlier one written the same', async () => {
    await clear(createStore('tulay-vocabulary', 'records'));
    await vocabularyRepository().putSettings({ ...DEFAULT_SETTINGS, directions: ['cloze'] });
    const sentenceTl = 'Tinawag ng guro ang anak ng kapitbahay.';
    await vocabularyRepository().saveWord(
      context({
        surface: 'ng',
        word: 'ng',
        root: 'ng',
        sense: 'of',
        sentenceTl,
        start: sentenceTl.indexOf('ng kapitbahay'),
      }),
      new Date(Date.now() - 60_000),
    );
    await renderPage(<ReviewPage />);
    await screen.findByText('Fill in the missing word');
    const prompt = document.querySelector('.prompt-sentence')!;
    expect(prompt.firstChild?.textContent).toBe('Tinawag ng guro ang anak ');
    expect(prompt.lastChild?.textContent).toBe(' kapitbahay.');
  });

  it('gives a screen reader the gap as a word, not as underscores', async () => {
    await vocabularyRepository().putSettings({ ...DEFAULT_SETTINGS, directions: ['cloze'] });
    await renderPage(<ReviewPage />);
    await screen.findByText('Fill in the missing word');
    const prompt = document.querySelector<HTMLElement>('.prompt-sentence')!;
    expect(within(prompt).getByText('blank')).not.toHaveAttribute('aria-hidden');
    expect(within(prompt).getByText('＿＿＿')).toHaveAttribute('aria-hidden', 'true');
  });

  it('moves focus to “No cards due” when the last card is answered by keyboard', async () => {
    const user = userEvent.setup();
    await vocabularyRepository().putSettings({ ...DEFAULT_SETTINGS, directions: ['recognition'] });
    await renderPage(<ReviewPage />);
    await screen.findByText('What does this mean?');
    await user.keyboard(' 4');
    const heading = await screen.findByRole('heading', { name: 'No cards due' });
    await waitFor(() => expect(heading).toHaveFocus());
  });

  it('keeps a word’s other cards back after a reload, as within the session', async () => {
    await vocabularyRepository().saveWord(
      context({ root: 'takbo', surface: 'Tumakbo', word: 'Tumakbo', sentenceTl: 'Tumakbo siya.' }),
      new Date(Date.now() - 30_000),
    );
    const user = userEvent.setup();
    const first = await renderPage(<ReviewPage />);
    expect(await screen.findByText('naglalaro', { selector: '.prompt-word' })).toBeInTheDocument();
    await user.keyboard(' 4');
    await screen.findByText('tumakbo', { selector: '.prompt-word' });
    first.unmount();
    await renderPage(<ReviewPage />);
    expect(await screen.findByText('tumakbo', { selector: '.prompt-word' })).toBeInTheDocument();
    expect(screen.getByText('What does this mean?')).toBeInTheDocument();
  });

  it('says the settings were not saved when storage fails, and keeps what was typed', async () => {
    const user = userEvent.setup();
    vi.spyOn(vocabularyRepository(), 'putSettings').mockRejectedValue(
      new VocabularyStorageError('quota', new Error('QuotaExceededError')),
    );
    await renderPage(<ReviewPage />);
    await user.click(await screen.findByRole('heading', { name: 'Review settings' }));
    const perDay = screen.getByLabelText('New cards per day');
    await user.clear(perDay);
    await user.type(perDay, '7');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The settings were not saved.');
    expect(alert).toHaveTextContent('Your device is out of storage space');
    expect(screen.queryByText('Settings saved.')).not.toBeInTheDocument();
    expect(perDay).toHaveValue(7);
  });
});
