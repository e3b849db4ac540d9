// @vitest-environment jsdom
// A file of its own: the Save control's code must not have been loaded by another test first.
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { lexiconFromDisk } from '../../../src/cli/lexiconFromDisk';
import { lookupWord } from '../../../src/domain/lexicon';
import { analyze } from '../../../src/domain/morphology/analyze';
import { GlossContent, type GlossContext } from '../../../src/ui/reader/GlossContent';
import { renderPage } from '../renderPage';

const context: GlossContext = {
  word: 'bahay',
  sentenceTl: 'Malaki ang bahay nila.',
  sentenceEn: 'Their house is big.',
  textId: 'own-1',
  sentenceId: 's1',
};

describe('the Save control arriving after the gloss', () => {
  it('keeps what the learner typed when the gloss renders again', async () => {
    const lexicon = lexiconFromDisk();
    const gloss = () => ({ result: lookupWord(lexicon, analyze, 'bahay'), failures: [] });
    const content = () => (
      <GlossContent gloss={gloss()} context={context} onOwnGlossChange={() => {}} />
    );
    const { rerender } = await renderPage(content());
    const sense = await screen.findByLabelText('Meaning to keep');
    await userEvent.clear(sense);
    await userEvent.type(sense, 'our house');
    // The same gloss drawn again (as after the learner writes their own meaning).
    rerender(content());
    expect(await screen.findByLabelText('Meaning to keep')).toHaveValue('our house');
  });
});
