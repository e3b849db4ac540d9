import type { AffixUse, Analysis } from '../morphology/analysis';
import type { DerivedForm, LexiconEntry, PartOfSpeech } from './entry';
import type { Lexicon } from './lexicon';
import { verbFormsOf } from './inflectedForms';
import { lexiconKey, withoutLinker } from './normalize';
import {
  buildsAWord,
  capitalisedInside,
  isFusedNasal,
  isShortCapitals,
  mayBeEnglishUnderAffixes,
} from './capitalisedWords';
import { digitsReading } from './numberReading';

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
}

/** One part of a hyphenated compound, as written, with its best reading. */
export interface CompoundPart {
  readonly text: string;
  readonly reading: Reading;
}

/** Neighbouring words, lower-cased, for choosing among readings. */
export interface SentenceContext {
  readonly previous?: string;
  readonly next?: string;
}

export type Analyze = (word: string) => readonly Analysis[];

// After these words a noun (or a nominalised form) is expected; after `ay` a predicate.
const BEFORE_NOUN = new Set([
  'ang',
  'ng',
  'sa',
  'mga',
  'si',
  'ni',
  'kay',
  'sina',
  'nina',
  'ang mga',
]);
const NOUNISH: ReadonlySet<PartOfSpeech> = new Set(['noun', 'name', 'pronoun']);

// Words that take no affixes: an affixed form is not a pronoun, marker or particle.
const CLOSED_CLASS: ReadonlySet<PartOfSpeech> = new Set([
  'pronoun',
  'determiner',
  'preposition',
  'conjunction',
  'particle',
  'linker',
]);

const EXACT_FORM_BONUS = 100;
// A listed derived verb met in another aspect comes before its root's own senses, and before a
// look-alike root the analyzer ranks a little higher (`ipinamana` is ipamana, bequeath, not pana,
// arrow, under pang-).
const INFLECTED_FORM_BONUS = 1.5;
// A form listed as derived under its root (`kasama` under `sama`) is filed under that root, as
// a learner's dictionary would, even where another file also lists the form on its own.
const DERIVED_FORM_BONUS = 5;
// `silang` is far more often `sila` + linker than the rare root `silang`: a pronoun or particle
// under the linker beats an open-class word written the same, unless that is closed-class too.
// Markers and prepositions take no linker: `ninang` is godmother, not nina + -ng.
const CLOSED_CLASS_UNDER_LINKER_BONUS = 3;
const takesTheLinker = (pos: readonly PartOfSpeech[]): boolean =>
  pos.includes('pronoun') || pos.includes('particle');

const isClosedClass = (pos: readonly PartOfSpeech[]): boolean =>
  pos.every((p) => CLOSED_CLASS.has(p));

// The words written contracted are pronouns, markers and particles: `sa'min` is sa + the
// pronoun amin (ours), not the verb amin (admit) with more derived forms.
const CONTRACTED_CLOSED_CLASS = 2;
const isContraction = (affix: AffixUse): boolean => affix.id === 'contraction';

// An affixed word ending in ng whose ng may be the root's or the linker, both roots listed:
// `tumulong`, `pagtulong` are forms of tulong "help", not tulo "drip" + -ng; `nakulong` is kulong
// "jail", not kulo "boil" + -ng. A verb or noun built with affixes seldom takes the linker.
const LINKER_OVER_ROOT_NG_PENALTY = 2;

const isLinker = (affix: AffixUse): boolean => affix.kind === 'linker';

// sa- on a root whose sa- + root is itself a listed root: `magsaulo` is mag- + saulo "memorize",
// not mag- + sa- + ulo "head"; `nagsasaka` is saka "farm", not ka. The prefix sa- (`isagawa`,
// `isabatas`) is met on roots that do not make a word with it.
const SA_OVER_ROOT_PENALTY = 3;

/** Whether the prefix nearest the root is sa- and sa + root is a listed open-class root. */
function saOverListedRoot(lexicon: Lexicon, analysis: Analysis): boolean {
  const nearest = analysis.affixes.find((affix) => affix.kind === 'prefix');
  return nearest?.id === 'sa' && isOpenClassRoot(lexicon, 'sa' + analysis.root);
}

/** The root of `analysis` where its only pieces are enclitics (`nawa'y` → nawa), else undefined. */
function cliticHost(analysis: Analysis | undefined): string | undefined {
  if (!analysis || analysis.affixes.length === 0) return undefined;
  return analysis.affixes.every((affix) => affix.kind === 'clitic')
    ? lexiconKey(analysis.root)
    : undefined;
}

/** Whether `analysis` has no piece but the linker or a clitic (`ako'y`, `batang`, or none). */
const onlyLinkerOrClitic = (analysis: Analysis): boolean =>
  analysis.affixes.every((affix) => isLinker(affix) || affix.kind === 'clitic');

/** Whether `root` is listed as an open-class word (`tulong`, not the conjunction `habang`). */
const isOpenClassRoot = (lexicon: Lexicon, root: string): boolean =>
  lexicon.entriesForRoot(root).some((entry) => !isClosedClass(entry.pos));

/**
 * Whether `analysis` is a root + other affixes + the linker, where the root with the linker's
 * letters kept is itself a listed open-class root (`pagtulong` as pag- + tulo + -ng).
 */
function linkerOverRootNg(lexicon: Lexicon, analysis: Analysis): boolean {
  const linker = analysis.affixes.find(isLinker);
  if (!linker || onlyLinkerOrClitic(analysis)) return false;
  return isOpenClassRoot(lexicon, analysis.root + linker.form.slice(1));
}

/**
 * Whether the analyzer's best reading of a listed root keeps the final ng as the root's, under
 * affixes (`tumulong` as -um- + tulong).
 */
function bestRootKeepsNg(lexicon: Lexicon, analyses: readonly Analysis[]): boolean {
  const best = analyses.find((analysis) => isOpenClassRoot(lexicon, analysis.root));
  return (
    best !== undefined &&
    best.affixes.length > 0 &&
    !best.affixes.some(isLinker) &&
    best.root.endsWith('ng')
  );
}

/**
 * Whether a name is written whole in `key` as `analysis` reads it: with nothing on it but the
 * linker, a clitic or a prefix before a hyphen (`Bataang`, `taga-Cebu`); not respelled (`roles`
 * is no DOLE) nor built on (`kabataan` is no ka- + Bataan).
 */
function nameWrittenWhole(key: string, analysis: Analysis): boolean {
  if (!key.includes(lexiconKey(analysis.root))) return false;
  return onlyLinkerOrClitic(analysis) || key.includes('-');
}

const isName = (entry: LexiconEntry): boolean => entry.pos.every((pos) => pos === 'name');

/** An English function word takes no Tagalog piece, not even the linker: `young` is not you + -ng. */
const takesNoPieces = (entry: LexiconEntry): boolean =>
  entry.origin === 'english' && isClosedClass(entry.pos);

/**
 * The lemma to report: a loanword spelled another accepted way (`local` for `lokal`, `pwede` for
 * `puwede`) is its own lemma as written, but a plural reports its singular; a native contraction
 * (`kanya`) reports its full form.
 */
function spelledLemma(entry: LexiconEntry, key: string): string {
  if (!entry.origin) return entry.lemma;
  const lemma = lexiconKey(entry.lemma);
  if (lemma === key || isPluralOf(key, lemma)) return entry.lemma;
  return entry.variants?.some((variant) => lexiconKey(variant) === key) ? key : entry.lemma;
}

/** `fans` of fan, `cases` of case, `companies` of company: a loanword's plural, not a spelling. */
function isPluralOf(form: string, lemma: string): boolean {
  if (form === lemma + 's' || form === lemma + 'es') return true;
  return lemma.endsWith('y') && form === lemma.slice(0, -1) + 'ies';
}

function identity(form: string, root: string): Analysis {
  return { form, root, affixes: [], score: 0 };
}

/**
 * How well an entry fits the affixes: `magtatayo` is the verb `tayo` "build", not the pronoun
 * `tayo` "we", so of two homograph entries the one whose part of speech the affixes call for wins.
 */
function affixFit(pos: readonly PartOfSpeech[], analysis: Analysis): number {
  if (onlyLinkerOrClitic(analysis))
    return analysis.affixes.some(isContraction) && isClosedClass(pos) ? CONTRACTED_CLOSED_CLASS : 0;
  if (pos.every((p) => CLOSED_CLASS.has(p))) return -3;
  return analysis.posHint && pos.includes(analysis.posHint) ? 0.5 : 0;
}

// A root the lexicon lists derived forms under is a common, productive root: between roots
// the analyzer ranks close (`pagkamatay` ← patay or atay), it is the likelier one.
const DERIVED_FORM_WEIGHT = 0.5;
const DERIVED_FORMS_COUNTED = 3;

function productivity(entry: LexiconEntry, analysis: Analysis): number {
  // A word with only the linker or a clitic on it (`ako'y`) is read as its bare form is: the
  // homograph a bare word is, not the one with more derived forms.
  if (analysis.affixes.length > 0 && onlyLinkerOrClitic(analysis)) return 0;
  return DERIVED_FORM_WEIGHT * Math.min(entry.derived?.length ?? 0, DERIVED_FORMS_COUNTED);
}

function contextBonus(pos: readonly PartOfSpeech[], context: SentenceContext | undefined): number {
  if (!context?.previous) return 0;
  if (BEFORE_NOUN.has(context.previous)) return pos.some((p) => NOUNISH.has(p)) ? 2 : 0;
  return 0;
}

/**
 * The lexicon's readings of a word, best first: a form the lexicon lists as written comes first
 * (function words, derived forms like `kasama`), then roots the analyzer finds, in its order,
 * nudged by the part of speech the neighbours call for.
 */
export function lookupWord(
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
      consider({
        lemma: spelledLemma(hit.entry, form),
        entry: hit.entry,
        ...(hit.derived ? { derived: hit.derived } : {}),
        analysis: analysisFor(hit.entry.lemma, form),
        score:
          EXACT_FORM_BONUS -
          rank +
          (hit.derived && (rank === 0 || !exactIsRoot) ? DERIVED_FORM_BONUS : 0) +
          (closedUnderLinker ? CLOSED_CLASS_UNDER_LINKER_BONUS : 0) +
          contextBonus(pos, context),
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
          -rank + affixFit([hit.derived.pos], analysis) + contextBonus([hit.derived.pos], context),
      });
    }
  };
  const nameLike = capitalisedInside(word, context);
  const acronymLike = isShortCapitals(word);
  analyses.forEach((analysis, rank) => {
    if (nameLike && !buildsAWord(analysis, key)) return;
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
          contextBonus(entry.pos, context) +
          productivity(entry, analysis) -
          penalty,
      };
      consider(reading);
      // `nagpapatuloy` is a form of the listed `magpatuloy`: its meaning is that verb's.
      for (const derived of verbFormsOf(entry.derived, entry.lemma, analysis, analyze))
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
  if (ranked.length > 0) return { word, readings: ranked };
  const number = digitsReading(key);
  if (number) return { word, readings: [{ lemma: number.entry.lemma, ...number, score: 0 }] };
  // A capitalised word inside a sentence is guessed to be itself, most likely a name.
  const guess =
    (nameLike && analyses.find((analysis) => buildsAWord(analysis, key))) ||
    (analyses.find((analysis) => analysis.affixes.length > 0) ?? analyses[0]);
  const parts = compoundParts(lexicon, analyze, word);
  return { word, readings: [], ...(guess ? { guess } : {}), ...(parts ? { parts } : {}) };
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
