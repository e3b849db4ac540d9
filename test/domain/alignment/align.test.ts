import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignSentences, type Bead } from '../../../src/domain/alignment/align';
import { cognateKey } from '../../../src/domain/alignment/cognates';
import { lengthCost, DEFAULT_LENGTH_MODEL } from '../../../src/domain/alignment/lengthCost';

// A short news story written for these tests, sentence by sentence.
const TAGALOG = [
  'Tumama ang isang malakas na lindol sa lalawigan ng Surigao noong Martes ng gabi.',
  'Ayon sa Phivolcs, may lakas itong 6.7 at naramdaman hanggang sa Cebu.',
  'Hindi bababa sa 12 katao ang nasugatan at 40 bahay ang nasira.',
  'Inilikas ang mga pasyente ng ospital ng Butuan bilang pag-iingat.',
  'Sinabi ni Gobernador Elena Matugas na may sapat na pagkain ang mga evacuation center.',
  'Nagpadala rin ang Pulang Krus ng 3 trak ng tubig at gamot.',
  'Inaasahan ang mga aftershock sa susunod na 48 oras.',
];
const ENGLISH = [
  'A strong earthquake struck the province of Surigao on Tuesday night.',
  'According to Phivolcs, it had a magnitude of 6.7 and was felt as far as Cebu.',
  'At least 12 people were injured and 40 houses were damaged.',
  'Patients of the Butuan hospital were evacuated as a precaution.',
  'Governor Elena Matugas said the evacuation centres have enough food.',
  'The Red Cross also sent 3 trucks of water and medicine.',
  'Aftershocks are expected in the next 48 hours.',
];

const oneToOne = (count: number): Bead[] =>
  Array.from({ length: count }, (_, index) => ({ tl: [index], en: [index] }));

/** Beads cover every index of both sides exactly once, in order. */
function expectCovering(beads: readonly Bead[], tlCount: number, enCount: number): void {
  expect(beads.flatMap((bead) => bead.tl)).toEqual([...Array(tlCount).keys()]);
  expect(beads.flatMap((bead) => bead.en)).toEqual([...Array(enCount).keys()]);
  for (const bead of beads) expect(bead.tl.length + bead.en.length).toBeGreaterThan(0);
}

describe('alignSentences', () => {
  it('pairs a faithful translation one to one', () => {
    expect(alignSentences(TAGALOG, ENGLISH)).toEqual(oneToOne(TAGALOG.length));
  });

  it('finds an English sentence with no Tagalog (0–1)', () => {
    const english = [
      ...ENGLISH.slice(0, 3),
      'Classes were suspended in the region.',
      ...ENGLISH.slice(3),
    ];
    const beads = alignSentences(TAGALOG, english);
    expect(beads).toContainEqual({ tl: [], en: [3] });
    expect(beads.filter((bead) => bead.tl.length === 1 && bead.en.length === 1)).toHaveLength(7);
  });

  it('finds a Tagalog sentence left untranslated (1–0)', () => {
    const english = ENGLISH.filter((_, index) => index !== 2);
    const beads = alignSentences(TAGALOG, english);
    expect(beads[2]).toEqual({ tl: [2], en: [] });
    expectCovering(beads, TAGALOG.length, english.length);
  });

  it('joins two Tagalog sentences translated as one (2–1)', () => {
    const english = [
      ...ENGLISH.slice(0, 2),
      'At least 12 people were injured and 40 houses were damaged, and patients of the Butuan hospital were evacuated as a precaution.',
      ...ENGLISH.slice(4),
    ];
    const beads = alignSentences(TAGALOG, english);
    expect(beads[2]).toEqual({ tl: [2, 3], en: [2] });
    expect(beads).toHaveLength(6);
  });

  it('joins two English sentences for one Tagalog sentence (1–2)', () => {
    const tagalog = [
      ...TAGALOG.slice(0, 5),
      'Nagpadala rin ang Pulang Krus ng 3 trak ng tubig at gamot; inaasahan ang mga aftershock sa susunod na 48 oras.',
    ];
    const beads = alignSentences(tagalog, ENGLISH);
    expect(beads.at(-1)).toEqual({ tl: [5], en: [5, 6] });
  });

  it('uses numbers and names where lengths alone mislead', () => {
    // The dropped sentence is as long as its neighbours: only the anchors tell which one is gone.
    const tagalog = [
      'Dumating ang 25 bus sa Tacloban.',
      'Umalis ang 30 barko sa Ormoc.',
      'Nagsara ang 14 na paaralan sa Palo.',
    ];
    const english = ['25 buses arrived in Tacloban.', '14 schools closed in Palo.'];
    expect(alignSentences(tagalog, english)).toEqual([
      { tl: [0], en: [0] },
      { tl: [1], en: [] },
      { tl: [2], en: [1] },
    ]);
  });

  it('uses a dictionary when one is given', () => {
    const dictionary = (word: string): readonly string[] =>
      ({ aso: ['dog'], pusa: ['cat'], tumakbo: ['ran', 'run'], natulog: ['slept'] })[word] ?? [];
    const tagalog = ['Tumakbo ang aso.', 'Natulog ang pusa.'];
    const english = ['The cat slept.'];
    expect(alignSentences(tagalog, english, { dictionary })).toEqual([
      { tl: [0], en: [] },
      { tl: [1], en: [0] },
    ]);
  });

  it('meets a long dictionary sense in its English inflections (market, cooked)', () => {
    const senses: Record<string, readonly string[]> = {
      palengke: ['market'],
      bumili: ['buy'],
      isda: ['fish'],
      gulay: ['vegetable'],
      umuwi: ['go home'],
      nagluto: ['cooked'],
      nanay: ['mother'],
    };
    const dictionary = (word: string): readonly string[] => senses[word] ?? [];
    const tagalog = [
      'Pumunta kami sa palengke.',
      'Bumili ako ng isda at gulay.',
      'Umuwi kami bago magtanghali.',
      'Nagluto ang nanay ko ng sinigang.',
    ];
    const english = [
      'We went to the market.',
      'We went home before noon.',
      'My mother cooked sinigang.',
    ];
    expect(alignSentences(tagalog, english, { dictionary })).toEqual([
      { tl: [0], en: [0] },
      { tl: [1], en: [] },
      { tl: [2], en: [1] },
      { tl: [3], en: [2] },
    ]);
  });

  it('adapts to a translation much wordier than usual', () => {
    const wordy = ENGLISH.map(
      (sentence) => `${sentence.slice(0, -1)}, officials said on the radio.`,
    );
    expect(alignSentences(TAGALOG, wordy)).toEqual(oneToOne(TAGALOG.length));
  });

  it('does not pair sentences whose numbers disagree when a drop explains them', () => {
    const tagalog = [
      'Nanalo ang koponan, 98-91.',
      'Umiskor si Cruz ng 31 puntos.',
      'Susunod ang laro sa Biyernes.',
    ];
    const english = ['The team won, 98-91.', 'The next game is on Friday.'];
    expect(alignSentences(tagalog, english)).toEqual([
      { tl: [0], en: [0] },
      { tl: [1], en: [] },
      { tl: [2], en: [1] },
    ]);
  });

  it('handles empty sides', () => {
    expect(alignSentences([], [])).toEqual([]);
    expect(alignSentences(['Isa.', 'Dalawa.'], [])).toEqual([
      { tl: [0], en: [] },
      { tl: [1], en: [] },
    ]);
    expect(alignSentences([], ['One.'])).toEqual([{ tl: [], en: [0] }]);
  });

  it('aligns long texts of different lengths (the band widens)', () => {
    const tagalog = Array.from(
      { length: 300 },
      (_, index) => `Pangungusap bilang ${index} tungkol sa balita ngayong araw.`,
    );
    const english = tagalog
      .filter((_, index) => index < 100 || index >= 160)
      .map((_, index) => `Sentence ${index < 100 ? index : index + 60} about today's news.`);
    const beads = alignSentences(tagalog, english, { band: 5 });
    expectCovering(beads, 300, 240);
    expect(beads.filter((bead) => bead.en.length === 0).flatMap((bead) => bead.tl)).toEqual(
      Array.from({ length: 60 }, (_, index) => 100 + index),
    );
  });
});

describe('alignSentences properties', () => {
  const sentence = fc
    .array(
      fc.constantFrom(
        'ang',
        'bahay',
        'ng',
        'Maria',
        'malaki',
        'ulan',
        '2024',
        'kahapon',
        'sa',
        'Iloilo',
      ),
      {
        minLength: 2,
        maxLength: 14,
      },
    )
    .map((words) => `${words.join(' ')}.`);

  it('aligns a text with itself one to one', () => {
    fc.assert(
      fc.property(fc.array(sentence, { maxLength: 40 }), (sentences) => {
        expect(alignSentences(sentences, sentences)).toEqual(oneToOne(sentences.length));
      }),
    );
  });

  it('covers every index of both sides exactly once, in order', () => {
    fc.assert(
      fc.property(
        fc.array(sentence, { maxLength: 30 }),
        fc.array(sentence, { maxLength: 30 }),
        (tl, en) => {
          expectCovering(alignSentences(tl, en), tl.length, en.length);
        },
      ),
    );
  });
});

describe('lengthCost', () => {
  it('is lowest for the expected ratio and grows away from it', () => {
    const expected = lengthCost(100, 83, DEFAULT_LENGTH_MODEL);
    expect(expected).toBeLessThan(0.01);
    expect(lengthCost(100, 120, DEFAULT_LENGTH_MODEL)).toBeGreaterThan(
      lengthCost(100, 100, DEFAULT_LENGTH_MODEL),
    );
    expect(lengthCost(100, 40, DEFAULT_LENGTH_MODEL)).toBeGreaterThan(
      lengthCost(100, 60, DEFAULT_LENGTH_MODEL),
    );
    expect(Number.isFinite(lengthCost(5000, 0, DEFAULT_LENGTH_MODEL))).toBe(true);
  });
});

describe('cognateKey', () => {
  const same: Array<[string, string]> = [
    ['kondisyon', 'condition'],
    ['opisyal', 'official'],
    ['estableng', 'stable'],
    ['imbestigasyon', 'investigation'],
    ['teknolohiya', 'technology'],
    ['sentro', 'centre'],
  ];
  it.each(same)('%s meets %s', (tagalog, english) => {
    expect(cognateKey(tagalog).slice(0, 4)).toBe(cognateKey(english).slice(0, 4));
  });
  const different: Array<[string, string]> = [
    ['gobyerno', 'government'],
    ['kanilang', 'their'],
    ['pamahalaan', 'administration'],
  ];
  it.each(different)('%s does not meet %s', (tagalog, english) => {
    expect(cognateKey(tagalog).slice(0, 4)).not.toBe(cognateKey(english).slice(0, 4));
  });
});
