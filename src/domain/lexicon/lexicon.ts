import type { DerivedForm, LexiconEntry, LexiconFile } from './entry';
import { lexiconKey } from './normalize';

/** A lexicon entry reached from a written form: the root's entry, and the derived form if listed. */
export interface LexiconHit {
  readonly entry: LexiconEntry;
  readonly derived?: DerivedForm;
}

/** An entry as written in several words: its lemma, or a variant, split into word keys. */
export interface PhraseForm {
  readonly entry: LexiconEntry;
  readonly words: readonly string[];
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The lexicon as indexes: by root, by written form, and phrase spellings by their first word. */
export class Lexicon {
  private readonly byLemma = new Map<string, LexiconEntry[]>();
  private readonly byForm = new Map<string, LexiconHit[]>();
  private readonly multiWord = new Map<string, PhraseForm[]>();
  private entryCount = 0;

  constructor(files: readonly LexiconFile[]) {
    for (const file of files) for (const entry of file.entries) this.add(entry);
  }

  private add(entry: LexiconEntry): void {
    this.entryCount += 1;
    const key = lexiconKey(entry.lemma);
    const phrase = /\s/.test(key);
    if (phrase) this.addPhraseForm(key, entry);
    else {
      push(this.byLemma, key, entry);
      push(this.byForm, key, { entry });
    }
    for (const variant of entry.variants ?? []) {
      const variantKey = lexiconKey(variant);
      // A spelling of several words is found as a phrase (`punong ministro` for punong-ministro);
      // a phrase written as one word (`iba't-iba`) is found as a word.
      if (/\s/.test(variantKey)) this.addPhraseForm(variantKey, entry);
      else {
        if (!phrase) push(this.byLemma, variantKey, entry);
        push(this.byForm, variantKey, { entry });
      }
    }
    if (phrase) return;
    for (const derived of entry.derived ?? [])
      push(this.byForm, lexiconKey(derived.form), { entry, derived });
  }

  get size(): number {
    return this.entryCount;
  }

  /** Entries whose root (or a spelling variant of it) is `root`. */
  entriesForRoot(root: string): readonly LexiconEntry[] {
    return this.byLemma.get(lexiconKey(root)) ?? [];
  }

  hasRoot(root: string): boolean {
    return this.byLemma.has(lexiconKey(root));
  }

  /** Entries listing exactly this written form: a root, a variant, or a derived form. */
  hitsForForm(form: string): readonly LexiconHit[] {
    return this.byForm.get(lexiconKey(form)) ?? [];
  }

  /** The spellings of several words (of phrases and names, and variants) starting with `word`. */
  phrasesStartingWith(word: string): readonly PhraseForm[] {
    return this.multiWord.get(lexiconKey(word)) ?? [];
  }

  /** Every spelling of several words. */
  phraseForms(): PhraseForm[] {
    return [...this.multiWord.values()].flat();
  }

  private addPhraseForm(key: string, entry: LexiconEntry): void {
    const words = key.split(/\s+/);
    push(this.multiWord, words[0] ?? key, { entry, words });
  }

  /** Every single-word lemma and variant, for evaluation tools. */
  lemmas(): IterableIterator<string> {
    return this.byLemma.keys();
  }
}
