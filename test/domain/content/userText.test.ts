import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { buildUserText, plainTextOf, UserTextRecordSchema } from '../../../src/domain/content/userText';
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
