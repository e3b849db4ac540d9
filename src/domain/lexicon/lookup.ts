// Looking a word up: the lexicon's entries for the roots the analyzer finds, best first (see
// readingRules for what decides among them), a guess where none is known.
import type { Analysis } from '../morphology/analysis';
import type { DerivedForm, LexiconEntry } from './entry';
import type { Lexicon } from './lexicon';
import { verbFormsOf } from './inflectedForms';
import { lexiconKey, withoutLinker } from './normalize';
import {
  afterPersonalMarker,
  buildsAWord,
  capitalisedInside,
  isFusedNasal,
  isShortCapitals,
  mayBeEnglishUnderAffixes,
  nameFit,
} from './capitalisedWords';
import { withAspectInContext } from './aspectInContext';
import { withListedVerbAspect } from './listedVerbAspect';
import { digitsReading } from './numberReading';
import { nySpelling, withNyReadings, withPlainSpellingFirst } from './tildeSpelling';
import {
  affixFit,
  bestRootKeepsNg,
  cliticHost,
  CLOSED_CLASS_UNDER_LINKER_BONUS,
  contextBonus,
  DERIVED_FORM_BONUS,
  EXACT_FORM_BONUS,
  identity,
  INFLECTED_FORM_BONUS,
  isClosedClass,
  isLinker,
  isName,
  LINKER_OVER_ROOT_NG_PENALTY,
  linkerOverRootNg,
  nameWrittenWhole,
  productivity,
  SA_OVER_ROOT_PENALTY,
  saOverListedRoot,
  spelledLemma,
  takesNoPieces,
  takesTheLinker,
  type SentenceContext,
} from './readingRules';

/** A reading of a word: a lexicon entry reached through one analysis. */
export interface Reading {
  readonly lemma: string;
  readonly entry: LexiconEntry;
  /** The derived form when the word is one the lexicon lists with its own meaning. */
  readonly derived?: DerivedForm;
  readonly analysis: Analysis;
  readonly score: number;
  /** Set when the reading is the learner's own gloss. */
  readonly own?: true;
}

export interface LookupResult {
  readonly word: string;
  /** Known readings, best first. Empty when the lexicon knows no root of the word. */
  readonly readings: readonly Reading[];
  /** The analyzer's best guess, shown (marked as a guess) when no reading is known. */
  readonly guess?: Analysis;
  /**
   * A compound the lexicon does not list, whose parts it knows (`kulay-ginto`, golden: kulay
   * "colour" + ginto "gold"): the best reading of each part, in order.
   */
  readonly parts?: readonly CompoundPart[];
  /** Set when nothing is known of a word capitalised inside its sentence: most likely a name. */
  readonly probablyName?: true;
}

/** One part of a hyphenated compound, as written, with its best reading. */
export interface CompoundPart {
  readonly text: string;
  readonly reading: Reading;
}

export type { SentenceContext } from './readingRules';

export type Analyze = (word: string) => readonly Analysis[];

/**
 * The lexicon's readings of a word, best first: a form the lexicon lists as written comes first
 * (function words, derived forms like `kasama`), then roots the analyzer finds, in its order,
 * nudged by the part of speech the neighbours call for. A word written with ñ is looked up spelled
 * with ny too (see ./tildeSpelling).
 */
export function lookupWord(
  lexicon: Lexicon,
  analyze: Analyze,
  word: string,
  context?: SentenceContext,
): LookupResult {
  const folded = lookupSpelling(lexicon, analyze, word, context);
  const ny = nySpelling(word);
  if (ny === undefined) return withPlainSpellingFirst(folded);
  return withNyReadings(folded, lookupSpelling(lexicon, analyze, ny, context));
}

function lookupSpelling(
  lexicon: Lexicon,
  analyze: Analyze,
  word: string,
  context?: SentenceContext,
): LookupResult {
  const key = lexiconKey(word);
  const analyses = analyze(key);
  // One reading per entry (and derived form): homographs are separate entries.
  const readings = new Map<LexiconEntry, Map<string, Reading>>();
  const consider = (reading: Reading): void => {
    const perEntry = readings.get(reading.entry) ?? new Map<string, Reading>();
    readings.set(reading.entry, perEntry);
    const id = reading.derived?.form ?? '';
    const previous = perEntry.get(id);
    if (!previous || previous.score < reading.score) perEntry.set(id, reading);
  };
  const analysisFor = (lemma: string, form: string): Analysis =>
    analyses.find((analysis) => lexiconKey(analysis.root) === lexiconKey(lemma)) ??
    identity(form, lemma);

  const exactHits = lexicon.hitsForForm(key);
  const exactIsClosedClass = exactHits.some((hit) => !hit.derived && isClosedClass(hit.entry.pos));
  // A word listed as it is written comes before a form listed under another root that it would be
  // with its linker taken off: `malamang` (probably) is no malaman (find out) + -g.
  const exactIsRoot = exactHits.some((hit) => !hit.derived);
  // `tumulong` is -um- + tulong: the listed `tumulo` "drip" + -ng is no exact form of it. An
  // actor-focus verb, or an adjective made with -um- (`tumutulo` "leaking"), seldom takes the
  // linker; `pinamagatang` "entitled" (-in- + -an + -g) and `magkabilang` (on both sides) do.
  // Worked out only for a word met under the linker as a listed form (most words are not).
  let rootKeepsNg: boolean | undefined;
  const keepsNg = (): boolean => (rootKeepsNg ??= bestRootKeepsNg(lexicon, analyses));
  const isActorVerb = (derived: DerivedForm): boolean => {
    if (derived.pos !== 'verb' && derived.pos !== 'adjective') return false;
    const best = analyze(lexiconKey(derived.form))[0];
    if (derived.pos === 'verb') return best?.focus === 'actor';
    return best?.affixes.some((affix) => affix.id === 'infix-um') === true;
  };
  // The word as written, without the linker, and the host of an enclitic written on it (`nawa'y`,
  // `doo'y`) as the analyzer reads it first: each is looked up as a form met whole.
  const wholeForms = [
    { form: key, rank: 0, underLinker: false },
    ...unlinkedInAnalyzerOrder(key, analyses).map((form, index) => ({
      form,
      rank: index + 1,
      underLinker: true,
    })),
  ];
  const host = cliticHost(analyses[0]);
  if (host !== undefined && !wholeForms.some(({ form }) => form === host))
    wholeForms.push({ form: host, rank: 1, underLinker: false });
  for (const { form, rank, underLinker } of wholeForms) {
    for (const hit of lexicon.hitsForForm(form)) {
      const pos = hit.derived ? [hit.derived.pos] : hit.entry.pos;
      if (rank > 0 && takesNoPieces(hit.entry)) continue;
      if (underLinker && hit.derived && keepsNg() && isActorVerb(hit.derived)) continue;
      const closedUnderLinker =
        underLinker &&
        !hit.derived &&
        !exactIsClosedClass &&
        isClosedClass(hit.entry.pos) &&
        takesTheLinker(hit.entry.pos);
      const analysis = analysisFor(hit.entry.lemma, form);
      consider({
        lemma: spelledLemma(hit.entry, form),
        entry: hit.entry,
        ...(hit.derived ? { derived: hit.derived } : {}),
        analysis,
        score:
          EXACT_FORM_BONUS -
          rank +
          (hit.derived && (rank === 0 || !exactIsRoot) ? DERIVED_FORM_BONUS : 0) +
          (closedUnderLinker ? CLOSED_CLASS_UNDER_LINKER_BONUS : 0) +
          contextBonus(pos, context, analysis) +
          nameFit(hit.entry, word, context),
      });
    }
  }
  /** The derived forms listed as `analysis.root` is written, with the analysis's pieces on them. */
  const considerDerivedRoot = (analysis: Analysis, rank: number): void => {
    for (const hit of lexicon.hitsForForm(analysis.root)) {
      if (!hit.derived) continue;
      consider({
        lemma: hit.entry.lemma,
        entry: hit.entry,
        derived: hit.derived,
        analysis,
        score:
          -rank +
          affixFit([hit.derived.pos], analysis) +
          contextBonus([hit.derived.pos], context, analysis),
      });
    }
  };
  const nameLike = capitalisedInside(word, context);
  const personalName = afterPersonalMarker(word, context);
  const acronymLike = isShortCapitals(word);
  analyses.forEach((analysis, rank) => {
    if (nameLike && !buildsAWord(analysis, key)) return;
    if (personalName && analysis.affixes.length > 0) return;
    if (acronymLike && analysis.affixes.some(isFusedNasal)) return;
    const entries = lexicon.entriesForRoot(analysis.root);
    const penalty =
      entries.length === 0
        ? 0
        : (linkerOverRootNg(lexicon, analysis) ? LINKER_OVER_ROOT_NG_PENALTY : 0) +
          (saOverListedRoot(lexicon, analysis) ? SA_OVER_ROOT_PENALTY : 0);
    for (const entry of entries) {
      if (analysis.affixes.length > 0 && takesNoPieces(entry)) continue;
      if (isName(entry) && !nameWrittenWhole(key, analysis)) continue;
      if (nameLike && !mayBeEnglishUnderAffixes(entry, analysis)) continue;
      const reading = {
        lemma: spelledLemma(entry, lexiconKey(analysis.root)),
        entry,
        analysis,
        score:
          -rank +
          affixFit(entry.pos, analysis) +
          contextBonus(entry.pos, context, analysis) +
          productivity(entry, analysis) +
          nameFit(entry, word, context) -
          penalty,
      };
      consider(reading);
      // `nagpapatuloy` is a form of the listed `magpatuloy`: its meaning is that verb's.
      for (const derived of verbFormsOf(entry, analysis, analyze))
        consider({ ...reading, derived, score: reading.score + INFLECTED_FORM_BONUS });
    }
    // A compound the lexicon lists under a root, met with affixes of its own: `ipinagbigay-alam`
    // is a form of bigay-alam (notify), listed under bigay.
    if (analysis.affixes.length > 0 && analysis.root.includes('-'))
      considerDerivedRoot(analysis, rank);
  });
  // Where no root is known, a derived form that is no root of its own, met with affixes:
  // `kumokonti` is -um- on konti (a little), listed under unti. Only then: the pieces of a listed
  // root come first (`magpatakaran` is patakaran, policy, not pa- + takaran under takal).
  if (readings.size === 0)
    analyses.forEach((analysis, rank) => {
      if (analysis.affixes.length > 0 && !analysis.root.includes('-'))
        considerDerivedRoot(analysis, rank);
    });

  const ranked = [...readings.values()]
    .flatMap((perEntry) => [...perEntry.values()])
    .sort((a, b) => b.score - a.score);
  if (ranked.length > 0) {
    // The neighbours' own readings, looked up only for a verb whose aspect they may decide.
    const readingOf = (other: string) => lookupWord(lexicon, analyze, other).readings[0];
    return {
      word,
      readings: ranked.map((reading) =>
        withAspectInContext(withListedVerbAspect(reading), context, readingOf),
      ),
    };
  }
  const number = digitsReading(key);
  if (number) return { word, readings: [{ lemma: number.entry.lemma, ...number, score: 0 }] };
  // A capitalised word inside a sentence is guessed to be itself, most likely a name.
  const guess =
    (personalName && identity(key, key)) ||
    (nameLike && analyses.find((analysis) => buildsAWord(analysis, key))) ||
    (analyses.find((analysis) => analysis.affixes.length > 0) ?? analyses[0]);
  const parts = compoundParts(lexicon, analyze, word);
  return {
    word,
    readings: [],
    ...(guess ? { guess } : {}),
    ...(parts ? { parts } : {}),
    ...(nameLike ? { probablyName: true } : {}),
  };
}

/**
 * `key` without its linker, each way it may be taken off (see `withoutLinker`), in the order the
 * analyzer ranks them: `bayang` is bayan + -g before baya + -ng.
 */
function unlinkedInAnalyzerOrder(key: string, analyses: readonly Analysis[]): string[] {
  const rankOf = (form: string): number => {
    const rank = analyses.findIndex(
      (analysis) => analysis.root === form && analysis.affixes.every(isLinker),
    );
    return rank < 0 ? analyses.length : rank;
  };
  return withoutLinker(key).sort((a, b) => rankOf(a) - rankOf(b));
}

/** The parts of a hyphenated word, when the lexicon knows every one (see `LookupResult`). */
function compoundParts(
  lexicon: Lexicon,
  analyze: Analyze,
  word: string,
): CompoundPart[] | undefined {
  const texts = word.split('-');
  if (texts.length < 2 || texts.some((text) => text === '')) return undefined;
  const parts: CompoundPart[] = [];
  for (const text of texts) {
    const [reading] = lookupWord(lexicon, analyze, text).readings;
    if (!reading) return undefined;
    parts.push({ text, reading });
  }
  return parts;
}
