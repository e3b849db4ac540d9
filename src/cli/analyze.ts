// `npm run -s analyze`: words one per line on stdin; per word one JSON line with every plausible
// root, best first, found by the analyzer alone (no lexicon): {"form", "candidates": [...]}.
import { candidateRoots } from '../domain/morphology/analyze';
import { readStdinLines, writeLines } from './lineIo';

writeLines(
  (function* () {
    for (const form of readStdinLines()) {
      const word = form.trim();
      yield JSON.stringify({ form, candidates: word === '' ? [] : candidateRoots(word) });
    }
  })(),
);
