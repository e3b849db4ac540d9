// Full reduplication read as the word written once, on words the rule was not written from.
import { describe, expect, it } from 'vitest';
import { withoutFullReduplication } from '../../../src/domain/morphology/fullReduplication';

describe('withoutFullReduplication', () => {
  it.each([
    // A word written twice.
    ['linggo-linggo', 'linggo'],
    ['sino-sino', 'sino'],
    ['isa-isa', 'isa'],
    // The copy is of the end of the first part (`paulit` = pa- + ulit).
    ['paulit-ulit', 'paulit'],
    // The second copy carries the linker, or the first one does.
    ['dahan-dahang', 'dahang'],
    ['tuwang-tuwa', 'tuwa'],
    // The first copy carries the verb's infix, the second is the bare root.
    ['tumakbo-takbo', 'tumakbo'],
    // Only the last two parts are the copy.
    ['ika-taon-taon', 'ika-taon'],
  ])('%s → %s', (word, once) => {
    expect(withoutFullReduplication(word)).toBe(once);
  });

  it.each(['pag-asa', 'nangibang-bansa', 'tig-isa', 'taon', '-taon'])('%s is no copy', (word) => {
    expect(withoutFullReduplication(word)).toBeUndefined();
  });
});
