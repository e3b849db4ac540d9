// What a chain of affixes means: aspect, focus and part of speech, and which prefix + suffix
// pairs read as one circumfix (`ka-…-an`).
import { AFFIX_BY_ID, CIRCUMFIXES, REDUPLICATIONS } from './affixes';
import type { AffixUse, Analysis, Aspect, Focus } from './analysis';

type Features = Pick<Analysis, 'aspect' | 'focus' | 'posHint'>;

const COMPLETED_TO_INCOMPLETED: Readonly<Record<Aspect, Aspect>> = {
  infinitive: 'contemplated',
  completed: 'incompleted',
  incompleted: 'incompleted',
  contemplated: 'contemplated',
  recentlyCompleted: 'recentlyCompleted',
};

/** Merges a prefix and suffix that form a circumfix into one piece. `affixes` is innermost first. */
export function withCircumfixes(affixes: readonly AffixUse[]): readonly AffixUse[] {
  const suffixIndex = affixes.findIndex((affix) => affix.kind === 'suffix');
  if (suffixIndex < 0) return affixes;
  const suffix = affixes[suffixIndex]!;
  // The prefix nearest the root (after reduplication) pairs with the suffix.
  const prefixIndex = affixes.findIndex((affix) => affix.kind === 'prefix');
  if (prefixIndex < 0) return affixes;
  const prefix = affixes[prefixIndex]!;
  // pag- under another prefix leaves the suffix to that one: `papagbayarin` is the causative pa-
  // of a mag- verb, `pakikipagtulungan` the noun pakiki- of a makipag- verb.
  if (prefix.id === 'pag' && affixes.some((a, at) => at > prefixIndex && a.kind === 'prefix'))
    return affixes;
  const circumfix = CIRCUMFIXES.find((c) => c.prefix === prefix.id && c.suffix === suffix.id);
  if (!circumfix) return affixes;
  const merged: AffixUse = {
    id: circumfix.id,
    kind: 'circumfix',
    form: `${prefix.form}…${suffix.form}`,
  };
  return affixes.flatMap((affix, index) =>
    index === prefixIndex ? [merged] : index === suffixIndex ? [] : [affix],
  );
}

const DIRECTION: AffixUse = {
  id: REDUPLICATIONS.direction.id,
  kind: REDUPLICATIONS.direction.kind,
  form: 'pa-',
};

/**
 * Names the copy of `pa-` with no verbal affix around it for what it means, direction, not
 * aspect: `papalabas` (on the way out), `papalapit` (coming nearer). `affixes` is innermost first;
 * a linker or clitic may follow.
 */
export function withDirectionalCopy(affixes: readonly AffixUse[]): readonly AffixUse[] {
  const [pa, copy, ...rest] = affixes;
  if (pa?.id !== 'pa' || copy?.id !== REDUPLICATIONS.syllable.id || copy.form !== 'pa-')
    return affixes;
  if (rest.some((affix) => affix.kind !== 'linker' && affix.kind !== 'clitic')) return affixes;
  return [pa, DIRECTION, ...rest];
}

/**
 * Whether the pieces make the noun of a maki- or makipag- verb: pakiki- with pag- inside it
 * (`pakikipagtulungan`, cooperation) or with no suffix (`pakikisama`, getting along). With a
 * suffix and no pag- it is a verb (`pakikiusapan`, will be asked), as is `paki-` alone (`pakiabot`,
 * please hand over). `affixes` is innermost first; i- or -in- around it (checked by the caller)
 * make a verb too (`pinakikisamahan`).
 */
function isSocialNoun(affixes: readonly AffixUse[]): boolean {
  const at = affixes.findIndex((affix) => affix.id === 'paki');
  const copy = affixes[at - 1];
  if (at < 0 || copy?.id !== REDUPLICATIONS.syllable.id) return false;
  const inside = affixes.slice(0, at - 1);
  return (
    inside.some((affix) => affix.id === 'pag' || affix.id === 'pag-an') ||
    !inside.some((affix) => affix.kind === 'suffix' || affix.kind === 'circumfix')
  );
}

// Prefixes with i- in them, whose verb's focus i- sets: mai- and nai- are ma- and na- on i-
// (`maibigay`, can be given; `maipagluto`, can be cooked for someone).
const I_PREFIXES: ReadonlySet<string> = new Set(['i', 'mai', 'nai']);

/** The id of the nasal fused with the root's first consonant, without a prefix syllable. */
const FUSED_NASAL = 'nasal';

const RECENTLY_COMPLETED: Features = { aspect: 'recentlyCompleted', posHint: 'verb' };

/**
 * Whether the pieces are ka- over a copied syllable and nothing else (a linker or clitic aside):
 * the verb of an action just done (`katutulog`, has just fallen asleep; `kakakain`, has just
 * eaten), which marks no focus. `affixes` is innermost first. With -an the same pieces make a
 * noun of what something comes to (`kalalabasan`, outcome).
 */
export function isRecentlyCompleted(affixes: readonly AffixUse[]): boolean {
  let pieces = 0;
  for (const affix of affixes) {
    if (affix.kind === 'linker' || affix.kind === 'clitic') continue;
    const expected = pieces === 0 ? REDUPLICATIONS.syllable.id : 'ka';
    if (pieces > 1 || affix.id !== expected) return false;
    pieces++;
  }
  return pieces === 2;
}

/** Aspect, focus and part of speech that the pieces imply. `affixes` is innermost first. */
export function featuresOf(affixes: readonly AffixUse[]): Features {
  if (isRecentlyCompleted(affixes)) return RECENTLY_COMPLETED;
  let aspect: Aspect | undefined;
  let focus: Focus | undefined;
  let posHint: Analysis['posHint'];
  let reduplicated = false;
  let hasI = false;
  let hasPag = false;
  let hasPang = false;
  let suffixFocus: Focus | undefined;
  let infixIn = false;
  let outerId = '';
  // Outermost first: the outer verbal prefix decides aspect and focus.
  for (let index = affixes.length - 1; index >= 0; index--) {
    const affix = affixes[index]!;
    if (affix.kind === 'linker' || affix.kind === 'clitic') continue;
    if (affix.kind === 'reduplication') {
      if (affix.id === 'redup-cv') reduplicated = true;
      continue;
    }
    // pag- under pa- is the causative of a mag- verb (`papagsalitain`), no noun of the action.
    const causativePag = affix.id === 'pag' && outerId === 'pa';
    outerId = affix.id;
    if (causativePag) {
      hasPag = true;
      posHint ??= 'verb';
      continue;
    }
    if (affix.id === FUSED_NASAL) {
      // The nasal fused with the root is maN-'s (`manalo`, to win), or as n- naN-'s (`nanalo`,
      // won): an actor-focus verb, unless a prefix outside it says otherwise.
      aspect ??= affix.form === 'n-' ? 'completed' : 'infinitive';
      focus ??= 'actor';
      posHint ??= 'verb';
      continue;
    }
    const def = AFFIX_BY_ID.get(affix.id);
    if (I_PREFIXES.has(affix.id)) hasI = true;
    if (affix.id === 'pag') hasPag = true;
    if (affix.id === 'pang') hasPang = true;
    if (affix.id === 'infix-in') infixIn = true;
    if (affix.kind === 'suffix') {
      suffixFocus = def?.focus;
      aspect ??= def?.aspect;
    } else if (affix.kind === 'circumfix') {
      const circumfix = CIRCUMFIXES.find((c) => c.id === affix.id);
      const prefix = circumfix ? AFFIX_BY_ID.get(circumfix.prefix) : undefined;
      aspect ??= circumfix?.aspect ?? prefix?.aspect;
      focus ??= circumfix?.focus;
      posHint ??= circumfix?.posHint;
    } else if (def) {
      if (affix.id === 'infix-in' && aspect !== undefined && aspect !== 'completed')
        aspect = undefined;
      aspect ??= def.aspect;
      if (def.focus === 'actor') focus ??= 'actor';
      posHint ??= def.posHint;
    }
  }
  if (infixIn && aspect === 'infinitive') aspect = 'completed';
  if (aspect && reduplicated) aspect = COMPLETED_TO_INCOMPLETED[aspect];
  else if (!aspect && reduplicated && posHint === undefined) aspect = 'contemplated';
  if (!focus) {
    if (hasI) focus = hasPag ? 'benefactive' : hasPang ? 'instrumental' : 'object';
    else if (suffixFocus) focus = suffixFocus;
    else if (infixIn) focus = 'object';
  }
  if (!hasI && !infixIn && isSocialNoun(affixes)) posHint = 'noun';
  if (posHint === 'noun' || posHint === 'adjective' || posHint === 'numeral') {
    if (!hasI && !infixIn && affixes.every((a) => a.kind !== 'infix')) {
      aspect = undefined;
      focus = undefined;
    }
  }
  return {
    ...(aspect ? { aspect } : {}),
    ...(focus ? { focus } : {}),
    ...(posHint ? { posHint } : aspect || focus ? { posHint: 'verb' as const } : {}),
  };
}
