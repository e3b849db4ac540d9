// A memo of recent results in two generations: words seen again stay, the rest is dropped a
// generation at a time. Kept small on purpose: results held long outlive the garbage collector's
// young generation and make it copy them, which cost more than analyzing afresh when a stream of
// distinct words goes through (a whole lexicon); the reader's running text mostly repeats words
// seen a few hundred words earlier.

export class Memo<Value> {
  private recent = new Map<string, Value>();
  private older = new Map<string, Value>();

  constructor(private readonly generation: number) {}

  get(key: string): Value | undefined {
    const recent = this.recent.get(key);
    if (recent !== undefined) return recent;
    const older = this.older.get(key);
    if (older !== undefined) this.set(key, older);
    return older;
  }

  set(key: string, value: Value): void {
    if (this.recent.size >= this.generation) {
      this.older = this.recent;
      this.recent = new Map();
    }
    this.recent.set(key, value);
  }

  clear(): void {
    this.recent.clear();
    this.older.clear();
  }
}
