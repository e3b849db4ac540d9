// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { clear, createStore } from 'idb-keyval';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { vocabularyRepository } from '../../../src/storage/vocabularyRepository';
import { SaveWordControl } from '../../../src/ui/vocabulary/SaveWordControl';
import { context } from '../../domain/vocab/fixtures';
import { renderPage } from '../renderPage';

beforeEach(() => clear(createStore('tulay-vocabulary', 'records')));
afterEach(() => vi.restoreAllMocks());

describe('SaveWordControl', () => {
  it('“Save” keeps the word with the edited sense, then says “Saved” and offers removal', async () => {
    const user = userEvent.setup();
    await renderPage(<SaveWordControl word={context()} />);
    const sense = await screen.findByLabelText('Meaning to keep');
    expect(sense).toHaveValue('to play');
    await user.clear(sense);
    await user.type(sense, 'to play (games)');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved')).toBeInTheDocument();
    const word = await vocabularyRepository().getWord('laro');
    expect(word?.sense).toBe('to play (games)');
    expect(word?.contexts[0]?.sentenceId).toBe('s1');

    await user.click(screen.getByRole('button', { name: 'Remove' }));
    expect(await screen.findByRole('button', { name: 'Save' })).toBeInTheDocument();
    expect(await vocabularyRepository().getWord('laro')).toBeUndefined();
  });

  it('offers the meaning the gloss now gives: the learner’s own once written', async () => {
    const view = await renderPage(<SaveWordControl word={context()} />);
    expect(await screen.findByLabelText('Meaning to keep')).toHaveValue('to play');
    view.rerender(<SaveWordControl word={context({ sense: 'to frolic' })} />);
    expect(await screen.findByLabelText('Meaning to keep')).toHaveValue('to frolic');
  });

  it('saves a multi-word phrase as one item, labelled as a phrase', async () => {
    const user = userEvent.setup();
    const phrase = context({
      surface: 'sa pamamagitan ng',
      root: 'sa pamamagitan ng',
      sense: 'by means of',
      pos: 'phrase',
    });
    await renderPage(<SaveWordControl word={phrase} phrase />);
    expect(await screen.findByLabelText('Meaning of the phrase to keep')).toHaveValue(
      'by means of',
    );
    expect(screen.queryByRole('button', { name: 'I know this' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save phrase' }));
    expect(await screen.findByText('Phrase saved')).toBeInTheDocument();
    const saved = await vocabularyRepository().getWord('sa pamamagitan ng');
    expect(saved).toMatchObject({ root: 'sa pamamagitan ng', pos: 'phrase', sense: 'by means of' });
  });

  it('shows a word saved from another sentence as saved, and adds this sentence on request', async () => {
    const user = userEvent.setup();
    await vocabularyRepository().saveWord(context({ sentenceId: 's9' }), new Date());
    await renderPage(<SaveWordControl word={context()} />);
    expect(await screen.findByText('Saved')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add this sentence' }));
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: 'Add this sentence' })).not.toBeInTheDocument(),
    );
    expect((await vocabularyRepository().getWord('laro'))?.contexts).toHaveLength(2);
  });

  it('shows another word of a saved root as unsaved, and saves it as a card of its own', async () => {
    const user = userEvent.setup();
    const speedUp = context({ root: 'bilis', headword: 'pabilisin', surface: 'pinabilis' });
    await vocabularyRepository().saveWord(speedUp, new Date());
    const fast = context({ root: 'bilis', headword: 'mabilis', surface: 'mabilis', sense: 'fast' });
    await renderPage(<SaveWordControl word={fast} />);
    await user.click(await screen.findByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved')).toBeInTheDocument();
    expect((await vocabularyRepository().getWord('mabilis'))?.sense).toBe('fast');
    expect((await vocabularyRepository().getWord('pabilisin'))?.contexts).toHaveLength(1);
  });

  it('keeps focus on the control that changed: “Saved” after Save, Save after Remove', async () => {
    const user = userEvent.setup();
    await renderPage(<SaveWordControl word={context()} />);
    await user.click(await screen.findByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByText('Saved')).toHaveFocus());
    await user.click(screen.getByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Save' })).toHaveFocus());
  });

  it('“Remove” says what went, review progress too, and “Undo” brings the exact record back', async () => {
    const user = userEvent.setup();
    const repository = vocabularyRepository();
    await repository.saveWord(context({ sentenceId: 's9' }), new Date());
    await repository.saveWord(context(), new Date());
    await repository.answer('laro', 'recognition', 'good', new Date(), 0.9);
    const before = await repository.getWord('laro');
    await renderPage(<SaveWordControl word={context()} />);
    await user.click(await screen.findByRole('button', { name: 'Remove' }));
    expect(
      await screen.findByText(
        'Removed from your words, with its review progress and its 2 saved sentences.',
      ),
    ).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Save' })).toHaveFocus());
    expect(await repository.getWord('laro')).toBeUndefined();

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(screen.getByText('Saved')).toHaveFocus());
    expect(screen.getByText('Back in your words, as it was.')).toBeInTheDocument();
    expect(await repository.getWord('laro')).toEqual(before);
  });

  it('keeps focus after adding this sentence to a word saved from another', async () => {
    const user = userEvent.setup();
    await vocabularyRepository().saveWord(context({ sentenceId: 's9' }), new Date());
    await renderPage(<SaveWordControl word={context()} />);
    await user.click(await screen.findByRole('button', { name: 'Add this sentence' }));
    await waitFor(() => expect(screen.getByText('Saved')).toHaveFocus());
  });

  it('is never disabled while busy, so a focused control keeps focus (a browser drops it)', async () => {
    const user = userEvent.setup();
    let finish = (): void => {};
    const repository = vocabularyRepository();
    const markKnown = repository.markKnown.bind(repository);
    vi.spyOn(repository, 'markKnown').mockImplementation(
      (...args) => new Promise((resolve) => (finish = () => resolve(markKnown(...args)))),
    );
    await renderPage(<SaveWordControl word={context()} />);
    const known = await screen.findByRole('button', { name: 'I know this' });
    await user.click(known);
    expect(known).toBeEnabled();
    expect(known).toHaveAttribute('aria-disabled', 'true');
    expect(known).toHaveFocus();
    await user.click(known); // a second press while busy does nothing
    finish();
    const unmark = await screen.findByRole('button', { name: 'Not known after all' });
    expect(unmark).toHaveFocus();
    expect(repository.markKnown).toHaveBeenCalledTimes(1);
  });

  it('“I know this” marks the word known without making a card', async () => {
    const user = userEvent.setup();
    await renderPage(<SaveWordControl word={context()} />);
    await user.click(await screen.findByRole('button', { name: 'I know this' }));
    expect(await screen.findByRole('button', { name: 'Not known after all' })).toBeInTheDocument();
    expect(await vocabularyRepository().getKnown('laro')).toBeDefined();
    expect(await vocabularyRepository().getWord('laro')).toBeUndefined();
  });
});
