// A saved word (the learner's card), as stored: one record per headword (a root, or a word the
// lexicon derives from it with a meaning of its own), with every sentence the word was met in and
// the review state of each direction.
import * as v from 'valibot';
import { lexiconKey } from '../lexicon/normalize';
import { DIRECTIONS, newSchedule, ScheduleSchema, type Direction } from '../review/schedule';
import type { WordContext } from './wordContext';

export const SAVED_WORD_VERSION = 1;
export const DEFAULT_LIST_ID = 'my-words';

const instant = v.pipe(v.number(), v.integer(), v.minValue(0));
const id = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
const offset = v.pipe(v.number(), v.integer(), v.minValue(0));

export const MeetingSchema = v.strictObject({
  surface: v.string(),
  sentenceTl: v.string(),
  /**
   * Where `surface` begins in `sentenceTl` (UTF-16 code units): which of its occurrences was met.
   * An offset into the sentence kept beside it, so it stays right whatever the tokenizer comes to
   * count as a word. Optional: meetings saved before it was kept have none (and old records keep
   * their version).
   */
  start: v.optional(offset),
  sentenceEn: v.string(),
  textId: v.string(),
  sentenceId: v.string(),
  savedAt: instant,
});
/** One sentence the word was met (and saved) in. */
export type Meeting = v.InferOutput<typeof MeetingSchema>;

export const SavedWordSchema = v.strictObject({
  kind: v.literal('saved-word'),
  version: v.literal(SAVED_WORD_VERSION),
  /**
   * `wordId(headword)`: saving the same word again adds to this record. Records saved before
   * headwords were told apart are keyed by their root, which is the headword of most words.
   */
  id,
  root: v.pipe(v.string(), v.minLength(1)),
  sense: v.string(),
  pos: v.string(),
  notes: v.string(),
  lists: v.array(id),
  contexts: v.array(MeetingSchema),
  schedules: v.strictObject({
    recognition: ScheduleSchema,
    recall: ScheduleSchema,
    cloze: ScheduleSchema,
  }),
  createdAt: instant,
  updatedAt: instant,
});
export type SavedWord = v.InferOutput<typeof SavedWordSchema>;

export const WordListSchema = v.strictObject({
  kind: v.literal('word-list'),
  version: v.literal(1),
  id,
  /** `null` for the default list: its name is the interface's "My words", in either language. */
  name: v.nullable(v.pipe(v.string(), v.maxLength(200))),
  createdAt: instant,
});
export type WordList = v.InferOutput<typeof WordListSchema>;

/** A word marked "I know this": highlighted as known, never reviewed. */
export const KnownWordSchema = v.strictObject({
  kind: v.literal('known-word'),
  version: v.literal(1),
  id,
  root: v.pipe(v.string(), v.minLength(1)),
  markedAt: instant,
});
export type KnownWord = v.InferOutput<typeof KnownWordSchema>;

/** The key of the card for `headword` (see `WordContext.headword`). */
export function wordId(headword: string): string {
  return lexiconKey(headword);
}

export function defaultList(now: Date): WordList {
  return {
    kind: 'word-list',
    version: 1,
    id: DEFAULT_LIST_ID,
    name: null,
    createdAt: now.getTime(),
  };
}

export function knownWord(root: string, now: Date): KnownWord {
  return {
    kind: 'known-word',
    version: 1,
    id: wordId(root),
    root: root.trim(),
    markedAt: now.getTime(),
  };
}

function meetingOf(context: WordContext, now: Date): Meeting {
  return {
    surface: context.surface,
    sentenceTl: context.sentenceTl,
    ...(context.start === undefined ? {} : { start: context.start }),
    sentenceEn: context.sentenceEn,
    textId: context.textId,
    sentenceId: context.sentenceId,
    savedAt: now.getTime(),
  };
}

function sameMeeting(a: Meeting, b: Meeting): boolean {
  return a.textId === b.textId && a.sentenceId === b.sentenceId && a.surface === b.surface;
}

/**
 * Saves `context`: a new card, or the existing card of the same headword with this sentence added
 * (never a duplicate card, never the same sentence twice).
 */
export function saveWord(
  existing: SavedWord | undefined,
  context: WordContext,
  now: Date,
  listId: string = DEFAULT_LIST_ID,
): SavedWord {
  const meeting = meetingOf(context, now);
  if (existing) {
    const known = existing.contexts.some((other) => sameMeeting(other, meeting));
    // A sentence saved before places were kept learns where the word stands in it.
    const placed = (other: Meeting): Meeting =>
      other.start === undefined && meeting.start !== undefined && sameMeeting(other, meeting)
        ? { ...other, start: meeting.start }
        : other;
    return {
      ...existing,
      sense: existing.sense || context.sense,
      pos: existing.pos || context.pos,
      lists: existing.lists.includes(listId) ? existing.lists : [...existing.lists, listId],
      contexts: known ? existing.contexts.map(placed) : [...existing.contexts, meeting],
      updatedAt: now.getTime(),
    };
  }
  const schedule = newSchedule(now);
  return {
    kind: 'saved-word',
    version: SAVED_WORD_VERSION,
    id: wordId(context.headword),
    root: context.root.trim(),
    sense: context.sense.trim(),
    pos: context.pos,
    notes: '',
    lists: [listId],
    contexts: [meeting],
    schedules: { recognition: schedule, recall: schedule, cloze: schedule },
    createdAt: now.getTime(),
    updatedAt: now.getTime(),
  };
}

/**
 * The surface form to show for a word: the first one it was met in, else the root. The capital a
 * sentence gives its first word is not the word's (`Noong` → noong); a name's is, and so are
 * capitals inside a form (`BSP`, `People’s Bank of China`).
 */
export function displayForm(word: Pick<SavedWord, 'root' | 'contexts' | 'pos'>): string {
  const meeting = word.contexts[0];
  if (!meeting) return word.root;
  const { surface } = meeting;
  if (word.pos === 'name' || /\p{Lu}/u.test(surface.slice(1))) return surface;
  return startsSentence(surface, meeting.sentenceTl) ? surface.toLowerCase() : surface;
}

/** Whether `surface` is the first word of `sentence` (after any quote or bracket opening it). */
function startsSentence(surface: string, sentence: string): boolean {
  return sentence.replace(/^[^\p{L}\p{N}]+/u, '').startsWith(surface);
}

export function isDirection(value: string): value is Direction {
  return (DIRECTIONS as readonly string[]).includes(value);
}
