// The lexicon ships as two modules (see scripts/lexiconBundle.ts): the core, which the reader
// fetches after its first paint so a tap finds it ready, and the details (notes, examples),
// fetched when the learner first reaches for a word. Each is validated when it arrives; damaged
// details are reported and the glosses still work from the core.
import * as v from 'valibot';
import {
  joinLexicon,
  Lexicon,
  LexiconDetailsFileSchema,
  LexiconFileSchema,
  type LexiconFile,
} from '../domain/lexicon';

export class LexiconLoadError extends Error {
  override readonly name = 'LexiconLoadError';
}

export interface LoadedLexicon {
  readonly lexicon: Lexicon;
  /** What could not be used, with why; the rest of the lexicon still works. */
  readonly failures: readonly string[];
}

let core: Promise<LexiconFile> | undefined;
let full: Promise<LoadedLexicon> | undefined;
let loaded: LoadedLexicon | undefined;

function problemOf(issues: readonly v.BaseIssue<unknown>[]): string {
  const issue = issues[0];
  const path = issue?.path?.map((item) => String(item.key)).join('.') ?? '';
  return `${path ? `${path}: ` : ''}${issue?.message ?? 'invalid'}`;
}

function loadCore(): Promise<LexiconFile> {
  core ??= import('virtual:lexicon-core')
    .then((module) => {
      const parsed = v.safeParse(LexiconFileSchema, module.default);
      if (!parsed.success) throw new LexiconLoadError(`lexicon: ${problemOf(parsed.issues)}`);
      return parsed.output;
    })
    .catch((error: unknown) => {
      core = undefined; // let a later tap try again (e.g. once back online)
      throw error instanceof LexiconLoadError ? error : new LexiconLoadError(String(error));
    });
  return core;
}

/** Starts fetching the core lexicon (the reader calls this once it has painted). */
export function prefetchLexicon(): void {
  loadCore().catch(() => undefined); // reported when a word is tapped
}

/** The whole lexicon: the core with its details. Fetches whatever is not loaded yet. */
export function loadLexicon(): Promise<LoadedLexicon> {
  full ??= Promise.all([loadCore(), import('virtual:lexicon-details').catch(() => undefined)])
    .then(([file, details]) => {
      if (!details)
        return { lexicon: new Lexicon([file]), failures: ['lexicon details: not loaded'] };
      const parsed = v.safeParse(LexiconDetailsFileSchema, details.default);
      if (!parsed.success)
        return {
          lexicon: new Lexicon([file]),
          failures: [`lexicon details: ${problemOf(parsed.issues)}`],
        };
      return { lexicon: new Lexicon([joinLexicon(file, parsed.output)]), failures: [] };
    })
    .then((lexicon) => (loaded = lexicon))
    .catch((error: unknown) => {
      full = undefined;
      throw error;
    });
  return full;
}

/** The whole lexicon if it has already arrived: a gloss can then be shown in the same frame. */
export function lexiconIfLoaded(): LoadedLexicon | undefined {
  return loaded;
}
