/**
 * The key a word is filed under: lower case, straight apostrophes, no accents (Tagalog marks
 * stress with accents only in dictionaries: `bása`, `basà` are both filed as `basa`).
 */
export function lexiconKey(word: string): string {
  return word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u2010\u2011\u2013]/g, '-')
    .toLowerCase()
    .trim();
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
