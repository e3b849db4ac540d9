import type { TagalogDictionary } from '../../domain/alignment/anchors';
import { wordSenses } from '../../domain/lexicon';
import { analyze } from '../../domain/morphology/analyze';
import { loadLexicon } from '../../storage/lexiconFiles';

/** The lexicon's senses of Tagalog words, for pairing sentences; none if it cannot be loaded. */
export async function pairingDictionary(): Promise<TagalogDictionary | undefined> {
  try {
    const { lexicon } = await loadLexicon();
    return wordSenses(lexicon, analyze);
  } catch {
    return undefined;
  }
}

/** Starts loading the lexicon while the learner types, so that pairing need not wait for it. */
export function prefetchPairingDictionary(): void {
  loadLexicon().catch(() => undefined); // pairing goes on without it
}
