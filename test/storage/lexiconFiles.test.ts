// The lexicon as the app loads it: the three chunks the build makes from content/lexicon.
import { describe, expect, it } from 'vitest';
import { lexiconFromDisk } from '../../src/cli/lexiconFromDisk';
import { lexiconKey } from '../../src/domain/lexicon';
import { lexiconIfLoaded, loadLexicon } from '../../src/storage/lexiconFiles';

describe('loadLexicon', () => {
  it('joins the core, its details and the extra entries into the whole lexicon', async () => {
    const { lexicon, failures } = await loadLexicon();
    expect(failures).toEqual([]);
    expect(lexiconIfLoaded()?.lexicon).toBe(lexicon);
    // Every entry of every file is there, notes included: a root of the core (shipped packed),
    // an English word and a name from the extra part.
    const disk = lexiconFromDisk();
    expect(lexicon.size).toBe(disk.size);
    for (const lemma of ['bahay', 'kain', 'digital', 'pboc', 'deped']) {
      const [loaded] = lexicon.entriesForRoot(lexiconKey(lemma));
      expect(loaded).toEqual(disk.entriesForRoot(lexiconKey(lemma))[0]);
    }
    expect(lexicon.entriesForRoot('deped')[0]?.senses[0]).toMatch(/Department of Education/);
  });
});
