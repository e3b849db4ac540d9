import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sentencesOf, type Text } from '../../../src/domain/content';
import { textStats } from '../../../src/domain/content/textStats';
import { buildUserText } from '../../../src/domain/content/userText';

describe('textStats', () => {
  it('counts the sentences and words of the body, not the title', () => {
    const record = buildUserText({
      id: 'mine-1',
      title: 'Mangga',
      level: 'beginner',
      paragraphs: [['Kumain ako ng mangga.']],
      now: new Date('2026-03-01T08:00:00Z'),
    });
    expect(textStats(record.text)).toEqual({ sentences: 1, words: 4 });
  });

  it('leaves out the title paragraph of a shipped text', () => {
    const file = join(import.meta.dirname, '../../../content/texts/digital-rmb.json');
    const text = JSON.parse(readFileSync(file, 'utf8')) as Text;
    const titles = text.paragraphs.filter((paragraph) => paragraph.role === 'title');
    expect(titles).toHaveLength(1);
    expect(textStats(text).sentences).toBe(sentencesOf(text).length - 1);
  });
});
