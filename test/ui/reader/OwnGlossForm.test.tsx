// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { clear, createStore } from 'idb-keyval';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ownGloss } from '../../../src/domain/lexicon';
import { ownGlossFor, saveOwnGloss } from '../../../src/storage/ownGlosses';
import { OwnGlossForm } from '../../../src/ui/reader/OwnGlossForm';
import { renderPage } from '../renderPage';

beforeEach(() => clear(createStore('tulay-library', 'records')));

describe('OwnGlossForm', () => {
  it('offers the part of speech the gloss gives, not “noun” for every word', async () => {
    const user = userEvent.setup();
    await renderPage(
      <OwnGlossForm
        word="upang"
        suggestedRoot="upang"
        suggestedPos="conjunction"
        current={undefined}
        onChange={() => {}}
      />,
    );
    await user.click(await screen.findByText('Write your own meaning'));
    expect(screen.getByLabelText('Part of speech')).toHaveValue('conjunction');
  });

  it('says a removed meaning was removed, and clears the form', async () => {
    const user = userEvent.setup();
    const mine = {
      ...ownGloss('habang', 'habang', 'as long as', new Date()),
      pos: 'noun' as const,
    };
    await saveOwnGloss(mine);
    const changed = vi.fn();
    await renderPage(
      <OwnGlossForm
        word="habang"
        suggestedRoot="habang"
        suggestedPos="conjunction"
        current={mine}
        onChange={changed}
      />,
    );
    await user.click(await screen.findByText('Edit your meaning'));
    expect(screen.getByLabelText('Meaning')).toHaveValue('as long as');
    await user.click(screen.getByRole('button', { name: 'Remove my meaning' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Your meaning for “habang” was removed.',
    );
    expect(screen.getByLabelText('Meaning')).toHaveValue('');
    expect(screen.getByLabelText('Part of speech')).toHaveValue('conjunction');
    expect(changed).toHaveBeenCalled();
    expect(await ownGlossFor('habang')).toBeUndefined();
  });
});

describe('OwnGlossForm with a blank field', () => {
  it('says a meaning of spaces is no meaning, saves nothing and puts focus on the field', async () => {
    const user = userEvent.setup();
    const changed = vi.fn();
    await renderPage(
      <OwnGlossForm
        word="yata"
        suggestedRoot="yata"
        suggestedPos="particle"
        current={undefined}
        onChange={changed}
      />,
    );
    await user.click(await screen.findByText('Write your own meaning'));
    await user.type(screen.getByLabelText('Meaning'), '   ');
    await user.click(screen.getByRole('button', { name: 'Save meaning' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Write the meaning');
    expect(screen.getByLabelText('Meaning')).toHaveFocus();
    expect(changed).not.toHaveBeenCalled();
    expect(await ownGlossFor('yata')).toBeUndefined();
  });
});
