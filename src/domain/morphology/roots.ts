// What a stem can be as a root: the stem itself, or the root under a verbal suffix with the
// sound changes suffixation causes undone (`sundin` ← sunod, `inumin` ← inom, `bayaran` ← bayad).
import {
  ACTOR_FOCUS,
  IRREGULAR_STEM_LENGTH,
  IRREGULAR_STEMS,
  isLexicalized,
  LEXICALIZED_GAIN,
  N_ROOTS_BEFORE_LINKER,
  NG_ROOTS_UNDER_AFFIXES,
  ROOTS_WITH_RULES,
  SUFFIXES,
  WHOLE_DESPITE_COPY,
} from './affixes';
import {
  extend,
  hasAffix,
  hasKind,
  innermostPrefix,
  outerPrefix,
  pieceOf,
  Reached,
  type Chain,
} from './chain';
import { codeAt } from './chars';
import { FormTrie } from './formTrie';
import {
  isConsonantAt,
  isVowelAt,
  LOOKS_COPIED_COST,
  ROOT_COST_LOOKS_AT,
  rootCost,
} from './phonology';

export { extend, pieceOf, Reached, withoutLink, type Chain } from './chain';

// Suffix forms in table order (the order roots are found in), found by the letters a stem ends in.
const SUFFIX_FORMS = SUFFIXES.flatMap((def) =>
  def.forms.map((form) => ({ def, form, use: pieceOf(def, '-' + form) })),
);
const SUFFIX_TRIE = new FormTrie(SUFFIX_FORMS, (suffix) => suffix.form, 'end');

// Vowels restored where a suffix dropped one (`sundin` ← sunod, `bigyan` ← bigay), likeliest first.
const SYNCOPE_VOWELS = ['o', 'a', 'i', 'u', 'e'];
const GLIDE_VOWELS = ['a', 'i', 'o', 'u', 'e'];
// Vowels dropped before `-hin`/`-han`, and a root's final vowel dropped before `-in`/`-an`.
const DROPPED_VOWELS = ['a', 'i', 'o', 'u', 'e'];
const FINAL_VOWELS = ['a', 'i', 'o', 'u'];

/** Whether the prefix nearest the root (copied syllables aside) ends in a consonant: `nag-`. */
function innermostPrefixEndsInConsonant(chain: Chain): boolean {
  const form = innermostPrefix(chain)?.use.form;
  return form !== undefined && isConsonantAt(form, form.length - 2);
}

/** Whether the piece nearest the root, copied syllables and suffixes aside, is an infix. */
function afterInfix(chain: Chain): boolean {
  let link: Chain | undefined = chain;
  while (link && (link.use.kind === 'reduplication' || link.use.kind === 'suffix'))
    link = link.outer;
  const id = link?.use.id;
  return id === 'infix-in' || id === 'infix-um';
}

// The object-focus `-in` under the affix of an actor-focus verb: the two foci exclude each other,
// so the word is more likely another reading (`magpatingin` is magpa- + tingin, not mag- + pating
// + -in). Nor does `na-`, the completed `ma-`, take it (`napansin` is na- + pansin), nor a verb
// that has `i-`, a focus of its own (`ipanalangin` is i- + pang- + dalangin, not + dalang + -in).
// `-an` stays cheap there: reciprocal and locative verbs take it (`nagtulungan`, `nabigyan`).
const NO_OBJECT_SUFFIX_COST = 1;

/**
 * Whether the chain has an affix that takes no -in: an actor-focus affix or `na-` nearest the root
 * (copied syllables aside), or `i-` anywhere.
 */
function takesNoObjectSuffix(chain: Chain | undefined): boolean {
  const { id } = outerPrefix(chain);
  return ACTOR_FOCUS.has(id) || id === 'na' || hasAffix(chain, 'i');
}

/**
 * Whether `root`, reached under `chain`, is read whole before its look-alike parts: a lexicalized
 * word anywhere; without a suffix, a root whose final ng is its own, and a root in n with the
 * linker (see the word lists).
 */
function readWholeUnderAffixes(root: string, chain: Chain | undefined): boolean {
  if (isLexicalized(root)) return true;
  if (hasKind(chain, 'suffix')) return false;
  return (
    NG_ROOTS_UNDER_AFFIXES.has(root) ||
    (N_ROOTS_BEFORE_LINKER.has(root) && hasKind(chain, 'linker'))
  );
}

/** Collects the roots a search reaches. */
export class RootCollector {
  protected found = new Reached();

  /** Records `stem` as a root (when `bare`), and the roots under a suffix. */
  protected emit(
    stem: string,
    cost: number,
    chain: Chain | undefined,
    hyphenated: boolean,
    bare: boolean,
  ): void {
    if (bare) this.root(stem, cost, chain, hyphenated);
    const length = stem.length;
    if (length < 4) return;
    const suffixes = SUFFIX_TRIE.matching(stem);
    for (let index = 0; index < suffixes.length; index++) {
      const { def, form, use } = suffixes[index]!;
      if (length - form.length < 2) continue;
      const base = stem.slice(0, length - form.length);
      if (def.rootEndings) {
        for (let rank = 0; rank < def.rootEndings.length; rank++)
          this.root(
            base + def.rootEndings[rank]!,
            cost + def.cost + 0.2 * rank,
            extend(chain, use),
            hyphenated,
          );
      } else {
        const clash =
          def.focus === 'object' && takesNoObjectSuffix(chain) ? NO_OBJECT_SUFFIX_COST : 0;
        this.suffixBases(base, form, cost + def.cost + clash, extend(chain, use), hyphenated);
      }
    }
  }

  private suffixBases(
    base: string,
    form: string,
    cost: number,
    chain: Chain,
    hyphenated: boolean,
  ): void {
    const last = base.length - 1;
    const irregular = last < IRREGULAR_STEM_LENGTH ? IRREGULAR_STEMS.get(base) : undefined;
    if (irregular !== undefined) this.root(irregular, cost, chain, hyphenated);
    const endsInVowel = isVowelAt(base, last);
    if (form.length === 3) {
      if (form[0] === 'h') {
        if (endsInVowel) {
          this.rootWithChanges(base, cost, chain, hyphenated);
          // A loan's final e is raised to i before `-hin`/`-han`: `atakihin` ← atake, `kapihan`
          // ← kape (after a vowel, `kababaihan` ← babae, see `rootCosting`).
          if (codeAt(base, last) === 105 && isConsonantAt(base, last - 1))
            this.root(base.slice(0, last) + 'e', cost + 1, chain, hyphenated);
        }
        // A vowel dropped before `-hin`/`-han`: `dalhin` ← dala, `bilhin` ← bili.
        else if (isVowelAt(base, last - 1))
          this.rootsEndingIn(base, DROPPED_VOWELS, cost, 0.3, chain, hyphenated);
      } else if (endsInVowel) this.rootWithChanges(base, cost + 0.4, chain, hyphenated);
      return;
    }
    // `-in`, `-an`: a vowel after the root's last consonant is sometimes dropped.
    this.rootWithChanges(base, cost + (endsInVowel ? 0.3 : 0), chain, hyphenated);
    if (endsInVowel) return;
    const ng = base.endsWith('ng') ? 1 : 0;
    const before = last - 2 - ng;
    if (
      isConsonantAt(base, last - 1 - ng) &&
      (isVowelAt(base, before) || (base.startsWith('ng', last - 2) && isVowelAt(base, last - 3))) &&
      base.charCodeAt(last) !== 104
    ) {
      // `sundin` ← sunod, `bigyan` ← bigay.
      const head = base.slice(0, last - ng);
      const tail = base.slice(last - ng);
      const glide = tail === 'y' || tail === 'w';
      const vowels = glide ? GLIDE_VOWELS : SYNCOPE_VOWELS;
      for (let index = 0; index < vowels.length; index++)
        this.root(head + vowels[index]! + tail, cost + 0.2 + 0.15 * index, chain, hyphenated);
    }
    // A final vowel dropped: `gawin` ← gawa, `hingan` ← hingi.
    this.rootsEndingIn(base, FINAL_VOWELS, cost, 1, chain, hyphenated);
  }

  /**
   * `base` + each of `vowels` as a root, at `cost` + `extra` + 0.2 per rank. A root costs the
   * same whichever vowel ends it once `base` is longer than the letters `rootCost` looks at one
   * by one, so a long base is costed once.
   */
  private rootsEndingIn(
    base: string,
    vowels: readonly string[],
    cost: number,
    extra: number,
    chain: Chain,
    hyphenated: boolean,
  ): void {
    const shared =
      base.length >= ROOT_COST_LOOKS_AT ? rootCost(base + vowels[0]!, hyphenated) : undefined;
    for (let index = 0; index < vowels.length; index++) {
      const root = base + vowels[index]!;
      const penalty = shared ?? rootCost(root, hyphenated);
      this.rootCosting(root, penalty, cost + extra + 0.2 * index, chain, hyphenated);
    }
  }

  /** The root as written before a suffix, and with the changes a suffix causes undone. */
  private rootWithChanges(base: string, cost: number, chain: Chain, hyphenated: boolean): void {
    this.root(base, cost, chain, hyphenated);
    let changed = base;
    // d → r between vowels: `bayaran` ← bayad, `likuran` ← likod.
    const last = base.length - 1; // base has two letters or more (see `emit`)
    if (codeAt(base, last) === 114 && isVowelAt(base, last - 1)) {
      changed = base.slice(0, last) + 'd';
      this.root(changed, cost + 0.25, chain, hyphenated);
    }
    // o → u in the last syllable: `inumin` ← inom, `tulungan` ← tulong.
    let vowelAt = changed.length - 1;
    while (vowelAt >= 0 && !isVowelAt(changed, vowelAt)) vowelAt--;
    if (vowelAt > 0 && codeAt(changed, vowelAt) === 117) {
      this.root(
        changed.slice(0, vowelAt) + 'o' + changed.slice(vowelAt + 1),
        cost - 0.1,
        chain,
        hyphenated,
      );
    }
  }

  protected root(root: string, cost: number, chain: Chain | undefined, hyphenated: boolean): void {
    this.rootCosting(root, rootCost(root, hyphenated), cost, chain, hyphenated);
  }

  /** Records `root` (of cost `penalty` as a root, see `rootCost`) and what it may stand for. */
  private rootCosting(
    root: string,
    penalty: number,
    cost: number,
    chain: Chain | undefined,
    hyphenated: boolean,
  ): void {
    const last = root.length - 1;
    if (penalty !== Infinity) {
      // A lexicalized word under affixes of its own (`kakailanganin` ← kailangan + -in) comes
      // before its look-alike parts (ka- + ilang + -an), as the word alone does.
      if (ROOTS_WITH_RULES.has(root)) {
        if (readWholeUnderAffixes(root, chain)) cost += LEXICALIZED_GAIN;
        if (WHOLE_DESPITE_COPY.has(root)) cost -= LOOKS_COPIED_COST;
      }
      this.found.add(root, chain, cost + penalty);
      // Final e and i alternate after a vowel: `kababaihan` ← babae (a root has two letters).
      if (codeAt(root, last) === 105 && isVowelAt(root, last - 1))
        this.found.add(root.slice(0, last) + 'e', chain, cost + penalty + 0.8);
    }
    // d is written r after a vowel-final prefix: `marami` ← dami, `karanasan` ← danas; not
    // after a hyphen, which keeps the root as spelled (`mag-renew`), nor after an infix (a
    // d-root takes it inside: `dinala`, `dumating`, so `niregalo` is regalo, `rumampa` rampa),
    // nor after a consonant-final prefix (`nagrali` is rali: `nagdala` keeps its d).
    if (
      last >= 0 &&
      codeAt(root, 0) === 114 &&
      !hyphenated &&
      chain &&
      chain.use.kind !== 'linker' &&
      !afterInfix(chain) &&
      !innermostPrefixEndsInConsonant(chain)
    ) {
      const restored = 'd' + root.slice(1);
      const restoredPenalty = rootCost(restored, hyphenated);
      if (restoredPenalty !== Infinity)
        this.found.add(restored, chain, cost + restoredPenalty - 0.2);
    }
  }
}
