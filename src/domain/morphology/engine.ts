// The engine: strips affixes off a word by the tables in ./affixes, trying every chain the
// tables allow, and records each root it reaches with the pieces it took off and their cost.
import { AFFIX_BY_ID, INFIXES, REDUPLICATIONS, Slot, type AffixDef } from './affixes';
import { isConsonantAt, isVowelAt, onsetLength, redupLength, syllableCount } from './phonology';
import { prefixesOf } from './prefixForms';
import { extend, pieceOf, Reached, RootCollector, type Chain } from './roots';

export { Reached, type Chain } from './roots';

const MAX_DEPTH = 6;
const START_SLOTS = Slot.outer | Slot.redup | Slot.infix | Slot.nasal;

// Nasal assimilation of `pang-`, `mang-`, `nang-`: `-m` before b/p, `-n` before d/l/r/s/t.
function assimilates(form: string, rest: string): boolean {
  const last = form.charCodeAt(form.length - 1);
  const next = rest[0] ?? '';
  if (form.endsWith('ng')) return !'bp'.includes(next);
  if (last === 109 /* m */ && form !== 'ma' && form.length > 2) return next === 'b' || next === 'p';
  if (last === 110 /* n */ && form.length > 2 && !form.endsWith('in'))
    return 'dlrst'.includes(next) && next !== '';
  return true;
}

// Sounds a nasal replaces, likeliest first: m ← p, b; n ← t, s, d, l; ng ← a vowel or k.
const NASAL_SOURCES: Readonly<Record<string, readonly string[]>> = {
  m: ['p', 'b', 'm'],
  n: ['t', 's', 'd', 'n', 'l'],
  ng: ['', 'k', 'ng', 'g', 'h'],
};

const FUSED_NASAL = AFFIX_BY_ID.get('nasal')!;
const FUSED_SOURCES_M = ['p', 'b'];
const FUSED_SOURCES_N = ['p'];

// The infix table with each piece made once. Before a vowel an infix is written as a prefix
// (`umalis`): that piece has kind `prefix` (`ni-` is a prefix in the table already).
const INFIX_FORMS = INFIXES.map((def) => {
  const form = def.forms[0]!;
  const asPrefix = def.before ? def : { id: def.id, kind: 'prefix' as const };
  return {
    form,
    hyphened: form + '-',
    before: def.before,
    then: def.then,
    cost: def.cost,
    infixUse: pieceOf(def, '-' + form + '-'),
    prefixUse: pieceOf(asPrefix, form + '-'),
  };
});

export class Engine extends RootCollector {
  /** Adds to `into` every root reachable from `stem` after the pieces already in `chain`. */
  run(
    into: Reached,
    stem: string,
    chain: Chain | undefined,
    cost: number,
    hyphenated: boolean,
  ): void {
    this.found = into;
    this.search(stem, START_SLOTS, cost, chain, hyphenated, 0);
  }

  private search(
    stem: string,
    slots: number,
    cost: number,
    chain: Chain | undefined,
    hyphenated: boolean,
    depth: number,
  ): void {
    this.emit(stem, cost, chain, hyphenated, depth > 0);
    if (depth > 0 && chain) this.shortRoot(stem, cost, chain);
    if (depth >= MAX_DEPTH || stem.length < 4) return;
    if (slots & Slot.nasal) this.fusedNasal(stem, cost, chain, depth === 0, depth);
    if (slots & Slot.redup) {
      const length = redupLength(stem);
      if (length > 0) {
        let rest = stem.slice(length);
        // `darating`: the copy keeps d, the root's d becomes r between vowels.
        if (stem.charCodeAt(0) === 100 && rest.charCodeAt(0) === 114) rest = 'd' + rest.slice(1);
        const use = pieceOf(REDUPLICATIONS.syllable, stem.slice(0, length) + '-');
        const next = slots & ~(Slot.redup | Slot.infix | Slot.outer);
        this.search(
          rest,
          next,
          cost + REDUPLICATIONS.syllable.cost,
          extend(chain, use),
          hyphenated,
          depth + 1,
        );
      }
    }
    if (slots & Slot.infix) this.infixes(stem, cost, chain, hyphenated, depth);
    const candidates = prefixesOf(stem);
    for (let index = 0; index < candidates.length; index++) {
      const prefix = candidates[index]!;
      if ((prefix.slot & slots) === 0 || !stem.startsWith(prefix.form)) continue;
      const { def, form } = prefix;
      let rest = stem.slice(form.length);
      let hyphen = false;
      if (rest.charCodeAt(0) === 45) {
        rest = rest.slice(1);
        hyphen = true;
      }
      if (rest.length < 2) continue;
      if (prefix.nasal) {
        if (!hyphen) this.nasal(def, form, rest, cost, chain, depth);
        continue;
      }
      if (!hyphen && !assimilates(form, rest)) continue;
      if (prefix.before !== undefined && !prefix.before.includes(rest[0]!)) continue;
      if (prefix.notOn?.has(rest)) continue;
      let next = extend(chain, prefix.use);
      let nextCost = cost + prefix.cost;
      // Standard spelling puts a hyphen between a consonant-final prefix and a vowel:
      // `mag-aral`, `pag-asa`; `magigi` is not mag- + igi.
      if (!hyphen && prefix.endsInConsonant && isVowelAt(rest, 0)) nextCost += 1;
      if (prefix.clipped && !hyphen) this.clipped(rest, nextCost, next);
      // A vowel merged with the prefix's: `malaman` ← ma- + alam + -an.
      if (!hyphen && prefix.endsInA && isConsonantAt(rest, 0) && isVowelAt(rest, 1))
        this.emit('a' + rest, nextCost + 1, next, false, true);
      if (prefix.redup) {
        next = extend(next, prefix.redupUse);
        nextCost += REDUPLICATIONS.syllable.cost;
      }
      const nextSlots = prefix.redup ? prefix.then & ~Slot.redup : prefix.then;
      this.search(rest, nextSlots, nextCost, next, hyphenated || hyphen, depth + 1);
    }
  }

  private infixes(
    stem: string,
    cost: number,
    chain: Chain | undefined,
    hyphenated: boolean,
    depth: number,
  ): void {
    const onset = onsetLength(stem);
    for (const infix of INFIX_FORMS) {
      const { form, then } = infix;
      if (infix.before !== undefined) {
        // `ni-` before l, y, w, h or a vowel: `nilagay`, `iniulat`.
        if (stem.startsWith(form) && infix.before.includes(stem[2] ?? '') && stem.length > 4) {
          const next = extend(chain, infix.prefixUse);
          this.search(stem.slice(2), then, cost + infix.cost, next, hyphenated, depth + 1);
        }
        continue;
      }
      if (onset > 0) {
        if (stem.startsWith(form, onset) && isVowelAt(stem, onset + 2)) {
          const rest = stem.slice(0, onset) + stem.slice(onset + 2);
          const next = extend(chain, infix.infixUse);
          this.search(rest, then, cost + infix.cost, next, hyphenated, depth + 1);
        }
        // After a borrowed cluster: `prumoblema`, `gumradweyt`.
        else if (
          isConsonantAt(stem, 1) &&
          stem.startsWith(form, 2) &&
          isVowelAt(stem, 4) &&
          onset === 1
        ) {
          const rest = stem.slice(0, 2) + stem.slice(4);
          const next = extend(chain, infix.infixUse);
          this.search(rest, then, cost + infix.cost + 0.8, next, hyphenated, depth + 1);
        }
      } else if (stem.startsWith(form) && isVowelAt(stem, 2)) {
        // Before a vowel the infix is a prefix: `umalis`, `inalis`.
        const next = extend(chain, infix.prefixUse);
        this.search(stem.slice(2), then, cost + infix.cost, next, hyphenated, depth + 1);
      } else if (stem.startsWith(infix.hyphened)) {
        const next = extend(chain, infix.prefixUse);
        this.search(stem.slice(3), then, cost + infix.cost, next, true, depth + 1);
      }
    }
  }

  /**
   * A root of one syllable keeps `ma-` in its lemma: `naging`, `magiging`, `pagiging` ← maging.
   */
  private shortRoot(stem: string, cost: number, chain: Chain): void {
    if (stem.length < 3 || syllableCount(stem) !== 1) return; // the common case, checked first
    let link: Chain | undefined = chain;
    while (link && link.use.kind === 'reduplication') link = link.outer;
    const lemmaPrefix = link && AFFIX_BY_ID.get(link.use.id)?.shortRootPrefix;
    if (!lemmaPrefix) return;
    this.found.add(lemmaPrefix + stem, chain, cost + 0.5);
  }

  /** `ikatlo` ← tatlo, `ikalawa` ← dalawa: the numeral's first syllable is dropped. */
  private clipped(rest: string, cost: number, chain: Chain): void {
    if (isConsonantAt(rest, 0) && isConsonantAt(rest, 1))
      this.root(rest[0] + 'a' + rest, cost + 0.2, chain, false);
    else if (isConsonantAt(rest, 0)) this.root('da' + rest, cost + 0.4, chain, false);
  }

  /** `mamili` ← bili, `pamamahagi` ← bahagi, `pangunahin` ← una, `manood` ← nood. */
  private nasal(
    def: AffixDef,
    form: string,
    rest: string,
    cost: number,
    chain: Chain | undefined,
    depth: number,
  ): void {
    const prefixed = extend(
      chain,
      pieceOf(def, form + (rest.startsWith('ng') ? 'ng-' : rest[0] + '-')),
    );
    this.nasalRoots(rest, prefixed, cost + def.cost, depth);
    const length = redupLength(rest);
    if (length > 0) {
      const use = pieceOf(REDUPLICATIONS.syllable, rest.slice(0, length) + '-');
      const nextCost = cost + def.cost + REDUPLICATIONS.syllable.cost;
      this.nasalRoots(rest.slice(length), extend(prefixed, use), nextCost, depth);
    }
  }

  /** The roots whose first sound the nasal starting `stem` replaced. */
  private nasalRoots(stem: string, chain: Chain, cost: number, depth: number): void {
    const nasal = stem.startsWith('ng') ? 'ng' : stem[0]!;
    const sources = NASAL_SOURCES[nasal];
    if (!sources || !isVowelAt(stem, nasal.length)) return;
    const tail = stem.slice(nasal.length);
    // The restored root may carry `pa-` or `ka-` itself: `mamamahayag` ← pahayag ← hayag.
    const next = Slot.pa | Slot.ka;
    for (let rank = 0; rank < sources.length; rank++)
      this.search(sources[rank]! + tail, next, cost + 0.15 * rank, chain, false, depth + 1);
  }

  /**
   * A nasal fused with the root's first consonant without a separate prefix syllable:
   * `manalo`, `nanalo` ← panalo, `kamatayan` ← ka- + patay.
   */
  private fusedNasal(
    stem: string,
    cost: number,
    chain: Chain | undefined,
    outer: boolean,
    depth: number,
  ): void {
    if (!isVowelAt(stem, 1)) return;
    const first = stem.charCodeAt(0);
    if (first !== 109 && !(outer && first === 110 && stem.charCodeAt(1) === 97)) return;
    const tail = stem.slice(1);
    const use = pieceOf(FUSED_NASAL, stem[0] + '-');
    const sources = first === 109 ? FUSED_SOURCES_M : FUSED_SOURCES_N;
    for (let rank = 0; rank < sources.length; rank++)
      this.search(
        sources[rank]! + tail,
        Slot.pa | Slot.ka | Slot.redup,
        cost + FUSED_NASAL.cost + 0.2 * rank,
        extend(chain, use),
        false,
        depth + 1,
      );
  }
}
