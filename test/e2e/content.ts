// The shipped article and its English, read from disk, so the browser is checked against the source.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface SeedSentence {
  readonly id: string;
  readonly text: string;
  readonly english: string;
}

const root = join(import.meta.dirname, '..', '..');

export function seedArticle(textId = 'digital-rmb'): {
  titleTl: string;
  sentences: SeedSentence[];
} {
  const text = JSON.parse(readFileSync(join(root, 'content/texts', `${textId}.json`), 'utf8')) as {
    titleTl: string;
    paragraphs: { sentences: { id: string; text: string }[] }[];
  };
  const english = JSON.parse(
    readFileSync(join(root, 'locales/en/texts', `${textId}.json`), 'utf8'),
  ) as {
    sentences: Record<string, string>;
  };
  const sentences = text.paragraphs.flatMap((paragraph) =>
    paragraph.sentences.map((sentence) => ({
      ...sentence,
      english: english.sentences[sentence.id] ?? '',
    })),
  );
  return { titleTl: text.titleTl, sentences };
}

/** The seed file itself, line by line: what the learner must see verbatim. */
export function seedSourceLines(): string[] {
  return readFileSync(join(root, 'test/fixtures/seed-source.txt'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '');
}
