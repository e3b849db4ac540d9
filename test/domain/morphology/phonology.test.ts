// How plausible a string is as a Tagalog root: the analyzer ranks its readings by it.
import { describe, expect, it } from 'vitest';
import { rootCost } from '../../../src/domain/morphology/phonology';

describe('rootCost', () => {
  it.each([
    // [a root, a look-alike of as many syllables that is a less likely root]
    ['batao', 'bataa'], // no root past two syllables ends in a doubled a, i or u
    ['sulia', 'sulii'],
    ['talui', 'taluu'],
    ['basa', 'basah'], // nor in h
  ])('%s is a likelier root than %s', (root, lookAlike) => {
    expect(rootCost(root, false)).toBeLessThan(rootCost(lookAlike, false));
  });

  it.each(['paa', 'totoo', 'noo'])(
    '%s, a root ending in a doubled vowel, costs no more',
    (root) => {
      const single = root.slice(0, -1) + (root.endsWith('a') ? 'o' : 'a');
      expect(rootCost(root, false)).toBe(rootCost(single, false));
    },
  );
});
