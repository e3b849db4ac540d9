// Which words of a text the learner saved (and how well they know them) or marked known. Loaded
// after the reader has painted; every word is looked up as the gloss dialog would, so a word's
// mark follows the headword its card is filed under.
import type { Text } from '../../domain/content';
import { lookupWord, type Lexicon } from '../../domain/lexicon';
import { contextAt, phraseInput } from '../../domain/lexicon/phraseInput';
import { analyze } from '../../domain/morphology/analyze';
import type { ReviewSettings } from '../../domain/review/settings';
import { headwordOfLookup } from '../../domain/vocab/headword';
import { wordId } from '../../domain/vocab/savedWord';
import { stageOf, type Stage } from '../../domain/vocab/stage';
import { loadLexicon } from '../../storage/lexiconFiles';
import { vocabularyRepository } from '../../storage/vocabularyRepository';

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

// Every save or review reloads the marks; the text's words and their roots stay the same.
const rootsByText = new WeakMap<Text, readonly TextWord[]>();

/** The headword a word's card is filed under: as the gloss dialog's "Save" would file it. */
function rootsOf(text: Text, lexicon: Lexicon): readonly TextWord[] {
  const cached = rootsByText.get(text);
  if (cached) return cached;
  const words: TextWord[] = [];
  for (const paragraph of text.paragraphs) {
    for (const sentence of paragraph.sentences) {
      const { input, wordPositions } = phraseInput(sentence.text);
      wordPositions.forEach((position, wordIndex) => {
        const word = input[position];
        if (!word) return;
        const result = lookupWord(lexicon, analyze, word, contextAt(input, position));
        words.push({
          key: markKey(sentence.id, wordIndex),
          id: wordId(headwordOfLookup(result, word)),
          name: result.readings[0]?.entry.pos.includes('name') ?? false,
        });
      });
    }
  }
  rootsByText.set(text, words);
  return words;
}

export async function stagesOfText(text: Text): Promise<TextStages> {
  const repository = vocabularyRepository();
  const [{ lexicon }, settings] = await Promise.all([loadLexicon(), repository.getSettings()]);
  const words = rootsOf(text, lexicon);
  const ids = [...new Set(words.map((word) => word.id))];
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
  return { settings, marks, unknown: unknown.size };
}
