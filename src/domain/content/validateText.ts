import { parseWith } from './parse';
import type { ContentProblem } from './problems';
import { TextSchema, TranslationSchema, sentencesOf, type Text } from './textSchema';

export interface TextFiles {
  readonly textFile: string;
  readonly textData: unknown;
  readonly translationFile: string;
  /** `undefined` when the translation file does not exist. */
  readonly translationData: unknown;
}

/** Checks one text against its English: unique ids, every sentence translated, no orphan keys. */
export function validateText(files: TextFiles): { text?: Text; problems: ContentProblem[] } {
  const parsed = parseWith(TextSchema, files.textData, files.textFile);
  if (!parsed.ok) return { problems: [...parsed.problems] };
  const text = parsed.value;
  const problems: ContentProblem[] = [];
  const at = (file: string, sentenceId: string | undefined, message: string): void => {
    problems.push({ file, textId: text.id, ...(sentenceId ? { sentenceId } : {}), message });
  };

  const expectedName = `${text.id}.json`;
  if (!files.textFile.endsWith(expectedName)) at(files.textFile, undefined, `file name must be ${expectedName}`);

  const seen = new Set<string>();
  for (const paragraph of text.paragraphs) {
    if (seen.has(paragraph.id)) at(files.textFile, undefined, `duplicate paragraph id ${paragraph.id}`);
    seen.add(paragraph.id);
  }
  const sentenceIds = new Set<string>();
  for (const sentence of sentencesOf(text)) {
    if (sentenceIds.has(sentence.id) || seen.has(sentence.id)) at(files.textFile, sentence.id, 'duplicate id');
    sentenceIds.add(sentence.id);
    if (sentence.text.trim() !== sentence.text) at(files.textFile, sentence.id, 'leading or trailing space');
  }

  if (files.translationData === undefined) {
    at(files.translationFile, undefined, 'translation file is missing');
    return { text, problems };
  }
  const translation = parseWith(TranslationSchema, files.translationData, files.translationFile, text.id);
  if (!translation.ok) return { text, problems: [...problems, ...translation.problems] };
  const { sentences, notes = {} } = translation.value;
  for (const sentenceId of sentenceIds) {
    if (!(sentenceId in sentences)) at(files.translationFile, sentenceId, 'no English translation');
  }
  for (const key of Object.keys(sentences)) {
    if (!sentenceIds.has(key)) at(files.translationFile, key, 'translation for a sentence that does not exist');
  }
  for (const key of Object.keys(notes)) {
    if (!sentenceIds.has(key)) at(files.translationFile, key, 'note for a sentence that does not exist');
  }
  return { text, problems };
}
