import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import {
  buildUserText,
  englishTitleOf,
  isOwnTextSource,
  joinEnglishOnlyPairs,
  OWN_TEXT_SOURCE,
  plainTextOf,
  USER_TEXT_VERSION,
  UserTextRecordSchema,
  type UserTextRecord,
} from '../../../src/domain/content/userText';
import { sentencesOf, TranslationSchema } from '../../../src/domain/content';

const now = new Date('2026-03-01T08:00:00Z');
const base = { id: 'user-1', title: 'Sa Palengke', level: 'beginner' as const, source: 'Added by you', now };
const paragraphs = [['Pumunta kami sa palengke.', 'Bumili si Nanay ng isda.'], ['Mainit ang araw.']];

describe('buildUserText', () => {
  it('keeps paragraphs and gives stable ids when there is no translation', () => {
    const record = buildUserText({ ...base, paragraphs });
    expect(v.safeParse(UserTextRecordSchema, record).success).toBe(true);
    expect(record.translation).toBeNull();
    expect(record.text.paragraphs.map((p) => p.sentences.map((s) => `${s.id}:${s.text}`))).toEqual([
      ['s0:Sa Palengke'],
      ['s1:Pumunta kami sa palengke.', 's2:Bumili si Nanay ng isda.'],
      ['s3:Mainit ang araw.'],
    ]);
  });

  it('makes one reader sentence per aligned pair, English joined', () => {
    const record = buildUserText({
      ...base,
      titleEn: 'At the Market',
      paragraphs,
      pairs: [
        { tl: ['Pumunta kami sa palengke.', 'Bumili si Nanay ng isda.'], en: ['We went to the market; Mother bought fish.'] },
        { tl: [], en: ['(An extra English line.)'] },
        { tl: ['Mainit ang araw.'], en: ['The day was hot.'] },
      ],
    });
    expect(sentencesOf(record.text).map((s) => s.text)).toEqual([
      'Sa Palengke',
      'Pumunta kami sa palengke. Bumili si Nanay ng isda.',
      'Mainit ang araw.',
    ]);
    expect(record.translation?.sentences).toEqual({
      s0: 'At the Market',
      s1: 'We went to the market; Mother bought fish. (An extra English line.)',
      s2: 'The day was hot.',
    });
    expect(record.text.paragraphs).toHaveLength(3);
    expect(v.safeParse(TranslationSchema, record.translation).success).toBe(true);
  });

  it('leaves a Tagalog sentence without English untranslated', () => {
    const record = buildUserText({ ...base, paragraphs: [['Isa.', 'Dalawa.']], pairs: [{ tl: ['Isa.'], en: ['One.'] }, { tl: ['Dalawa.'], en: [] }] });
    expect(record.translation?.sentences).toEqual({ s1: 'One.' });
  });

  it('gives back the plain text for editing', () => {
    const record = buildUserText({ ...base, paragraphs, pairs: paragraphs.flat().map((tl, index) => ({ tl: [tl], en: [`E${index}`] })) });
    expect(plainTextOf(record)).toEqual({
      tagalog: 'Pumunta kami sa palengke. Bumili si Nanay ng isda.\n\nMainit ang araw.',
      english: 'E0 E1\n\nE2',
    });
  });

  it('keeps the creation date when a text is edited', () => {
    const record = buildUserText({ ...base, paragraphs, createdAt: '2026-01-01T00:00:00.000Z' });
    expect(record.createdAt).toBe('2026-01-01T00:00:00.000Z');
    expect(record.updatedAt).toBe(now.toISOString());
  });
});

describe('editing a text', () => {
  const story = [['Umuulan kanina.', 'Naglaro ang mga bata.', 'Umuwi sila nang basa.']];
  const idsOf = (record: UserTextRecord) =>
    Object.fromEntries(sentencesOf(record.text).map((sentence) => [sentence.text, sentence.id]));

  it('keeps the id of every sentence whose text is unchanged (a saved word still finds it)', () => {
    const saved = buildUserText({ ...base, paragraphs: story });
    expect(idsOf(saved)['Naglaro ang mga bata.']).toBe('s2');
    const edited = buildUserText({
      ...base,
      paragraphs: [['Naglaro ang mga bata.', 'Umuwi sila nang basa.']],
      previous: saved,
    });
    expect(idsOf(edited)).toMatchObject({ 'Naglaro ang mga bata.': 's2', 'Umuwi sila nang basa.': 's3' });
  });

  it('never gives a new sentence the id of one deleted, even over several edits', () => {
    const saved = buildUserText({ ...base, paragraphs: story });
    const shorter = buildUserText({ ...base, paragraphs: [['Umuulan kanina.', 'Naglaro ang mga bata.']], previous: saved });
    const longer = buildUserText({
      ...base,
      paragraphs: [['Umuulan kanina.', 'Naglaro ang mga bata.', 'Natulog sila.']],
      previous: shorter,
    });
    expect(idsOf(longer)['Natulog sila.']).toBe('s4');
    expect(v.safeParse(UserTextRecordSchema, longer).success).toBe(true);
  });

  it('keeps the English of kept sentences under their ids, and the creation date', () => {
    const saved = buildUserText({
      ...base,
      paragraphs: story,
      pairs: story[0]!.map((tl, index) => ({ tl: [tl], en: [`E${index}`] })),
      createdAt: '2026-01-01T00:00:00.000Z',
    });
    const edited = buildUserText({
      ...base,
      paragraphs: [story[0]!.slice(1)],
      pairs: story[0]!.slice(1).map((tl, index) => ({ tl: [tl], en: [`E${index + 1}`] })),
      previous: saved,
      now: new Date('2026-04-01T00:00:00Z'),
    });
    expect(edited.translation?.sentences).toEqual({ s2: 'E1', s3: 'E2' });
    expect(edited.createdAt).toBe('2026-01-01T00:00:00.000Z');
  });
});

describe('the source of a learner’s text', () => {
  it('is stored as a marker, not as words of the interface language', () => {
    const record = buildUserText({ ...base, source: undefined, paragraphs });
    expect(record.text.source).toBe(OWN_TEXT_SOURCE);
    expect(isOwnTextSource(record.text.source)).toBe(true);
  });

  it('keeps a named source as it was written', () => {
    const record = buildUserText({ ...base, source: 'Liwayway, 1965', paragraphs });
    expect(record.text.source).toBe('Liwayway, 1965');
    expect(isOwnTextSource(record.text.source)).toBe(false);
  });
});

describe('reading a stored text', () => {
  /** A record as version 1 stored it: the source in the words of the interface language. */
  const version1 = (source: string) => ({
    kind: 'user-text',
    version: 1,
    text: {
      format: 'tulay-text',
      version: 1,
      id: 'mine-old',
      language: 'tl',
      titleTl: 'Ulan',
      titleEn: 'Ulan',
      source,
      level: 'beginner',
      paragraphs: [
        { id: 'p0', role: 'title', sentences: [{ id: 's0', text: 'Ulan' }] },
        { id: 'p1', sentences: [{ id: 's1', text: 'Umuulan.' }, { id: 's2', text: 'Basa kami.' }] },
      ],
    },
    translation: null,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-02T00:00:00.000Z',
  });

  it.each([
    ['English', 'Added by you'],
    ['Tagalog', 'Idinagdag mo'],
  ])('reads a version 1 text saved in the %s interface as the learner’s own', (_language, label) => {
    const parsed = v.parse(UserTextRecordSchema, version1(label));
    expect(parsed.version).toBe(USER_TEXT_VERSION);
    expect(parsed.text.source).toBe(OWN_TEXT_SOURCE);
    expect(parsed.text.paragraphs).toEqual(version1(label).text.paragraphs);
  });

  it('keeps any other source of a version 1 text, and numbers new sentences after its last', () => {
    const parsed = v.parse(UserTextRecordSchema, version1('Liwayway'));
    expect(parsed.text.source).toBe('Liwayway');
    const edited = buildUserText({ ...base, paragraphs: [['Basa kami.', 'Bago.']], previous: parsed });
    expect(sentencesOf(edited.text).map((sentence) => sentence.id)).toEqual(['s0', 's2', 's3']);
  });

  it.each([
    ['an unknown version', { ...version1('x'), version: 99 }],
    ['a current record whose count is behind its ids', { ...buildUserText({ ...base, paragraphs }), nextSentenceNumber: 2 }],
    ['a current record without its count', { ...buildUserText({ ...base, paragraphs }), nextSentenceNumber: undefined }],
  ])('refuses %s', (_name, record) => {
    expect(v.safeParse(UserTextRecordSchema, record).success).toBe(false);
  });
});

describe('englishTitleOf', () => {
  it.each([
    ['with a translation', { titleEn: 'Rain', pairs: [{ tl: ['Umuulan.'], en: ['It rains.'] }] }, 'Rain'],
    ['without a translation', { titleEn: 'Rain' }, 'Rain'],
    ['when none was given', {}, undefined],
  ])('gives the English title the learner entered, %s', (_name, extra, expected) => {
    const record = buildUserText({ ...base, paragraphs: [['Umuulan.']], ...extra });
    expect(englishTitleOf(record)).toBe(expected);
  });
});

describe('joinEnglishOnlyPairs', () => {
  it('joins English with no Tagalog to the pair before it, or after it at the start', () => {
    expect(
      joinEnglishOnlyPairs([
        { tl: [], en: ['Foreword.'] },
        { tl: ['Isa.'], en: ['One.'] },
        { tl: [], en: ['Extra.'] },
        { tl: [], en: ['More.'] },
        { tl: ['Dalawa.'], en: [] },
      ]),
    ).toEqual([
      { tl: ['Isa.'], en: ['Foreword.', 'One.', 'Extra.', 'More.'] },
      { tl: ['Dalawa.'], en: [] },
    ]);
  });

  it('keeps English that has no Tagalog at all to join', () => {
    expect(joinEnglishOnlyPairs([{ tl: [], en: ['Only English.'] }])).toEqual([
      { tl: [], en: ['Only English.'] },
    ]);
  });
});
