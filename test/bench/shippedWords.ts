// The words of the texts shipped with the app, in reading order, read as the validator reads them.
import { join } from 'node:path';
import * as v from 'valibot';
import { readTextFiles } from '../../scripts/content-files';
import { sentencesOf, TextSchema } from '../../src/domain/content';
import { tokenize } from '../../src/domain/text/tokenize';

const root = join(import.meta.dirname, '..', '..');

export function shippedTextWords(): string[] {
  return readTextFiles(root)
    .flatMap((files) => sentencesOf(v.parse(TextSchema, files.textData)))
    .flatMap((sentence) => tokenize(sentence.text))
    .flatMap((token) => (token.kind === 'word' ? [token.text] : []));
}
