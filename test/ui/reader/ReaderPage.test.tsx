// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import ReaderPage from '../../../src/ui/reader/ReaderPage';
import { renderPage } from '../renderPage';
import { storeUserText } from '../storedTexts';

const root = join(import.meta.dirname, '../../..');
const text = JSON.parse(readFileSync(join(root, 'content/texts/digital-rmb.json'), 'utf8')) as {
  paragraphs: { sentences: { id: string; text: string }[] }[];
};
const english = JSON.parse(
  readFileSync(join(root, 'locales/en/texts/digital-rmb.json'), 'utf8'),
) as {
  sentences: Record<string, string>;
};
const sentences = text.paragraphs.flatMap((paragraph) => paragraph.sentences);

const pairOf = (sentenceId: string): HTMLElement =>
  document.getElementById(`sentence-${sentenceId}`)!;

async function openReader() {
  const view = await renderPage(<ReaderPage textId="digital-rmb" />, '/read/digital-rmb');
  // The reader's code and the text's strings can take a while to load on a busy machine.
  await waitFor(() => expect(pairOf('s20')).toBeTruthy(), { timeout: 4000 });
  return view;
}

beforeEach(() => localStorage.clear());

describe('ReaderPage', () => {
  it('pairs every Tagalog sentence, exactly as written, with its English', async () => {
    await openReader();
    for (const sentence of sentences) {
      const pair = pairOf(sentence.id);
      expect(pair.querySelector('.tl')?.textContent).toBe(sentence.text);
      expect(pair.querySelector('.en')?.textContent).toBe(english.sentences[sentence.id]);
    }
  });

  it('makes every word a button named by the word, punctuation left outside', async () => {
    await openReader();
    const title = within(pairOf('s1'));
    expect(title.getByRole('button', { name: 'nakikipagtulungan' })).toBeInTheDocument();
    const s2 = within(pairOf('s2'));
    expect(s2.getByRole('button', { name: 'ika-4' })).toBeInTheDocument();
    expect(s2.getByRole('button', { name: 'People’s' })).toBeInTheDocument();
    expect(s2.queryByRole('button', { name: '25,' })).not.toBeInTheDocument();
    expect(s2.queryByRole('button', { name: /“/ })).not.toBeInTheDocument();
  });

  it('hides the translation, or reveals it sentence by sentence, and remembers the choice', async () => {
    const user = userEvent.setup();
    const view = await openReader();
    await user.click(screen.getByRole('radio', { name: 'Hidden' }));
    expect(document.querySelectorAll('.en')).toHaveLength(0);
    await user.click(screen.getByRole('radio', { name: 'Reveal per sentence' }));
    await user.click(within(pairOf('s5')).getByRole('button', { name: 'Show translation' }));
    expect(pairOf('s5').querySelector('.en')?.textContent).toBe(english.sentences.s5);
    expect(pairOf('s6').querySelector('.en')).toBeNull();
    view.unmount();
    await openReader();
    expect(screen.getByRole('radio', { name: 'Reveal per sentence' })).toBeChecked();
    expect(pairOf('s5').querySelector('.en')).not.toBeNull();
  });

  it.each([
    ['hidden', 'Hidden', 's7'],
    ['not yet revealed', 'Reveal per sentence', 's7'],
  ])(
    'keeps a translation the reader hides (%s) hidden in the gloss, until asked',
    async (_name, mode, id) => {
      const user = userEvent.setup();
      await openReader();
      await user.click(screen.getByRole('radio', { name: mode }));
      await user.click(within(pairOf(id)).getByRole('button', { name: 'pinabilis' }));
      const dialog = await screen.findByRole('dialog', { name: 'pinabilis' });
      // The sentence comes a frame after the reading.
      const reveal = await within(dialog).findByRole('button', { name: 'Show translation' });
      expect(within(dialog).queryByText(english.sentences[id]!)).not.toBeInTheDocument();
      await user.click(reveal);
      expect(within(dialog).getByText(english.sentences[id]!)).toHaveFocus();
    },
  );

  it('shows the sentence’s English in the gloss of a sentence revealed', async () => {
    const user = userEvent.setup();
    await openReader();
    await user.click(screen.getByRole('radio', { name: 'Reveal per sentence' }));
    await user.click(within(pairOf('s7')).getByRole('button', { name: 'Show translation' }));
    await user.click(within(pairOf('s7')).getByRole('button', { name: 'pinabilis' }));
    const dialog = await screen.findByRole('dialog', { name: 'pinabilis' });
    expect(await within(dialog).findByText(english.sentences.s7!)).toBeInTheDocument();
  });

  it('opens a word with the keyboard and gives focus back when the dialog closes', async () => {
    const user = userEvent.setup();
    await openReader();
    const word = within(pairOf('s7')).getByRole('button', { name: 'pinabilis' });
    word.focus();
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'pinabilis' });
    expect(await within(dialog).findByText(english.sentences.s7!)).toBeInTheDocument();
    await waitFor(() => expect(dialog.querySelector('.root')?.textContent).toContain('bilis'));
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(word).toHaveFocus();
  });

  it('closes with Escape at once after opening, focus back on the word', async () => {
    const user = userEvent.setup();
    await openReader();
    const word = within(pairOf('s7')).getByRole('button', { name: 'pinabilis' });
    word.focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('dialog', { name: 'pinabilis' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(word).toHaveFocus();
  });

  it('draws a word’s reading first, and its root’s note and example a frame later', async () => {
    await openReader();
    // The gloss is drawn in the frame of the tap once the lexicon is in (the count needs it all).
    await waitFor(
      () => expect(document.querySelector('.unknown-count:not(.uncounted)')).not.toBeNull(),
      { timeout: 4000 },
    );
    act(() => {
      fireEvent.click(within(pairOf('s3')).getAllByRole('button', { name: 'ng' })[0]!);
    });
    const dialog = screen.getByRole('dialog', { name: 'ng' });
    expect(dialog.querySelector('.root h3')).toHaveTextContent('Root: ng');
    expect(dialog.querySelector('.root .senses')).toHaveTextContent('of');
    expect(dialog.querySelector('.entry-note, .example')).toBeNull();
    await waitFor(() => expect(dialog.querySelector('.root .entry-note')).not.toBeNull());
    expect(dialog.querySelector('.root .example')).toHaveTextContent('Bumili siya ng tinapay.');
  });

  it('names the phrase a word belongs to as the sentence writes it', async () => {
    const user = userEvent.setup();
    await openReader();
    await user.click(within(pairOf('s1')).getByRole('button', { name: 'Bank' }));
    const dialog = await screen.findByRole('dialog', { name: 'Bank' });
    const heading = await within(dialog).findByRole('heading', { name: /Part of the phrase/ });
    expect(heading).toHaveTextContent('Part of the phrase: People’s Bank of China');
  });

  it('names where the article is from in the interface language', async () => {
    await openReader();
    expect(document.querySelector('.source')).toHaveTextContent(
      'Source: Tagalog news article on the digital renminbi, April 2021',
    );
    try {
      await act(() => i18next.changeLanguage('tl'));
      await waitFor(() =>
        expect(document.querySelector('.source')).toHaveTextContent(
          'Pinagmulan: Balitang Tagalog tungkol sa digital na renminbi, Abril 2021',
        ),
      );
    } finally {
      await act(() => i18next.changeLanguage('en'));
    }
  });

  it('says a learner’s own text was added by them, in the interface language', async () => {
    await storeUserText();
    await renderPage(<ReaderPage textId="mine-1" />, '/read/mine-1');
    expect(await screen.findByText('Source: Added by you')).toBeInTheDocument();
  });

  it('says plainly that a text is not in the Library, without its id, and the way back', async () => {
    await renderPage(<ReaderPage textId="mine-mwxyhhpo" />, '/read/mine-mwxyhhpo');
    const heading = await screen.findByRole('heading', {
      name: 'This text is not in the Library',
      level: 1,
    });
    expect(screen.getByText('It may have been deleted.')).toBeInTheDocument();
    expect(document.body).not.toHaveTextContent('mine-mwxyhhpo');
    expect(screen.getByRole('link', { name: 'Back to the Library' })).toHaveAttribute('href', '/');
    await waitFor(() => expect(document.title).toBe(`${heading.textContent} · Tulay`));
  });
});
