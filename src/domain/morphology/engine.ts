// The engine: strips affixes off a word by the tables in ./affixes, trying every chain the
// tables allow, and records each root it reaches with the pieces it took off and their cost.
import {
  AFFIX_BY_ID,
  CLIPPED_NUMERALS,
  INFIXES,
  REDUPLICATIONS,
  Slot,
  type AffixDef,
} from './affixes';
import type { AffixUse } from './analysis';
import { codeAt } from './chars';
import {
  isCluster,
  isConsonantAt,
  isMonosyllable,
  isVowelAt,
  onsetLength,
  otherVowelCopyLength,
  redupLength,
  syllableCount,
} from './phonology';
import { assimilates, keptWhole, prefixesOf } from './prefixForms';
import { hasAffix, hasKind, outerPrefix } from './chain';
import { extend, pieceOf, Reached, RootCollector, withoutLink, type Chain } from './roots';

export { Reached, type Chain } from './roots';

const MAX_DEPTH = 6;
// Two prefixes that make one prefix of the table (`mag-` + `ka-`) cost this much more than it.
const FUSED_PAIR_COST = 0.6;
const START_SLOTS = Slot.outer | Slot.redup | Slot.infix | Slot.nasal;

// Sounds a nasal replaces, likeliest first, each with its rank (0.15 a rank): m ← p, b; n ← t,
// s, d, l; ng ← a vowel, or ng or k alike. Roots in ng are few, but where one fits it is mostly
// the word (`pangalan` ← ngalan, not kalan "stove"): ng is tried before k at the same cost.
interface NasalSources {
  readonly sounds: readonly string[];
  readonly ranks: readonly number[];
}
const NASAL_SOURCES_M: NasalSources = { sounds: ['p', 'b', 'm'], ranks: [0, 1, 2] };
const NASAL_SOURCES_N: NasalSources = { sounds: ['t', 's', 'd', 'n', 'l'], ranks: [0, 1, 2, 3, 4] };
const NASAL_SOURCES_NG: NasalSources = {
  sounds: ['', 'ng', 'k', 'g', 'h'],
  ranks: [0, 1, 1, 3, 4],
};

/** The nasal starting `stem` before a vowel: 2 for ng, 1 for m or n, 0 for none. */
function nasalLength(stem: string): number {
  const first = stem.length > 0 ? codeAt(stem, 0) : 0;
  if (first === 110 /* n */ && stem.length > 1 && codeAt(stem, 1) === 103 /* g */)
    return isVowelAt(stem, 2) ? 2 : 0;
  return (first === 109 /* m */ || first === 110) && isVowelAt(stem, 1) ? 1 : 0;
}

const FUSED_NASAL = AFFIX_BY_ID.get('nasal')!;
/** The nasal of maN- (`m-`) and of naN- (`n-`) fused with the root, as pieces. */
export const FUSED_NASAL_M = pieceOf(FUSED_NASAL, 'm-');
export const FUSED_NASAL_N = pieceOf(FUSED_NASAL, 'n-');
const FUSED_SOURCES_M = ['p', 'b'];
const FUSED_SOURCES_N = ['p'];

// Pieces of reduplicated syllables by their letters' char codes (ASCII letters, at most three),
// so that a piece's form is built and looked up as a string once, not once per word.
const SYLLABLE_PIECES = new Map<number, AffixUse>();
const SYLLABLE_PIECE_LIMIT = 50_000;

/** The piece of the syllable `stem` starts with, `length` letters long (`ka-` for `kakain`). */
function syllablePiece(stem: string, length: number): AffixUse {
  let key = length;
  for (let index = 0; index < length; index++) {
    const code = codeAt(stem, index);
    if (code >= 128) return pieceOf(REDUPLICATIONS.syllable, stem.slice(0, length) + '-');
    key = key * 128 + code;
  }
  let piece = SYLLABLE_PIECES.get(key);
  if (piece === undefined) {
    piece = pieceOf(REDUPLICATIONS.syllable, stem.slice(0, length) + '-');
    if (SYLLABLE_PIECES.size < SYLLABLE_PIECE_LIMIT) SYLLABLE_PIECES.set(key, piece);
  }
  return piece;
}

// The infix table with each piece made once. Before a vowel an infix is written as a prefix
// (`umalis`): that piece has kind `prefix` (`ni-` is a prefix in the table already).
const INFIX_FORMS = INFIXES.map((def) => {
  const form = def.forms[0]!;
  const asPrefix = def.before ? def : { id: def.id, kind: 'prefix' as const };
  if (form.length !== 2) throw new Error(`an infix of two letters expected: ${form}`);
  return {
    first: form.charCodeAt(0),
    second: form.charCodeAt(1),
    before: def.before,
    then: def.then,
    cost: def.cost,
    um: def.id === 'infix-um',
    infixUse: pieceOf(def, '-' + form + '-'),
    prefixUse: pieceOf(asPrefix, form + '-'),
  };
});

/** `-in-` and `-um-` inside a word, by form, as pieces with their cost. */
export const INFIX_PIECES: ReadonlyMap<string, { readonly use: AffixUse; readonly cost: number }> =
  new Map(
    INFIX_FORMS.filter((infix) => infix.before === undefined).map((infix) => [
      String.fromCharCode(infix.first, infix.second),
      { use: infix.infixUse, cost: infix.cost },
    ]),
  );

/** Whether `piece` is a prefix ending in a, which merges with a root's first a (`malaman`). */
const mergesVowel = (piece: AffixUse): boolean =>
  piece.kind === 'prefix' && piece.form.length > 2 && piece.form.endsWith('a-');

const UM_INSIDE_MAG_COST = 2;

// Informal writing keeps `pang-` whole before b and p (`pangbata` for pambata): read so too,
// behind the readings of standard spelling.
const KEPT_WHOLE_COST = 0.8;

/**
 * What reading `rest` as a root in a whose a merged with the prefix's costs. Most roots in a keep
 * both vowels (`maalis`, `naantala`); alam (know) all but always merges before -an (`nalaman`,
 * `malalaman`), where its look-alike laman (content) seldom takes these affixes.
 */
const mergedVowelCost = (rest: string): number => (rest.startsWith('laman') ? 0 : 1);

// Under `pinaka-` an infix makes the superlative of a participle, nearly always with the copied
// syllable of the ongoing aspect (`pinakaginagamit` "most used", `pinakahinahangaan`): without
// the copy the word is mostly a root in CinV or CumV (`pinakatinapay`, `pinakakumander`).
const INFIX_UNDER_PINAKA_COST = 1.5;

// l, y, w: the first letters of roots that take `-in-` as `ni-`.
const NI_ROOT_ONSETS = new Set([108, 121, 119]);

// `sa-` inside `-in-` comes with `i-` outside it (`isinaayos`, `isinailalim`): without it the
// word is -in- on a root in sa (`sinalanta` ← salanta, not sa- + lanta).
const SA_WITHOUT_I_COST = 1.5;

// `pa-` inside `-um-` (`pumalaot` ← laot) is rarer than a root in pa (`pumasok` ← pasok).
const PA_INSIDE_UM_COST = 1;

const saWithoutI = (chain: Chain | undefined): boolean =>
  outerPrefix(chain).id === 'infix-in' && !hasAffix(chain, 'i');

// A copy with the other of o and u (`nanunood`) is informal, and a root may start so itself
// (`tutol`, `bubog`): such a copy costs this much more than one of the same letters.
const OTHER_VOWEL_COPY_COST = 1.5;

/** How many letters at the start of `stem` are a copied syllable (0: none), and their cost. */
function copyOf(stem: string): { copied: number; copyCost: number } {
  const copied = redupLength(stem);
  if (copied > 0) return { copied, copyCost: REDUPLICATIONS.syllable.cost };
  const otherVowel = otherVowelCopyLength(stem);
  return { copied: otherVowel, copyCost: REDUPLICATIONS.syllable.cost + OTHER_VOWEL_COPY_COST };
}

/** Whether `stem` starts with one of `starts`, maybe after a copied syllable (`dadalawa`). */
function startsWithOneOf(stem: string, starts: readonly string[]): boolean {
  const copied = redupLength(stem);
  return starts.some((start) => stem.startsWith(start) || stem.startsWith(start, copied));
}

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
    // Not after a hyphen: the root is written whole there (`na-scam` is scam, not mascam).
    if (depth > 0 && chain && !hyphenated) this.shortRoot(stem, cost, chain);
    const length = stem.length;
    if (depth >= MAX_DEPTH || length < 4) return;
    if (slots & Slot.nasal) this.fusedNasal(stem, cost, chain, depth === 0, depth);
    if (slots & Slot.redup) {
      const { copied, copyCost } = copyOf(stem);
      if (copied > 0) {
        let rest = stem.slice(copied);
        // `darating`: the copy keeps d, the root's d becomes r between vowels.
        if (codeAt(stem, 0) === 100 && codeAt(stem, copied) === 114) rest = 'd' + rest.slice(1);
        const use = syllablePiece(stem, copied);
        // `nalalaman` ← na- + la- + alam + -an: the copy is of the syllable that a prefix's final
        // a merged into (`nalaman`), as below for the prefix alone; dearer, as most such words are
        // a prefix + a copy + a root in the copied syllable (`nakatatag` ← tatag).
        if (chain && !hyphenated && mergesVowel(chain.use) && isVowelAt(rest, 1))
          this.emit(
            'a' + rest,
            cost + copyCost + 2 * mergedVowelCost(rest),
            extend(chain, use),
            false,
            true,
          );
        // A word's first syllable copied may be that of `pa-` (`papalabas` ← pa- + labas).
        const next =
          (slots & ~(Slot.redup | Slot.infix | Slot.outer)) | (depth === 0 ? Slot.pa : 0);
        this.search(rest, next, cost + copyCost, extend(chain, use), hyphenated, depth + 1);
      }
    }
    if (slots & (Slot.infix | Slot.um))
      this.infixes(stem, cost, chain, hyphenated, depth, (slots & Slot.infix) === 0);
    const candidates = prefixesOf(stem);
    for (let index = 0; index < candidates.length; index++) {
      const prefix = candidates[index]!;
      if ((prefix.slot & slots) === 0) continue;
      const { def, form } = prefix;
      let start = form.length;
      const hyphen = start < length && codeAt(stem, start) === 45;
      if (hyphen) start++;
      if (length - start < 2) continue;
      if (prefix.nasal) {
        if (!hyphen) this.nasal(def, form, stem.slice(start), cost, chain, depth);
        continue;
      }
      let nextCost = cost + prefix.cost;
      if (!hyphen && !assimilates(prefix.assimilation, codeAt(stem, start))) {
        if (!keptWhole(prefix.assimilation, codeAt(stem, start))) continue;
        nextCost += KEPT_WHOLE_COST;
      }
      const rest = stem.slice(start);
      if (prefix.before !== undefined && !prefix.before.includes(rest[0]!)) continue;
      if (prefix.notOn?.has(rest)) continue;
      if (prefix.onlyBefore && !startsWithOneOf(rest, prefix.onlyBefore)) continue;
      let next = extend(chain, hyphen || !isVowelAt(rest, 0) ? prefix.use : prefix.beforeVowelUse);
      if (prefix.fusedAfter.size > 0 && prefix.fusedAfter.has(outerPrefix(chain)))
        nextCost += FUSED_PAIR_COST;
      if (prefix.slot === Slot.sa && saWithoutI(chain)) nextCost += SA_WITHOUT_I_COST;
      if (prefix.def.id === 'pa' && outerPrefix(chain).id === 'infix-um')
        nextCost += PA_INSIDE_UM_COST;
      // Standard spelling puts a hyphen between a consonant-final prefix and a vowel:
      // `mag-aral`, `pag-asa`; `magigi` is not mag- + igi.
      if (!hyphen && prefix.endsInConsonant && isVowelAt(rest, 0)) nextCost += 1;
      if (prefix.clipped && !hyphen) this.clipped(rest, nextCost, next);
      // A vowel merged with the prefix's: `malaman` ← ma- + alam + -an.
      if (!hyphen && prefix.endsInA && isConsonantAt(rest, 0) && isVowelAt(rest, 1))
        this.emit('a' + rest, nextCost + mergedVowelCost(rest), next, false, true);
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
    umOnly: boolean,
  ): void {
    // `stem` has four letters or more (see `search`), so every index read below is within it.
    const onset = onsetLength(stem);
    const underPinaka = chain !== undefined && chain.use.id === 'pinaka';
    for (let index = 0; index < INFIX_FORMS.length; index++) {
      const infix = INFIX_FORMS[index]!;
      if (umOnly && !infix.um) continue;
      // Inside mag-/pag- the infix is rare, and roots in CumV are many (`magsumite`, `kumander`):
      // the word without it comes first.
      const infixCost =
        infix.cost + (umOnly ? UM_INSIDE_MAG_COST : underPinaka ? INFIX_UNDER_PINAKA_COST : 0);
      const { first, second, then } = infix;
      const startsWithInfix = codeAt(stem, 0) === first && codeAt(stem, 1) === second;
      // Before a hyphen the infix is a prefix: `um-order`, `in-update`, `ni-reject`.
      if (startsWithInfix && codeAt(stem, 2) === 45) {
        const next = extend(chain, infix.prefixUse);
        this.search(stem.slice(3), then, cost + infixCost, next, true, depth + 1);
        continue;
      }
      if (infix.before !== undefined) {
        // `ni-` before l, y, w, h or a vowel: `nilagay`, `iniulat`.
        if (startsWithInfix && infix.before.includes(stem[2]!) && stem.length > 4) {
          const next = extend(chain, infix.prefixUse);
          this.search(stem.slice(2), then, cost + infixCost, next, hyphenated, depth + 1);
        }
        continue;
      }
      if (onset > 0) {
        if (
          codeAt(stem, onset) === first &&
          codeAt(stem, onset + 1) === second &&
          isVowelAt(stem, onset + 2)
        ) {
          const rest = stem.slice(0, onset) + stem.slice(onset + 2);
          const next = extend(chain, infix.infixUse);
          // Roots in l, y, w take -in- mostly as ni- (`nilinis`): `linisan` is linis + -an.
          const extra = !infix.um && onset === 1 && NI_ROOT_ONSETS.has(codeAt(stem, 0)) ? 0.6 : 0;
          this.search(rest, then, cost + infixCost + extra, next, hyphenated, depth + 1);
        }
        // After a borrowed cluster: `prumoblema`, `gumradweyt`.
        else if (
          isConsonantAt(stem, 1) &&
          codeAt(stem, 2) === first &&
          codeAt(stem, 3) === second &&
          isVowelAt(stem, 4) &&
          onset === 1
        ) {
          const rest = stem.slice(0, 2) + stem.slice(4);
          const next = extend(chain, infix.infixUse);
          this.search(rest, then, cost + infixCost + 0.8, next, hyphenated, depth + 1);
        }
        // Inside a borrowed cluster, after its first consonant: `pinroseso`, `kinlaro`.
        else if (
          onset === 1 &&
          codeAt(stem, 1) === first &&
          codeAt(stem, 2) === second &&
          isCluster(codeAt(stem, 0), codeAt(stem, 3)) &&
          isVowelAt(stem, 4)
        ) {
          const rest = stem.slice(0, 1) + stem.slice(3);
          const next = extend(chain, infix.infixUse);
          this.search(rest, then, cost + infixCost + 0.5, next, hyphenated, depth + 1);
        }
      } else if (startsWithInfix && isVowelAt(stem, 2)) {
        // Before a vowel the infix is a prefix: `umalis`, `inalis`.
        const next = extend(chain, infix.prefixUse);
        this.search(stem.slice(2), then, cost + infixCost, next, hyphenated, depth + 1);
      }
    }
  }

  /**
   * A root of one syllable keeps `ma-` in its lemma: `naging`, `magiging`, `pagiging` ← maging.
   */
  private shortRoot(stem: string, cost: number, chain: Chain): void {
    if (stem.length < 3 || !isMonosyllable(stem)) return; // the common case, checked first
    if (stem.includes('-')) return; // `nag-chat` is na- + g-chat: no lemma mag-chat
    // Such lemmas (`maging`) end in ng themselves: not a stem left once a linker was taken off.
    if (hasKind(chain, 'linker')) return;
    let link: Chain | undefined = chain;
    while (link && link.use.kind === 'reduplication') link = link.outer;
    const lemmaPrefix = link && AFFIX_BY_ID.get(link.use.id)?.shortRootPrefix;
    if (!lemmaPrefix) return;
    // The lemma's own `ma-` is no piece of the word (`macro`, `magiging` ← maging + gi-).
    const pieces = link!.use.form === lemmaPrefix + '-' ? withoutLink(chain, link!) : chain;
    this.found.add(lemmaPrefix + stem, pieces, cost + 0.5);
  }

  /**
   * `ikatlo` ← tatlo, `ikalawa` ← dalawa: the numeral's first syllable is dropped. Ranked above
   * `rest` as a root of its own: `ikalawa` is "second", not lawa "lake" + ika-.
   */
  private clipped(rest: string, cost: number, chain: Chain): void {
    const numeral = rest.length <= 4 ? CLIPPED_NUMERALS.get(rest) : undefined;
    if (numeral !== undefined) this.root(numeral, cost - 0.5, chain, false);
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
    const { copied, copyCost } = copyOf(rest);
    // Only a nasal (after a copied syllable, maybe) stands for a replaced sound: most rests
    // start with none, and need no piece built for them.
    if (nasalLength(rest) === 0 && (copied === 0 || nasalLength(rest.slice(copied)) === 0)) return;
    const prefixed = extend(
      chain,
      pieceOf(def, form + (rest.startsWith('ng') ? 'ng-' : rest[0] + '-')),
    );
    this.nasalRoots(rest, prefixed, cost + def.cost, depth);
    if (copied > 0) {
      const use = syllablePiece(rest, copied);
      const nextCost = cost + def.cost + copyCost;
      this.nasalRoots(rest.slice(copied), extend(prefixed, use), nextCost, depth);
    }
  }

  /** The roots whose first sound the nasal starting `stem` replaced. */
  private nasalRoots(stem: string, chain: Chain, cost: number, depth: number): void {
    const nasal = nasalLength(stem);
    if (nasal === 0) return;
    const sources =
      nasal === 2 ? NASAL_SOURCES_NG : codeAt(stem, 0) === 109 ? NASAL_SOURCES_M : NASAL_SOURCES_N;
    const tail = stem.slice(nasal);
    // The restored root may carry `pa-` or `ka-` itself: `mamamahayag` ← pahayag ← hayag. Not a
    // restored k as ka-: before ka- the nasal keeps the k (`pangkabuhayan`), so `pangalagaan` is
    // pang- + alaga + -an, not pang- + ka- + laga + -an.
    const { sounds, ranks } = sources;
    for (let index = 0; index < sounds.length; index++) {
      const sound = sounds[index]!;
      const slots = sound === 'k' ? Slot.pa : Slot.pa | Slot.ka;
      this.search(sound + tail, slots, cost + 0.15 * ranks[index]!, chain, false, depth + 1);
    }
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
    // `stem` has four letters or more (see `search`).
    if (!isVowelAt(stem, 1)) return;
    const first = codeAt(stem, 0);
    if (first !== 109 && !(outer && first === 110 && codeAt(stem, 1) === 97)) return;
    const tail = stem.slice(1);
    // A root of one syllable is English, which takes no nasal (`mark` is no park).
    if (syllableCount(tail) < 2) return;
    const use = first === 109 ? FUSED_NASAL_M : FUSED_NASAL_N;
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
