// Loads the lexicon from content/lexicon for the command-line tools, validating each file.
import { Lexicon } from '../domain/lexicon';
import { readLexiconFiles } from './readLexiconFiles';

export { readLexiconFiles } from './readLexiconFiles';

export function lexiconFromDisk(): Lexicon {
  return new Lexicon(readLexiconFiles());
}
