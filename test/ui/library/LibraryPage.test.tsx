// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { clear, createStore, set } from 'idb-keyval';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { LibraryPage } from '../../../src/ui/library/LibraryPage';
import { renderPage } from '../renderPage';
import { storeUserText } from '../storedTexts';

const text = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../../content/texts/digital-rmb.json'), 'utf8'),
) as {
  titleTl: string;
  titleEn: string;
};

const libraryStore = createStore('tulay-library', 'records');

beforeEach(() => clear(libraryStore));

describe('LibraryPage', () => {
  it('lists the article as a link named by its Tagalog title, with its English title and counts', async () => {
    await renderPage(<LibraryPage />);
    const link = await screen.findByRole('link', { name: text.titleTl });
    expect(link).toHaveAttribute('href', '/read/digital-rmb');
    expect(screen.getByText(text.titleEn)).toBeInTheDocument();
    // The body only: the title is not one of the sentences to read.
    expect(screen.getByText(/19 sentences · \d{3} words/)).toBeInTheDocument();
  });

  it("says where the learner's own texts will be while there are none", async () => {
    await renderPage(<LibraryPage />);
    expect(await screen.findByRole('heading', { name: 'Your texts' })).toBeInTheDocument();
    expect(screen.getByText(/None yet\. Texts you add/)).toBeInTheDocument();
  });

  it('counts the sentences and words of a text’s body, not its title', async () => {
    await storeUserText({ paragraphs: [['Kumain ako ng mangga.']] });
    await renderPage(<LibraryPage />);
    const card = (await screen.findByRole('link', { name: 'Sulat' })).closest('li')!;
    expect(card).toHaveTextContent('Beginner · 1 sentence · 4 words ·');
  });

  it('counts one word in the singular', async () => {
    await storeUserText({ paragraphs: [['Salamat.']] });
    await renderPage(<LibraryPage />);
    const card = (await screen.findByRole('link', { name: 'Sulat' })).closest('li')!;
    expect(card).toHaveTextContent('Beginner · 1 sentence · 1 word ·');
  });

  it('reports one damaged text in the singular', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await set('text:broken', { kind: 'not a text' }, libraryStore);
    await renderPage(<LibraryPage />);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '1 damaged text could not be read and was set aside; nothing was deleted.',
    );
    warn.mockRestore();
  });
});
