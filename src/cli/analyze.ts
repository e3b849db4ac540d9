// `npm run -s analyze`: words one per line on stdin; per word one JSON line with every plausible
// root, best first, found by the analyzer alone (no lexicon): {"form", "candidates": [...]}.
import { candidateRoots } from '../domain/morphology/analyze';
import { readStdinLines, writeLines } from './lineIo';

// Each line once per distinct word, kept as text: smaller to keep than the analyses, and a batch of
// distinct words then keeps nothing it never reads again.
const lines = new Map<string, string>();

writeLines(
  (function* () {
    for (const form of readStdinLines()) {
      let line = lines.get(form);
      if (line === undefined) {
        const word = form.trim();
        const candidates = word === '' ? [] : candidateRoots(word, { memo: false });
        line = JSON.stringify({ form, candidates });
        lines.set(form, line);
      }
      yield line;
    }
  })(),
);
