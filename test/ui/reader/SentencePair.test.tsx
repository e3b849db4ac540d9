// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { TranslationMode } from '../../../src/storage/preferences';
import { SentencePair } from '../../../src/ui/reader/SentencePair';
import { renderPage } from '../renderPage';

async function showPair(heading: boolean, mode: TranslationMode) {
  await renderPage(
    <SentencePair
      sentence={{ id: 's1', text: 'Balita sa panahon' }}
      english={undefined}
      note={undefined}
      mode={mode}
      revealed={false}
      onToggleReveal={() => {}}
      onWord={() => {}}
      heading={heading}
    />,
  );
}

describe('SentencePair without an English sentence', () => {
  it('says a sentence has no translation', async () => {
    await showPair(false, 'shown');
    expect(screen.getByText('No translation for this sentence.')).toBeInTheDocument();
  });

  it.each<TranslationMode>(['shown', 'reveal'])(
    'leaves the side of an untranslated title empty (translation %s)',
    async (mode) => {
      await showPair(true, mode);
      expect(screen.getByRole('heading', { name: /Balita sa panahon/ })).toBeInTheDocument();
      expect(screen.queryByText('No translation for this sentence.')).not.toBeInTheDocument();
      expect(screen.queryByRole('button', { name: 'Show translation' })).not.toBeInTheDocument();
    },
  );
});

describe('SentencePair revealing its translation', () => {
  it('tells each "Show translation" button apart by the sentence it reveals', async () => {
    await renderPage(
      <SentencePair
        sentence={{ id: 's4', text: 'Umuulan sa Maynila.' }}
        english="It is raining in Manila."
        note={undefined}
        mode="reveal"
        revealed={false}
        onToggleReveal={() => {}}
        onWord={() => {}}
      />,
    );
    expect(screen.getByRole('button', { name: 'Show translation' })).toHaveAccessibleDescription(
      /^Umuulan sa Maynila/,
    );
  });
});
