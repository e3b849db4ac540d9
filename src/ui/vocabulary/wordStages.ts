// Which words of a text the learner saved (and how well they know them) or marked known. Loaded
// after the reader has painted; every word is looked up as the gloss dialog would, so a word's
// mark follows the headword its card is filed under. The words of a saved phrase are marked with
// the phrase's stage, where they have none of their own.
import type { Text } from '../../domain/content';
import { lookupWord, type Lexicon } from '../../domain/lexicon';
import { contextAt } from '../../domain/lexicon/phraseInput';
import { sentencePhrases } from '../../domain/lexicon/sentencePhrases';
import { analyze } from '../../domain/morphology/analyze';
import type { ReviewSettings } from '../../domain/review/settings';
import { headwordOfLookup } from '../../domain/vocab/headword';
import { wordId } from '../../domain/vocab/savedWord';
import { stageOf, type Stage } from '../../domain/vocab/stage';
import { loadLexicon } from '../../storage/lexiconFiles';
import { vocabularyRepository } from '../../storage/vocabularyRepository';
import { yieldToBrowser } from '../common/scheduling';

export interface TextStages {
  readonly settings: ReviewSettings;
  /** Stage by `${sentenceId}|${wordIndex}`, for words saved or marked known. */
  readonly marks: ReadonlyMap<string, Stage>;
  /** Different words (headwords) of the text not yet known. */
  readonly unknown: number;
}

export const markKey = (sentenceId: string, wordIndex: number): string =>
  `${sentenceId}|${wordIndex}`;

interface TextWord {
  readonly key: string;
  readonly id: string;
  readonly name: boolean;
}

/** A phrase of the lexicon in the text, by the id it is saved under, with its words' keys. */
interface TextPhrase {
  readonly id: string;
  readonly keys: readonly string[];
}

interface TextItems {
  readonly words: readonly TextWord[];
  readonly phrases: readonly TextPhrase[];
}

// Every save or review reloads the marks; the text's words and their roots stay the same. Kept as
// the work in progress, so that a reload while a long text is still being looked up waits for
// that lookup rather than starting another; a lookup that failed is not kept.
const itemsByText = new WeakMap<Text, Promise<TextItems>>();

// Looked up a slice at a time, the browser free in between: 10,000 words in one go held the main
// thread for 2.7 s with the CPU slowed 4x, and a tap then waited as long.
const SLICE_MS = 16;

/**
 * The headword each word's card is filed under, and the phrases a card may be filed under: as the
 * gloss dialog's "Save" and "Save phrase" would file them.
 */
function itemsOf(text: Text, lexicon: Lexicon): Promise<TextItems> {
  let items = itemsByText.get(text);
  if (!items) {
    items = lookUpItems(text, lexicon);
    itemsByText.set(text, items);
    items.catch(() => itemsByText.delete(text));
  }
  return items;
}

/** What `itemsOf` keeps, looked up a slice at a time. */
async function lookUpItems(text: Text, lexicon: Lexicon): Promise<TextItems> {
  const words: TextWord[] = [];
  const phrases: TextPhrase[] = [];
  let sliceStart = performance.now();
  for (const paragraph of text.paragraphs) {
    for (const sentence of paragraph.sentences) {
      if (performance.now() - sliceStart > SLICE_MS) {
        await yieldToBrowser();
        sliceStart = performance.now();
      }
      const {
        input,
        wordPositions,
        phrases: found,
      } = sentencePhrases(lexicon, sentence.text, analyze);
      const keyAt = new Map<number, string>();
      wordPositions.forEach((position, wordIndex) => {
        const word = input[position];
        if (!word) return;
        const key = markKey(sentence.id, wordIndex);
        keyAt.set(position, key);
        const result = lookupWord(lexicon, analyze, word, contextAt(input, position));
        words.push({
          key,
          id: wordId(headwordOfLookup(result, word)),
          name: result.readings[0]?.entry.pos.includes('name') ?? false,
        });
      });
      for (const { entry, start, end } of found) {
        const keys: string[] = [];
        for (let position = start; position < end; position++) {
          const key = keyAt.get(position);
          if (key !== undefined) keys.push(key);
        }
        phrases.push({ id: wordId(entry.lemma), keys });
      }
    }
  }
  return { words, phrases };
}

export async function stagesOfText(text: Text): Promise<TextStages> {
  const repository = vocabularyRepository();
  const [{ lexicon }, settings] = await Promise.all([loadLexicon(), repository.getSettings()]);
  const { words, phrases } = await itemsOf(text, lexicon);
  const ids = [...new Set([...words, ...phrases].map((item) => item.id))];
  const [saved, known] = await Promise.all([repository.getWords(ids), repository.knownAmong(ids)]);
  const stageById = new Map<string, Stage>();
  for (const word of saved) stageById.set(word.id, stageOf(word, settings.directions));
  for (const id of known) stageById.set(id, 'known');
  const marks = new Map<string, Stage>();
  const unknown = new Set<string>();
  for (const word of words) {
    const stage = stageById.get(word.id);
    if (stage) marks.set(word.key, stage);
    if (stage !== 'known' && !word.name) unknown.add(word.id);
  }
  for (const phrase of phrases) {
    const stage = stageById.get(phrase.id);
    if (stage) for (const key of phrase.keys) if (!marks.has(key)) marks.set(key, stage);
  }
  return { settings, marks, unknown: unknown.size };
}
