// What is worked out from a lexicon with an analyzer, kept for as long as both live (tests pass
// stand-in analyzers, so the analyzer is part of the key).
import type { Lexicon } from './lexicon';
import type { Analyze } from './lookup';

/** `make` for each lexicon and analyzer, called once per pair and its result kept. */
export function keptPerLexicon<Value>(
  make: (lexicon: Lexicon, analyze: Analyze) => Value,
): (lexicon: Lexicon, analyze: Analyze) => Value {
  const kept = new WeakMap<Lexicon, WeakMap<Analyze, Value>>();
  return (lexicon, analyze) => {
    let byAnalyzer = kept.get(lexicon);
    if (!byAnalyzer) kept.set(lexicon, (byAnalyzer = new WeakMap()));
    let value = byAnalyzer.get(analyze);
    if (value === undefined) byAnalyzer.set(analyze, (value = make(lexicon, analyze)));
    return value;
  };
}
