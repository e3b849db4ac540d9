import { describe, expect, it } from 'vitest';
import { OWN_TEXT_SOURCE } from '../../../src/domain/content/userText';
import { setUpI18n } from '../../../src/i18n/setup';
import { textSourceLabel } from '../../../src/ui/add-text/sourceLabel';

describe('textSourceLabel', () => {
  it.each([
    ['en', 'Added by you'],
    ['tl', 'Idinagdag mo'],
  ] as const)(
    'names the learner’s own text in the interface language (%s)',
    async (language, label) => {
      const i18n = await setUpI18n(language);
      await i18n.loadNamespaces('addText');
      expect(textSourceLabel(i18n.t, OWN_TEXT_SOURCE)).toBe(label);
    },
  );

  it('shows a named source as written', async () => {
    const i18n = await setUpI18n('tl');
    await i18n.loadNamespaces('addText');
    expect(textSourceLabel(i18n.t, 'Liwayway, 1965')).toBe('Liwayway, 1965');
  });
});
