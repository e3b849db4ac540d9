// The lexicon ships as three modules (see scripts/lexiconBundle.ts): the core, which the reader
// fetches after its first paint so a tap finds it ready, and the details (notes, examples) and
// the extra entries (English words, names, literary words, loanwords of particular fields),
// fetched when the learner first reaches for a word. Each is validated when it arrives; damaged
// details or extra entries are reported and the glosses still work from the core.
import * as v from 'valibot';
import {
  joinLexicon,
  Lexicon,
  LexiconDetailsFileSchema,
  LexiconFileSchema,
  PackedCoreSchema,
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
      const parsed = v.safeParse(PackedCoreSchema, module.default);
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

/** A part of the lexicon as it arrived, or why it is missing or damaged. */
interface Part {
  readonly file?: LexiconFile;
  readonly failure?: string;
}

/** The core joined with its details, or the core alone with why the details are missing. */
function withDetails(
  file: LexiconFile,
  details: { default: unknown } | undefined,
): Part & { file: LexiconFile } {
  if (!details) return { file, failure: 'lexicon details: not loaded' };
  const parsed = v.safeParse(LexiconDetailsFileSchema, details.default);
  if (!parsed.success) return { file, failure: `lexicon details: ${problemOf(parsed.issues)}` };
  return { file: joinLexicon(file, parsed.output) };
}

/** The extra entries, or why they are missing. */
function extraFile(extra: { default: unknown } | undefined): Part {
  if (!extra) return { failure: 'lexicon extra entries: not loaded' };
  const parsed = v.safeParse(LexiconFileSchema, extra.default);
  if (!parsed.success) return { failure: `lexicon extra entries: ${problemOf(parsed.issues)}` };
  return { file: parsed.output };
}

/** The whole lexicon: the core with its details and the extra entries. Fetches what is missing. */
export function loadLexicon(): Promise<LoadedLexicon> {
  full ??= Promise.all([
    loadCore(),
    import('virtual:lexicon-details').catch(() => undefined),
    import('virtual:lexicon-extra').catch(() => undefined),
  ])
    .then(([file, details, extra]) => {
      const core = withDetails(file, details);
      const more = extraFile(extra);
      return {
        lexicon: new Lexicon(more.file ? [core.file, more.file] : [core.file]),
        failures: [core.failure, more.failure].filter((failure) => failure !== undefined),
      };
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
