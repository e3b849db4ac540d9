/**
 * The key a word is filed under: lower case, straight apostrophes, no accents (Tagalog marks
 * stress with accents only in dictionaries: `bása`, `basà` are both filed as `basa`), and none of
 * the invisible format characters text from web pages carries (soft hyphens, zero-width spaces).
 */
export function lexiconKey(word: string): string {
  if (isPlainAscii(word)) return word.toLowerCase();
  return word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u2010\u2011\u2013]/g, '-')
    .replace(/\p{Cf}/gu, '')
    .toLowerCase()
    .trim();
}

/**
 * Whether `lexiconKey` only lowers the case of `word`: ASCII without a backtick (nothing to
 * decompose or replace) and nothing to trim at either end. Most words are, and the normalizations
 * above cost far more than this one pass.
 */
function isPlainAscii(word: string): boolean {
  const length = word.length;
  if (length === 0 || word.charCodeAt(0) <= 32 || word.charCodeAt(length - 1) <= 32) return false;
  for (let index = 0; index < length; index++) {
    const code = word.charCodeAt(index);
    if (code >= 127 || code === 96 /* ` */) return false;
  }
  return true;
}

/**
 * What a word may be without its linker: `-ng` after a vowel (`magkakasamang` → `magkakasama`),
 * `-g` after `n` (`noong` → `noon`). `-ong` is ambiguous, so both are offered.
 */
export function withoutLinker(key: string): string[] {
  if (key.length <= 3 || !key.endsWith('ng')) return [];
  const afterVowel = key.slice(0, -2);
  const afterN = key.slice(0, -1);
  return /[aeiou]$/.test(afterVowel) ? [afterVowel, afterN] : [afterN];
}
