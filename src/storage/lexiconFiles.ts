// The lexicon ships as several JSON chunks (by initial letter, plus function words, phrases and
// names). The reader fetches them after its first paint, so a tap finds them ready; each chunk is
// validated when it arrives, and a damaged one is reported without taking the others down.
import * as v from 'valibot';
import { Lexicon, LexiconFileSchema, type LexiconFile } from '../domain/lexicon';

const lexiconModules = import.meta.glob<{ default: unknown }>('../../content/lexicon/*.json');

export class LexiconLoadError extends Error {
  override readonly name = 'LexiconLoadError';
}

export interface LoadedLexicon {
  readonly lexicon: Lexicon;
  /** Files that could not be used, with why; the rest of the lexicon still works. */
  readonly failures: readonly string[];
}

let loading: Promise<LoadedLexicon> | undefined;

async function loadFile(
  path: string,
  load: () => Promise<{ default: unknown }>,
): Promise<LexiconFile> {
  const parsed = v.safeParse(LexiconFileSchema, (await load()).default);
  if (!parsed.success)
    throw new LexiconLoadError(
      `${path.replace(/^.*\//, '')}: ${parsed.issues[0]?.message ?? 'invalid'}`,
    );
  return parsed.output;
}

export function loadLexicon(): Promise<LoadedLexicon> {
  loading ??= Promise.allSettled(
    Object.entries(lexiconModules).map(([path, load]) => loadFile(path, load)),
  ).then((results) => {
    const files: LexiconFile[] = [];
    const failures: string[] = [];
    for (const result of results) {
      if (result.status === 'fulfilled') files.push(result.value);
      else failures.push(String((result.reason as Error)?.message ?? result.reason));
    }
    if (files.length === 0 && failures.length > 0) {
      loading = undefined; // let a later tap try again (e.g. once back online)
      throw new LexiconLoadError(failures.join('; '));
    }
    return { lexicon: new Lexicon(files), failures };
  });
  return loading;
}
