// Chain keys as numbers, so that telling two analyses' chains apart compares numbers, not strings.
// Numbering starts a new round once many keys were numbered (chains carrying a word's own text,
// like a full reduplication, would otherwise pile up): within a round, numbers are equal exactly
// when the keys are; keys numbered in different rounds are compared as strings.

const ROUND_SIZE = 100_000;
let numbers = new Map<string, number>();
let nextNumber = 0;
let roundStart = 0;

/** The number of `key` in the current round. */
export function keyNumber(key: string): number {
  let number = numbers.get(key);
  if (number === undefined) {
    if (numbers.size >= ROUND_SIZE) {
      numbers = new Map();
      roundStart = nextNumber;
    }
    number = nextNumber++;
    numbers.set(key, number);
  }
  return number;
}

/** Whether two keys with these numbers are the same key. */
export function sameKey(aNumber: number, aKey: string, bNumber: number, bKey: string): boolean {
  if (aNumber === bNumber) return true;
  if (aNumber >= roundStart && bNumber >= roundStart) return false; // numbered in this round
  return aKey === bKey;
}
