import type { Paragraph, Text } from '../../domain/content';

/**
 * About how many letters of a text are rendered before its first paint: screens and screens of
 * it, so that an article is rendered whole at once, while a long text shows its start without
 * waiting for every word's button to be made (10,000 words took about 1.9 s to open with the CPU
 * slowed 4x), and the rest follows in the background, as much again at a time.
 */
const FIRST_RENDER_LETTERS = 8_000;

/** What is rendered at once below the sentence the reader opens at, when that is further down. */
const BELOW_TARGET_LETTERS = 3_000;

const lettersOf = (paragraph: Paragraph): number =>
  paragraph.sentences.reduce((sum, sentence) => sum + sentence.text.length, 0);

/**
 * The number of paragraphs rendered once `budget` letters' worth more than the first `count` are
 * (one paragraph at least, if any is left).
 */
export function paragraphsAfter(text: Text, count: number, budget = FIRST_RENDER_LETTERS): number {
  const { paragraphs } = text;
  let after = count;
  for (let letters = 0; after < paragraphs.length && (after === count || letters < budget); after++)
    letters += lettersOf(paragraphs[after]!);
  return after;
}

/**
 * How many paragraphs to render first: the first `budget` letters' worth (one paragraph at
 * least), and, where the reader opens at `sentenceId` further down, up to it and a screenful more.
 */
export function paragraphsToRenderFirst(
  text: Text,
  sentenceId: string | undefined,
  budget = FIRST_RENDER_LETTERS,
): number {
  const { paragraphs } = text;
  const count = paragraphsAfter(text, 0, budget);
  const target =
    sentenceId === undefined
      ? -1
      : paragraphs.findIndex((paragraph) => paragraph.sentences.some((s) => s.id === sentenceId));
  if (target < count) return count;
  return paragraphsAfter(text, target + 1, BELOW_TARGET_LETTERS);
}
