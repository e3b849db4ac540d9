// Which of a fixed set of affix forms a word starts (or ends) with. A trie of the forms' letters
// is walked once along the word, instead of comparing the word with each form: `mag…` walks
// m, a, g and finds `ma-` and `mag-` among the two dozen forms starting with m.
import { codeAt } from './chars';

/** Letters are ASCII: a word's first non-ASCII letter ends the walk (no form has one). */
const ALPHABET = 128;

export class FormTrie<Item> {
  /** `children[node * ALPHABET + code]`: the node one letter further, or 0 for none. */
  private readonly children: Int32Array;
  /** For each node, the items whose form is a prefix of (or is) that node's letters. */
  private readonly within: (readonly Item[])[];

  /**
   * `items` in the order matches are to be listed; `side` tells whether forms are matched at
   * the start of the word or at its end.
   */
  constructor(
    items: readonly Item[],
    formOf: (item: Item) => string,
    private readonly side: 'start' | 'end',
  ) {
    const forms = items.map((item) => {
      const form = formOf(item);
      return side === 'start' ? form : [...form].reverse().join('');
    });
    // The nodes, named by their letters: every prefix of every form, the root first.
    const paths = [''];
    const nodeOf = new Map([['', 0]]);
    for (const form of forms)
      for (let length = 1; length <= form.length; length++) {
        const path = form.slice(0, length);
        if (!nodeOf.has(path)) nodeOf.set(path, paths.push(path) - 1);
      }
    this.children = new Int32Array(paths.length * ALPHABET);
    for (const [node, path] of paths.entries()) {
      if (path === '') continue;
      const code = path.charCodeAt(path.length - 1);
      if (code >= ALPHABET) throw new Error(`affix form with a non-ASCII letter: ${path}`);
      this.children[nodeOf.get(path.slice(0, -1))! * ALPHABET + code] = node;
    }
    this.within = paths.map((path) => items.filter((_, index) => path.startsWith(forms[index]!)));
  }

  /**
   * The items whose form `word` starts with (or ends with), in the order given. The walk stops
   * at the longest run of letters some form shares: every form the word carries lies within it.
   */
  matching(word: string): readonly Item[] {
    const start = this.side === 'start';
    const length = word.length;
    let node = 0;
    for (let step = 0; step < length; step++) {
      const code = codeAt(word, start ? step : length - 1 - step);
      if (code >= ALPHABET) break;
      const child = this.children[node * ALPHABET + code]!;
      if (child === 0) break;
      node = child;
    }
    return this.within[node]!;
  }
}
