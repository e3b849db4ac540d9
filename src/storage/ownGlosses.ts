// The learner's own glosses, read once and kept in memory; writes go through to IndexedDB.
import { lexiconKey, type OwnGloss } from '../domain/lexicon';
import { libraryRepository } from './libraryRepository';

let cache: Promise<Map<string, OwnGloss>> | undefined;
let loaded: Map<string, OwnGloss> | undefined;

function load(): Promise<Map<string, OwnGloss>> {
  cache ??= libraryRepository()
    .listGlosses()
    .then((glosses) => new Map(glosses.map((gloss) => [gloss.form, gloss])))
    // Without IndexedDB there are simply no own glosses; saving one reports the problem.
    .catch(() => new Map<string, OwnGloss>())
    .then((glosses) => (loaded = glosses));
  return cache;
}

/** Starts reading the own glosses, so that a later tap finds them in memory. */
export function prefetchOwnGlosses(): void {
  void load();
}

/**
 * The learner's own gloss of `word` if the glosses are in memory already: `{ own }`, with
 * `own` undefined when there is none; undefined when they have not been read yet.
 */
export function ownGlossIfLoaded(word: string): { own: OwnGloss | undefined } | undefined {
  return loaded && { own: loaded.get(lexiconKey(word)) };
}

export async function ownGlossFor(word: string): Promise<OwnGloss | undefined> {
  return (await load()).get(lexiconKey(word));
}

export async function saveOwnGloss(gloss: OwnGloss): Promise<void> {
  await libraryRepository().putGloss(gloss);
  (await load()).set(gloss.form, gloss);
}

export async function removeOwnGloss(form: string): Promise<void> {
  await libraryRepository().deleteGloss(form);
  (await load()).delete(form);
}

/** After a backup is imported. */
export function forgetOwnGlosses(): void {
  cache = undefined;
  loaded = undefined;
}
