import * as v from 'valibot';
import { PARTS_OF_SPEECH, type LexiconEntry } from './entry';
import type { Analyze, LookupResult } from './lookup';
import { lexiconKey } from './normalize';

/** A meaning the learner wrote for a word the lexicon lacks or glosses poorly (version 1). */
export const OwnGlossSchema = v.strictObject({
  kind: v.literal('own-gloss'),
  version: v.literal(1),
  /** The word as filed (`lexiconKey`), e.g. `nagbibilang`. */
  form: v.pipe(v.string(), v.minLength(1)),
  root: v.pipe(v.string(), v.trim(), v.minLength(1)),
  sense: v.pipe(v.string(), v.trim(), v.minLength(1)),
  pos: v.optional(v.picklist(PARTS_OF_SPEECH)),
  updatedAt: v.pipe(v.string(), v.isoTimestamp()),
});
export type OwnGloss = v.InferOutput<typeof OwnGlossSchema>;

export function ownGloss(word: string, root: string, sense: string, now: Date): OwnGloss {
  return {
    kind: 'own-gloss',
    version: 1,
    form: lexiconKey(word),
    root: lexiconKey(root),
    sense: sense.trim(),
    updatedAt: now.toISOString(),
  };
}

/** The learner's gloss as a lexicon entry, so every view can show it like any other. */
export function entryOfOwnGloss(gloss: OwnGloss): LexiconEntry {
  return { lemma: gloss.root, pos: [gloss.pos ?? 'noun'], senses: [gloss.sense] };
}

/** The lookup result with the learner's gloss first: theirs wins wherever the word appears. */
export function withOwnGloss(
  result: LookupResult,
  gloss: OwnGloss | undefined,
  analyze: Analyze,
): LookupResult {
  if (!gloss) return result;
  const analysis = analyze(gloss.form).find((candidate) => candidate.root === gloss.root) ?? {
    form: gloss.form,
    root: gloss.root,
    affixes: [],
    score: 0,
  };
  const own = {
    lemma: gloss.root,
    entry: entryOfOwnGloss(gloss),
    analysis,
    score: Number.POSITIVE_INFINITY,
    own: true as const,
  };
  return { word: result.word, readings: [own, ...result.readings] };
}
