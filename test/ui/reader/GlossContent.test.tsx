// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { clear, createStore } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { lexiconFromDisk } from '../../../src/cli/lexiconFromDisk';
import userEvent from '@testing-library/user-event';
import { findPhrases, lookupWord } from '../../../src/domain/lexicon';
import { analyze } from '../../../src/domain/morphology/analyze';
import {
  GlossContent,
  wordContextOf,
  type GlossContext,
} from '../../../src/ui/reader/GlossContent';
import { vocabularyRepository } from '../../../src/storage/vocabularyRepository';
import { renderPage } from '../renderPage';

const lexicon = lexiconFromDisk();

const context = (word: string): GlossContext => ({
  word,
  sentenceTl: `Isang damit na ${word} ang suot niya.`,
  sentenceEn: 'She wore a golden dress.',
  textId: 'own-1',
  sentenceId: 's1',
});

async function showGloss(word: string) {
  const result = lookupWord(lexicon, analyze, word);
  await renderPage(
    <GlossContent
      gloss={{ result, failures: [] }}
      context={context(word)}
      onOwnGlossChange={() => {}}
    />,
  );
}

describe('wordContextOf', () => {
  // What "Save" files a word under: a word the dictionary derives from a root with a meaning of
  // its own is a card of its own; the aspects of one verb share the root's card.
  it.each([
    ['masaya', 'saya', 'masaya'],
    ['saya', 'saya', 'saya'],
    ['kumain', 'kain', 'kain'],
    ['kakainin', 'kain', 'kain'],
  ])('files %s (root %s) under %s', (word, root, headword) => {
    const gloss = { result: lookupWord(lexicon, analyze, word), failures: [] };
    expect(wordContextOf(gloss, context(word))).toMatchObject({ root, headword });
  });
});

describe('GlossContent', () => {
  it('shows each part of a compound the dictionary does not list, with its meaning', async () => {
    await showGloss('kulay-ginto');
    expect(screen.getByText(/Not in our dictionary as one word/)).toBeInTheDocument();
    const parts = screen.getAllByRole('listitem').map((item) => item.textContent);
    expect(parts[0]).toMatch(/^kulay: colou?r/);
    expect(parts[1]).toMatch(/^ginto: gold/);
    // The sense kept when the compound is saved is built from its parts.
    const sense = await screen.findByLabelText('Meaning to keep');
    expect((sense as HTMLInputElement).value).toMatch(/^colou?r \+ gold/);
  });

  it('explains every piece the breakdown shows, a prefix around its copied syllable too', async () => {
    await showGloss('nakikipagkita');
    const formula = await screen.findByRole('group', { name: 'How it is built' });
    expect(formula.textContent?.replace(/\s+/g, ' ')).toBe('naki- + ki- + pag- + kita');
    // A line may break before a plus sign, never after it: no sign is left at a line's end.
    expect(formula.textContent).not.toMatch(/\+ /);
    const terms = screen.getAllByRole('term').map((term) => term.textContent);
    expect(terms).toEqual(['naki- … pag-', 'ki-']);
    const [prefix] = screen.getAllByRole('definition');
    expect(prefix?.textContent).toMatch(/^nakipag-: /);
  });

  it('explains a suffix in an adjective as making one, not as a verb’s focus', async () => {
    await showGloss('pangunahing');
    await screen.findByRole('group', { name: 'How it is built' });
    const meanings = screen.getAllByRole('definition').map((item) => item.textContent);
    expect(meanings.some((meaning) => /noun or adjective/.test(meaning ?? ''))).toBe(true);
    expect(meanings.some((meaning) => /object focus/.test(meaning ?? ''))).toBe(false);
  });

  it('offers no far-fetched other reading (kahit, even, is no ka- + ahit, shave)', async () => {
    await showGloss('kahit');
    await screen.findByLabelText('Meaning to keep');
    expect(screen.queryByText('Other readings')).not.toBeInTheDocument();
    expect(screen.queryAllByText(/\bahit\b/)).toEqual([]);
  });

  it('heads a name as a name, written as it is spelled', async () => {
    await showGloss('RMB');
    expect((await screen.findByRole('heading', { level: 3 })).textContent).toMatch(/^Name: RMB/);
  });

  it('heads a name its sense does not spell as the text writes it, linker aside', async () => {
    await showGloss('Maynilang');
    expect((await screen.findByRole('heading', { level: 3 })).textContent).toMatch(
      /^Name: Maynila\b/,
    );
  });

  it('takes an unknown word written with a capital inside the sentence for a name', async () => {
    const result = lookupWord(lexicon, analyze, 'Zandro', { previous: 'si' });
    await renderPage(
      <GlossContent
        gloss={{ result, failures: [] }}
        context={context('Zandro')}
        onOwnGlossChange={() => {}}
      />,
    );
    expect(screen.getByText(/most likely a name/)).toBeInTheDocument();
    expect((await screen.findByRole('heading', { level: 3 })).textContent).toBe('Name: Zandro');
  });

  it('heads any other word with its root', async () => {
    await showGloss('tinulungan');
    expect((await screen.findByRole('heading', { level: 3 })).textContent).toMatch(/^Root: tulong/);
  });

  it('names the root of a part that is not written as its root', async () => {
    await showGloss('sasakyang-pandagat');
    const [first] = screen.getAllByRole('listitem');
    expect(first?.textContent).toMatch(/^sasakyang \(from sakay\): vehicle/);
  });

  it('says a word is unknown when a part of it is', async () => {
    await showGloss('xqzv-wrtq');
    expect(screen.queryByText(/Not in our dictionary as one word/)).not.toBeInTheDocument();
  });

  it('explains each piece once, without repeating a name the piece is written as', async () => {
    await showGloss('tinutulungan');
    const meanings = (await screen.findAllByRole('definition')).map((row) => row.textContent);
    const pieces = screen.getAllByRole('term').map((row) => row.textContent);
    expect(pieces).toEqual(['-in-', 'tu-', '-an']);
    expect(meanings[0]).toMatch(/^not actor focus/);
    // A copied syllable has no affix name to give.
    expect(meanings[1]).toMatch(/^repeated first syllable/);
    expect(meanings[2]).toMatch(/^locative focus/);
  });

  it('names the affix a piece is a form of', async () => {
    await showGloss('pamimigay');
    const rows = (await screen.findAllByRole('definition')).map((row) => row.textContent ?? '');
    expect(rows.some((row) => row.startsWith('pang-: '))).toBe(true);
  });

  it('writes the pieces in the order of the word (a prefix’s copied syllable inside it)', async () => {
    await showGloss('nakikipaglaro');
    const formula = await screen.findByLabelText('How it is built');
    expect(formula.textContent?.replace(/\s+/g, ' ')).toBe('naki- + ki- + pag- + laro');
  });

  it('saves a name as the sentence writes it', async () => {
    const user = userEvent.setup();
    const input = ['Kasosyo', 'ang', 'Ant', 'Group'];
    const phrase = findPhrases(lexicon, input, analyze)[0]!;
    await renderPage(
      <GlossContent
        gloss={{
          result: lookupWord(lexicon, analyze, 'Ant'),
          phrase,
          phraseAsWritten: 'Ant Group',
          failures: [],
        }}
        context={context('Ant')}
        onOwnGlossChange={() => {}}
      />,
    );
    await user.click(await screen.findByRole('button', { name: 'Save phrase' }));
    await screen.findByText('Phrase saved');
    const saved = await vocabularyRepository().getWord('ant group');
    expect(saved?.contexts[0]?.surface).toBe('Ant Group');
  });

  it.each([
    ['a verb has them', 'nakikipagtulungan', 1],
    ['a word listed as an adjective, though built like a verb, has none', 'magkakasama', 0],
    // ka- and a copied syllable on a word of quality is "how…!", no action just done.
    ['ka- and a copy on a root that is no verb have none', 'kagaganda', 0],
  ])('aspect and focus: %s', async (_case, word, shown) => {
    await showGloss(word);
    await screen.findAllByRole('definition');
    expect(screen.queryAllByText(/^Aspect:/)).toHaveLength(shown);
  });

  // What the copied syllable does in the word tapped, not in every word it is found in.
  it.each([
    ['naglalakad', /the action is ongoing or habitual/],
    ['sinusulat', /the action is ongoing or habitual/],
    ['maglalakad', /the action has not yet begun/],
    ['susulatin', /the action has not yet begun/],
    ['kasisimula', /after ka-: the action was just done/],
    // No verb: after pag-, pang- or paki-, the noun of the action; otherwise all its uses.
    ['pakikipagtulungan', /after pag-, pang- or paki-: the noun of the action/],
    ['pagtatanim', /after pag-, pang- or paki-: the noun of the action/],
    ['matatanda', /with a verb, .*after ka- alone, .*with ma- on a quality, more than one/],
  ])('explains the copied syllable of %s by what it does there', async (word, meaning) => {
    await showGloss(word);
    await screen.findByRole('group', { name: 'How it is built' });
    const copy = screen
      .getAllByRole('definition')
      .map((item) => item.textContent ?? '')
      .filter((text) => text.startsWith('repeated first syllable'));
    expect(copy).toHaveLength(1);
    expect(copy[0]).toMatch(meaning);
  });

  // -um- and -in- in an ongoing verb are not called completed: their meaning there says ongoing.
  it.each(['tumatakbo', 'binabasa'])(
    'explains the infix of %s as ongoing, not completed',
    async (word) => {
      await showGloss(word);
      await screen.findByRole('group', { name: 'How it is built' });
      const infix = screen
        .getAllByRole('definition')
        .map((item) => item.textContent ?? '')
        .filter((text) => /actor.focus/.test(text));
      expect(infix).toHaveLength(1);
      expect(infix[0]).toMatch(/here ongoing with the repeated syllable/);
      expect(infix[0]).not.toMatch(/completed/);
    },
  );

  it('names an action just done as such, and its root', async () => {
    await showGloss('kasisimula');
    expect(await screen.findByText('Aspect: just completed')).toBeInTheDocument();
    expect(document.querySelector('.piece-root')?.textContent).toBe('simula');
  });

  // A sentence may have the word more than once: the card's gap goes where it was tapped.
  it('saves where in the sentence the word was tapped', async () => {
    await clear(createStore('tulay-vocabulary', 'records'));
    const user = userEvent.setup();
    const sentenceTl = 'Umiyak ang bata nang tawagin ng guro ang isa pang bata.';
    await renderPage(
      <GlossContent
        gloss={{ result: lookupWord(lexicon, analyze, 'bata'), failures: [] }}
        context={{ ...context('bata'), sentenceTl, wordIndex: 10 }}
        onOwnGlossChange={() => {}}
      />,
    );
    await user.click(await screen.findByRole('button', { name: 'Save' }));
    await screen.findByText('Saved');
    const saved = await vocabularyRepository().getWord('bata');
    expect(saved?.contexts[0]?.start).toBe(sentenceTl.lastIndexOf('bata'));
  });

  it('saves a phrase from where its first word is', async () => {
    await clear(createStore('tulay-vocabulary', 'records'));
    const user = userEvent.setup();
    const sentenceTl = 'Sinabi ng Ant Group na ang Ant Group ay lalago.';
    const input = ['sinabi', 'ng', 'ant', 'group', 'na', 'ang', 'ant', 'group', 'ay', 'lalago'];
    const phrase = findPhrases(lexicon, input, analyze).find((match) => match.start === 6)!;
    await renderPage(
      <GlossContent
        gloss={{
          result: lookupWord(lexicon, analyze, 'Group'),
          phrase,
          phraseAsWritten: 'Ant Group',
          failures: [],
        }}
        context={{ ...context('Group'), sentenceTl, wordIndex: 7 }}
        onOwnGlossChange={() => {}}
      />,
    );
    await user.click(await screen.findByRole('button', { name: 'Save phrase' }));
    await screen.findByText('Phrase saved');
    const saved = await vocabularyRepository().getWord('ant group');
    expect(saved?.contexts[0]?.start).toBe(sentenceTl.lastIndexOf('Ant Group'));
  });
});
