// The learner's own glosses, read once and kept in memory; writes go through to IndexedDB.
import { lexiconKey, type OwnGloss } from '../domain/lexicon';
import { libraryRepository } from './libraryRepository';

let cache: Promise<Map<string, OwnGloss>> | undefined;

function load(): Promise<Map<string, OwnGloss>> {
  cache ??= libraryRepository()
    .listGlosses()
    .then((glosses) => new Map(glosses.map((gloss) => [gloss.form, gloss])))
    // Without IndexedDB there are simply no own glosses; saving one reports the problem.
    .catch(() => new Map());
  return cache;
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
}
