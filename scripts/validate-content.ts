// Fails the build when a text, a translation, a UI locale or the lexicon is broken.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  formatProblem,
  validateLexicon,
  validateLocales,
  validateText,
  type ContentProblem,
} from '../src/domain/content';
import { readLexiconSources, readTextFiles, readUiLocales, UI_LANGUAGES } from './content-files';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const problems: ContentProblem[] = [];
try {
  const texts = readTextFiles(root);
  for (const files of texts) problems.push(...validateText(files).problems);
  problems.push(...validateLocales(readUiLocales(root), UI_LANGUAGES));
  problems.push(...validateLexicon(readLexiconSources(root)));
  if (problems.length === 0) {
    console.log(
      `content ok: ${texts.length} text(s), UI locales ${UI_LANGUAGES.join('/')}, lexicon`,
    );
  }
} catch (error) {
  problems.push({ file: 'content', message: (error as Error).message });
}
if (problems.length > 0) {
  for (const problem of problems) console.error(formatProblem(problem));
  console.error(`\n${problems.length} content problem(s).`);
  process.exit(1);
}
