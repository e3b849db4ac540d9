// The core lexicon as the reader fetches it, packed: every entry comes back as it was written,
// and a damaged core is refused with where the damage is.
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  packCore,
  PackedCoreSchema,
  splitLexicon,
  type LexiconEntry,
  type LexiconFile,
} from '../../../src/domain/lexicon';
import { readLexiconFiles } from '../../../src/cli/lexiconFromDisk';
import { lexiconFile as file } from './lexiconFile';

/** The packed core as it travels: through JSON, as the build writes it. */
const shipped = (core: LexiconFile): unknown => JSON.parse(JSON.stringify(packCore(core)));

describe('packCore and PackedCoreSchema', () => {
  it.each<[string, LexiconEntry]>([
    ['the least an entry has', { lemma: 'aso', pos: ['noun'], senses: ['dog'] }],
    [
      'several parts of speech and senses',
      { lemma: 'takbo', pos: ['verb', 'noun'], senses: ['run', 'course, flow'] },
    ],
    ['an origin', { lemma: 'mesa', pos: ['noun'], senses: ['table'], origin: 'spanish' }],
    [
      'variants without an origin',
      { lemma: 'kaniya', pos: ['pronoun'], senses: ['his, her'], variants: ['kanya'] },
    ],
    [
      'derived forms without variants',
      {
        lemma: 'kain',
        pos: ['verb'],
        senses: ['eat'],
        derived: [
          { form: 'pagkain', pos: 'noun', senses: ['food', 'meal'] },
          { form: 'kainan', pos: 'noun', senses: ['eatery'] },
        ],
      },
    ],
    [
      'every key a core entry may have',
      {
        lemma: 'kompyuter',
        pos: ['noun'],
        senses: ['computer'],
        origin: 'english',
        variants: ['computer', 'kompiyuter'],
        derived: [{ form: 'kompyuterisado', pos: 'adjective', senses: ['computerized'] }],
      },
    ],
    [
      'the last part of speech and origin of the tables',
      { lemma: 'sa ganang akin', pos: ['phrase'], senses: ['in my view'], origin: 'other' },
    ],
  ])('give back an entry with %s', (_, entry) => {
    const parsed = v.parse(PackedCoreSchema, shipped(file([entry])));
    expect(parsed).toEqual(file([entry]));
  });

  it('give back the shipped core exactly, and smaller than the objects it packs', () => {
    const { core } = splitLexicon(readLexiconFiles());
    const packed = JSON.stringify(packCore(core));
    expect(v.parse(PackedCoreSchema, JSON.parse(packed))).toEqual(core);
    expect(packed.length).toBeLessThan(JSON.stringify(core).length * 0.8);
  });

  it('refuse a sense that holds the separator, and an entry with its details still in', () => {
    expect(() => packCore(file([{ lemma: 'x', pos: ['noun'], senses: ['a|b'] }]))).toThrow(
      /"x".*\|/,
    );
    expect(() =>
      packCore(file([{ lemma: 'x', pos: ['noun'], senses: ['a'], note: 'a note' }])),
    ).toThrow(/"x".*note/);
  });
});

describe('PackedCoreSchema on a damaged core', () => {
  const good = shipped(file([{ lemma: 'aso', pos: ['noun'], senses: ['dog'] }])) as {
    entries: unknown[];
  };
  it.each<[string, unknown, RegExp]>([
    ['not a core at all', { format: 'tulay-lexicon', version: 1, entries: [] }, /format/i],
    ['a later version', { ...good, version: 2 }, /version/i],
    ['entries not a list', { ...good, entries: {} }, /entries/],
    ['an entry not a list', { ...good, entries: [{ lemma: 'aso' }] }, /entries\.0/],
    ['an unknown part of speech', { ...good, entries: [['aso', 'z', 'dog']] }, /entries\.0\.pos/],
    ['an empty sense', { ...good, entries: [['aso', 'a', '']] }, /entries\.0\.senses/],
    ['an unknown origin', { ...good, entries: [['aso', 'a', 'dog', 99]] }, /entries\.0\.origin/],
    [
      'a damaged derived form',
      { ...good, entries: [['aso', 'a', 'dog', 0, 0, [['asuhan', 7]]]] },
      /entries\.0\.derived\.0/,
    ],
  ])('is refused when it is %s, saying where', (_, data, where) => {
    const result = v.safeParse(PackedCoreSchema, data);
    expect(result.success).toBe(false);
    const issue = result.issues?.[0];
    const path = issue?.path?.map((item) => String(item.key)).join('.') ?? '';
    expect(`${path} ${issue?.message}`).toMatch(where);
  });
});
