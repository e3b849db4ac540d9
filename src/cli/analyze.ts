// `npm run -s analyze`: words one per line on stdin; per word one JSON line with every plausible
// root, best first, found by the analyzer alone (no lexicon): {"form", "candidates": [...]}.
import { candidateRoots } from '../domain/morphology/analyze';
import { answerEachLine } from './lineIo';

// Without the analyzer's memo: the answers are kept as text per distinct line instead.
answerEachLine(
  (word, form) => JSON.stringify({ form, candidates: candidateRoots(word, { memo: false }) }),
  (form) => JSON.stringify({ form, candidates: [] }),
);
