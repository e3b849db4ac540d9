// The roots reached, cheapest first and, among equal costs, in the order found. The readings stop
// after a couple dozen, so a long list is not sorted outright: a heap yields its indices one at a
// time, and only as many as are taken are ordered.

/** Lists this long or shorter are sorted outright (by insertion: no allocation, few moves). */
const SORTED_OUTRIGHT = 24;

export class CostOrder {
  private readonly indices: number[] = [];
  private costs: readonly number[] = [];
  /** Indices sorted outright, taken from the front; or the heap's size. */
  private size = 0;
  private taken = 0;
  private sorted = true;

  /** Starts ordering the first `length` of `costs` (indices into `costs` come out). */
  reset(costs: readonly number[], length: number): void {
    this.costs = costs;
    this.size = length;
    this.taken = 0;
    this.sorted = length <= SORTED_OUTRIGHT;
    if (this.sorted) this.insertionSort();
    else {
      // Entries past `length` are left over from longer lists, never read.
      for (let index = 0; index < length; index++) this.indices[index] = index;
      for (let parent = (length >> 1) - 1; parent >= 0; parent--) this.siftDown(parent);
    }
  }

  /** The index of the next cheapest root, or -1 when every one was taken. */
  next(): number {
    // Kept small, so that it is inlined: the heap is the rare case.
    if (this.sorted) return this.taken < this.size ? this.indices[this.taken++]! : -1;
    return this.pop();
  }

  private pop(): number {
    if (this.size === 0) return -1;
    const indices = this.indices;
    const top = indices[0]!;
    this.size--;
    indices[0] = indices[this.size]!;
    this.siftDown(0);
    return top;
  }

  /** Whether root `a` comes before root `b`: cheaper, or as cheap and found first. */
  private before(a: number, b: number): boolean {
    const costA = this.costs[a]!;
    const costB = this.costs[b]!;
    return costA < costB || (costA === costB && a < b);
  }

  /** Sorts the indices by cost, each inserted after those as cheap (so the order found stays). */
  private insertionSort(): void {
    const { indices, costs, size } = this;
    for (let index = 0; index < size; index++) {
      const cost = costs[index]!;
      let at = index;
      while (at > 0 && costs[indices[at - 1]!]! > cost) {
        indices[at] = indices[at - 1]!;
        at--;
      }
      indices[at] = index;
    }
  }

  private siftDown(from: number): void {
    const { indices, size } = this;
    const moving = indices[from]!;
    let at = from;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= size) break;
      if (child + 1 < size && this.before(indices[child + 1]!, indices[child]!)) child++;
      if (!this.before(indices[child]!, moving)) break;
      indices[at] = indices[child]!;
      at = child;
    }
    indices[at] = moving;
  }
}
