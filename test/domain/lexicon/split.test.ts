import { describe, expect, it } from 'vitest';
import { joinLexicon, splitEntry, splitLexicon } from '../../../src/domain/lexicon';
import { readLexiconFiles } from '../../../src/cli/lexiconFromDisk';
import { lexiconFile as file } from './lexiconFile';

describe('splitEntry', () => {
  it('keeps what a gloss needs in the core and moves notes, examples and the unsure mark out', () => {
    const { core, details } = splitEntry({
      lemma: 'bili',
      pos: ['verb'],
      senses: ['buy'],
      note: 'a note',
      example: { tl: 'Bumili ako.', en: 'I bought.' },
      unsure: true,
      derived: [{ form: 'mamimili', pos: 'noun', senses: ['shopper'], note: 'also a verb' }],
    });
    expect(core).toEqual({
      lemma: 'bili',
      pos: ['verb'],
      senses: ['buy'],
      derived: [{ form: 'mamimili', pos: 'noun', senses: ['shopper'] }],
    });
    expect(details).toEqual({
      note: 'a note',
      example: { tl: 'Bumili ako.', en: 'I bought.' },
      unsure: true,
      derivedNotes: { 0: 'also a verb' },
    });
  });

  it('has no details for an entry without any', () => {
    expect(splitEntry({ lemma: 'aso', pos: ['noun'], senses: ['dog'] }).details).toBeUndefined();
  });
});

describe('splitLexicon and joinLexicon', () => {
  it('give back every shipped entry exactly', () => {
    const files = readLexiconFiles();
    const { core, details } = splitLexicon(files);
    expect(joinLexicon(core, details).entries).toEqual(files.flatMap((f) => f.entries));
  });

  it('fall back to the core when the details belong to another lexicon', () => {
    const { core } = splitLexicon([file([{ lemma: 'aso', pos: ['noun'], senses: ['dog'] }])]);
    const other = splitLexicon([file([])]).details;
    expect(joinLexicon(core, other)).toBe(core);
  });
});
