/**
 * Sentence ids of a learner's text across edits. Saved words, reading positions and revealed
 * translations point at a sentence by id, so an edit must not move an id to another sentence:
 * a sentence whose text is unchanged keeps its id, and a new one gets an id never used in the text.
 */
import { diffArrays } from 'diff';

export interface IdentifiedSentence {
  readonly id: string;
  readonly text: string;
}

export interface SentenceIds {
  /** One id per new sentence, in order. */
  readonly ids: string[];
  /** The number of the next id to give (`s<number>`): above every id the text has ever had. */
  readonly nextSentenceNumber: number;
}

/** Sentences added and removed beyond which an edit is not matched in order (see `orderedMatches`). */
const MAX_EDIT_LENGTH = 5_000;

export const sentenceId = (number: number): string => `s${number}`;

/** The number of an id `s<number>`, or `undefined` for any other id. */
export function sentenceNumber(id: string): number | undefined {
  const match = /^s(\d+)$/.exec(id);
  return match ? Number(match[1]) : undefined;
}

/**
 * Ids for `texts`, the sentences of the edited text, given the sentences it had (`previous`) and
 * the next unused number. Sentences are matched by text: first in order (so of two identical
 * sentences the one deleted is the one that loses its id), then
 * sentences moved elsewhere. Every other sentence gets a fresh number.
 */
export function keepSentenceIds(
  previous: readonly IdentifiedSentence[],
  texts: readonly string[],
  nextSentenceNumber: number,
): SentenceIds {
  const matched: (string | undefined)[] = texts.map(() => undefined);
  const used = new Set<number>();
  for (const [oldIndex, newIndex] of orderedMatches(
    previous.map((sentence) => sentence.text),
    texts,
  )) {
    matched[newIndex] = previous[oldIndex]!.id;
    used.add(oldIndex);
  }

  // A sentence moved out of order: the first unmatched old sentence with its text, in order.
  const unmatchedByText = new Map<string, string[]>();
  previous.forEach((sentence, index) => {
    if (used.has(index)) return;
    const ids = unmatchedByText.get(sentence.text) ?? [];
    ids.push(sentence.id);
    unmatchedByText.set(sentence.text, ids);
  });
  let next = nextSentenceNumber;
  const ids = texts.map((text, index) => {
    const kept = matched[index] ?? unmatchedByText.get(text)?.shift();
    return kept ?? sentenceId(next++);
  });
  return { ids, nextSentenceNumber: next };
}

/**
 * Index pairs `[old, new]` of equal texts, in order in both lists, as many as possible (a
 * shortest edit script, by jsdiff). An edit so large that the script would take long gives none:
 * every sentence is then matched by text alone (see `keepSentenceIds`).
 */
function orderedMatches(before: readonly string[], after: readonly string[]): Array<[number, number]> {
  const changes = diffArrays([...before], [...after], { maxEditLength: MAX_EDIT_LENGTH });
  const pairs: Array<[number, number]> = [];
  let oldIndex = 0;
  let newIndex = 0;
  for (const change of changes ?? []) {
    if (change.added) newIndex += change.count;
    else if (change.removed) oldIndex += change.count;
    else for (let step = 0; step < change.count; step++) pairs.push([oldIndex++, newIndex++]);
  }
  return pairs;
}
