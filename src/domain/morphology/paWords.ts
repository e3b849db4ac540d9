// Words built with paN- (the nasal in place of the root's first sound) that are words of their
// own, and a learner's lemma: paniwala (belief), pangako (promise), panakot (a threat). A reading
// as root + maN-, naN- or paN- is followed by the paN- word as its lemma with the other pieces
// (maN- and naN- leave their nasal), a little dearer: the root is more often the lemma. (Words
// with pa- alone, like paliwanag, are reached as roots already: the engine also reads pa- as part
// of the root.)
import type { AffixUse } from './analysis';
import { innermostPrefix, withLinkReplaced, type Reached } from './chain';
import { FUSED_NASAL_M, FUSED_NASAL_N } from './engine';
import { isVowelAt } from './phonology';

const PA_WORD_COST = 0.5;
const NASAL_PREFIXES = new Set(['pang', 'pang-nasal', 'mang', 'nang']);

// On the paN- word, maN- and naN- leave their nasal fused with it: `nananalo` (is winning) is
// panalo with n- and a copied syllable, as `nanalo` (won) is panalo with n-.
const NASAL_LEFT: ReadonlyMap<string, AffixUse> = new Map([
  ['mang', FUSED_NASAL_M],
  ['nang', FUSED_NASAL_N],
]);

/** Adds the paN- word of each root reached under maN-, naN- or paN- in `key`. */
export function addPaWords(reached: Reached, key: string): void {
  const length = reached.length;
  for (let at = 0; at < length; at++) {
    const chain = reached.chains[at];
    const link = innermostPrefix(chain);
    if (!link || !NASAL_PREFIXES.has(link.use.id)) continue;
    const lemma = paWord(link.use.form, reached.roots[at]!, key);
    if (lemma !== undefined)
      reached.add(
        lemma,
        withLinkReplaced(chain!, link, NASAL_LEFT.get(link.use.id)),
        reached.costs[at]! + PA_WORD_COST,
      );
  }
}

/** `man-` + tiwala → paniwala; `pang-` + ako → pangako; nothing where the nasal is no substitute. */
function paWord(form: string, root: string, key: string): string | undefined {
  const nasal = form.slice(2, -1); // `man-` → n, `pang-` → ng
  if (nasal !== 'n' && nasal !== 'm' && nasal !== 'ng') return undefined;
  if (isVowelAt(root, 0)) return key.includes(nasal + root) ? 'pa' + nasal + root : undefined;
  // The nasal in place of the root's first consonant, not before it (`pandaigdig` keeps its d).
  const stem = nasal + root.slice(1);
  return key.includes(stem) && !key.includes(nasal + root) ? 'pa' + stem : undefined;
}
