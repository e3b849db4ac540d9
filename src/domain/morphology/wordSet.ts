// A small set of words asked about for every candidate root: most candidates are not in it, and a
// set lookup hashes the candidate, a fresh string each time. Their lengths and first and last
// letters are checked first, so most words are turned away without it.

const edges = (word: string): number =>
  (word.charCodeAt(0) & 127) * 128 + (word.charCodeAt(word.length - 1) & 127);

export class WordSet {
  private readonly words: ReadonlySet<string>;
  private readonly longest: number;
  private readonly edges = new Uint8Array(128 * 128);

  constructor(words: Iterable<string>) {
    this.words = new Set(words);
    this.longest = Math.max(0, ...[...this.words].map((word) => word.length));
    for (const word of this.words) if (word !== '') this.edges[edges(word)] = 1;
  }

  /** The words of all of `sets` as one set. */
  static union(...sets: readonly WordSet[]): WordSet {
    return new WordSet(sets.flatMap((set) => [...set.words]));
  }

  has(word: string): boolean {
    return (
      word.length > 0 &&
      word.length <= this.longest &&
      this.edges[edges(word)] === 1 &&
      this.words.has(word)
    );
  }
}
