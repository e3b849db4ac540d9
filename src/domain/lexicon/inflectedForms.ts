// A derived verb the lexicon lists (`magpatuloy` "continue") met in another aspect: `nagpatuloy`,
// `nagpapatuloy`, `magpapatuloy`. The word and the listed form have the same root and the same
// pieces once those that only mark aspect are set aside: a copied syllable, the -in- of the
// completed aspect (standing for -in where nothing else gives the focus), the n- form of a prefix
// (nag-, naka-) for its m- form (mag-, maka-), and a prefix of several actors for the one it makes
// plural (nagsipag- for mag-). Failing a listed form with the same pieces, the abilitative is taken
// for the verb it is a mood of (`naipamana` for ipamana), and then pinag-/pinang- for the i- verb
// said without its i- (`pinagdiwang` for ipagdiwang). The root may be written in any of the
// entry's spellings, in the word and in the listed form (`kinompirma` is a form of kumpirmahin).
import { AFFIX_IDS, CIRCUMFIXES, REDUPLICATIONS } from '../morphology/affixes';
import type { AffixUse, Analysis } from '../morphology/analysis';
import type { DerivedForm, LexiconEntry } from './entry';
import type { Analyze } from './lookup';
import { lexiconKey } from './normalize';

// Pieces of aspect (or, on adjectives, of number and degree: `pinakamagaling` is magaling,
// good, at its most).
const ASPECT_ONLY = new Set([REDUPLICATIONS.syllable.id, 'infix-in', 'pinaka']);
// Prefixes of degree that an adjective takes in place of its ma-.
const IN_PLACE_OF_MA = new Set(['napaka', 'kasing']);
const isCopiedSyllable = (affix: AffixUse): boolean => affix.id === REDUPLICATIONS.syllable.id;
const isFusedNasal = (affix: AffixUse): boolean => affix.id === 'nasal';
const NOT_IN_THE_FORM = new Set<AffixUse['kind']>(['linker', 'clitic']);
// Derived forms met with a copied syllable or another aspect: verbs, and adjectives, whose copied
// syllable marks the plural (`mahihirap` is mahirap, poor, of many).
const INFLECTING: ReadonlySet<string> = new Set(['verb', 'adjective']);
// Pieces that give the verb its focus, which -in- then only marks as completed (`isinulat`).
const OBJECT_FOCUS = new Set(['suffix-in', 'suffix-an', 'i']);

const KNOWN_IDS: ReadonlySet<string> = new Set(AFFIX_IDS);

// The abilitative prefix outermost (its n- form made m- already), as the prefix of the verb it
// makes able: mai- of i-, maka- + pag- of mag-.
const ABILITATIVE_OF: Readonly<Record<string, string>> = { '|mai': '|i', '|pag|maka': '|mag' };
const ABILITATIVE_END = /(\|mai|\|pag\|maka)$/;

// mapa- makes able a causative with pa-: its suffix stays (`mapatunayan`, patunayan), and
// without one it stands for -in (`mapabilis`, can speed up: pabilisin).
const CAUSATIVE_ABILITATIVE_END = '|mapa';

/**
 * `key` with an abilitative prefix read as the prefix of the verb it is a mood of: `maipamana`
 * (can bequeath) as ipamana, `makapagpatuloy` (can continue) as magpatuloy, `mapabilis` (can speed
 * up) as pabilisin.
 */
function withoutMood(key: string): string {
  if (key.endsWith(CAUSATIVE_ABILITATIVE_END)) {
    const pieces = key.slice(0, -CAUSATIVE_ABILITATIVE_END.length);
    return pieces + (pieces.includes('|suffix-') ? '|pa' : '|suffix-in|pa');
  }
  return key.replace(ABILITATIVE_END, (ending) => ABILITATIVE_OF[ending]!);
}
const CIRCUMFIX_BY_ID = new Map(CIRCUMFIXES.map((circumfix) => [circumfix.id, circumfix]));

// Prefixes of several actors, as the prefix of the verb they make plural: `nagsipagtapos` (they
// graduated) is a form of magtapos.
const SEVERAL_ACTORS_OF: Readonly<Record<string, string>> = { magsipag: 'mag' };

/**
 * `nag` → mag, `naka` → maka, `na-an` → ma-an: the m- form of a prefix that has one, and the
 * prefix a prefix of several actors makes plural (`nagsipag` → mag).
 */
function infinitiveId(id: string): string {
  const infinitive = id.startsWith('n') ? 'm' + id.slice(1) : id;
  if (!KNOWN_IDS.has(infinitive)) return id;
  return SEVERAL_ACTORS_OF[infinitive] ?? infinitive;
}

/**
 * The root (`lemma`, the spelling the analysis reached it in standing for) and the pieces of
 * `analysis` with those of aspect set aside, as one key; `undefined` when no piece is left (a
 * bare root is no form of a derived verb). An adjective has no aspect in its prefix (`nasaya` is
 * no form of masaya, happy): `verb` false keeps the n- forms apart.
 */
function aspectFreeKey(analysis: Analysis, lemma: string, verb = true): string | undefined {
  let pieces = '';
  let completedIn = false;
  let focused = false;
  for (let index = 0; index < analysis.affixes.length; index++) {
    const affix = analysis.affixes[index]!;
    const previous = analysis.affixes[index - 1];
    if (affix.id === 'infix-in') completedIn = true;
    if (OBJECT_FOCUS.has(affix.id) || affix.kind === 'circumfix') focused = true;
    // napaka- (very) and kasing- (as … as, with mag- alike in) take the place of an adjective's
    // ma-: `napakaganda` is maganda, very much; `kasingganda` and `magkasingganda`, as much.
    if (IN_PLACE_OF_MA.has(affix.id)) {
      pieces += '|ma';
      continue;
    }
    if (affix.id === 'mag' && previous?.id === 'kasing') continue;
    if (NOT_IN_THE_FORM.has(affix.kind) || ASPECT_ONLY.has(affix.id)) continue;
    // A circumfix as its suffix and prefix: `palayain` (pa-…-in) and `pinalaya` (pa- and the -in-
    // that stands for -in) have the same pieces.
    const circumfix = affix.kind === 'circumfix' ? CIRCUMFIX_BY_ID.get(affix.id) : undefined;
    const prefix = circumfix ? circumfix.prefix : affix.id;
    const id = verb ? infinitiveId(prefix) : prefix;
    pieces += circumfix ? '|' + circumfix.suffix + '|' + id : '|' + id;
  }
  // With no other piece of object focus, -in- is the completed aspect of an -in verb: `binago`,
  // `pinabilis` are forms of baguhin, pabilisin (suffixes are the innermost pieces).
  if (completedIn && !focused) pieces = '|suffix-in' + pieces;
  // A copied syllable alone is the contemplated aspect of an -um- verb: `dadaan` (will pass) is
  // dumaan, `gagana` gumana.
  else if (pieces === '' && analysis.affixes.some(isCopiedSyllable)) pieces = '|infix-um';
  return pieces === '' ? undefined : lexiconKey(lemma) + pieces;
}

// Prefixes whose i- verbs are often said without the i- in the completed aspect: `pinagdiwang`
// for ipinagdiwang (celebrated), `pinambayad` for ipinambayad (paid with).
const I_DROPPED_BEFORE = new Set(['pag', 'pang', 'pang-nasal']);
const I_PREFIX: AffixUse = { id: 'i', kind: 'prefix', form: 'i-' };

/**
 * The key of `analysis` read with the i- put back that everyday speech drops before pinag- and
 * pinang- (see `I_DROPPED_BEFORE`); `undefined` where the word is no such form: its outermost
 * piece is the -in- of the completed aspect, right on one of those prefixes.
 */
function iDroppedKey(analysis: Analysis, lemma: string): string | undefined {
  const pieces = analysis.affixes.filter((affix) => !NOT_IN_THE_FORM.has(affix.kind));
  const outermost = pieces.at(-1);
  const inside = pieces.at(-2);
  if (outermost?.id !== 'infix-in' || !inside || !I_DROPPED_BEFORE.has(inside.id)) return undefined;
  return aspectFreeKey({ ...analysis, affixes: [...analysis.affixes, I_PREFIX] }, lemma);
}

// The keys of each listed verb, per analyzer (tests use stand-in analyzers).
const keysByAnalyzer = new WeakMap<Analyze, WeakMap<DerivedForm, FormKeys>>();

/** The keys of a listed form as written, and with its mood set aside (see `withoutMood`). */
interface FormKeys {
  readonly exact: ReadonlySet<string>;
  readonly moodFree: ReadonlySet<string>;
}

/** The entry's lemma and variants: the spellings its root may be met in. */
type Spellings = Pick<LexiconEntry, 'lemma' | 'variants'>;

function keysOf(derived: DerivedForm, entry: Spellings, analyze: Analyze): FormKeys {
  const verb = derived.pos === 'verb';
  let byForm = keysByAnalyzer.get(analyze);
  if (!byForm) keysByAnalyzer.set(analyze, (byForm = new WeakMap()));
  let keys = byForm.get(derived);
  if (!keys) {
    const rootKeys = new Set([entry.lemma, ...(entry.variants ?? [])].map(lexiconKey));
    const readings = analyze(lexiconKey(derived.form)).filter((analysis) =>
      rootKeys.has(lexiconKey(analysis.root)),
    );
    // A nasal fused with the root's first sound only as the form's best reading: `malaki` read as
    // m- + pa- + laki would make `mapalaki` (enlarge) a form of the adjective malaki.
    const exact = new Set(
      readings.flatMap((analysis, rank) => {
        if (rank > 0 && analysis.affixes.some(isFusedNasal)) return [];
        const key = aspectFreeKey(analysis, entry.lemma, verb);
        return key ? [key] : [];
      }),
    );
    keys = { exact, moodFree: new Set([...exact].map(withoutMood)) };
    byForm.set(derived, keys);
  }
  return keys;
}

/** The derived verbs of `entry` that the word read as `analysis` (of its root) is a form of. */
export function verbFormsOf(
  entry: Spellings & Pick<LexiconEntry, 'derived'>,
  analysis: Analysis,
  analyze: Analyze,
): DerivedForm[] {
  const { derived } = entry;
  if (!derived) return [];
  const verbKey = aspectFreeKey(analysis, entry.lemma);
  if (verbKey === undefined) return [];
  // The same pieces, so defined whenever `verbKey` is.
  const adjectiveKey = aspectFreeKey(analysis, entry.lemma, false) ?? verbKey;
  const forms = derived.filter(
    (form) =>
      INFLECTING.has(form.pos) &&
      keysOf(form, entry, analyze).exact.has(form.pos === 'verb' ? verbKey : adjectiveKey),
  );
  if (forms.length > 0) return forms;
  /** The listed verbs with `key` among their keys of the kind `kind`. */
  const verbsWith = (kind: keyof FormKeys, key: string): DerivedForm[] =>
    derived.filter((form) => form.pos === 'verb' && keysOf(form, entry, analyze)[kind].has(key));
  // Where no listed verb has the word's own pieces, the verb it is a mood of, or the mood of the
  // verb it is (`isinakatuparan`, carried out, where only maisakatuparan is listed).
  const moodForms = verbsWith('moodFree', withoutMood(verbKey));
  if (moodForms.length > 0) return moodForms;
  // Last, the i- verb said without its i- (`pinagdiwang`, where ipagdiwang is listed).
  const iKey = iDroppedKey(analysis, entry.lemma);
  return iKey === undefined ? [] : verbsWith('exact', iKey);
}
