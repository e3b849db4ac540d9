import i18next from 'i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { VocabularyStorageError } from '../../../src/storage/vocabularyErrors';
import { setUpI18n } from '../../../src/i18n/setup';
import { storageMessage } from '../../../src/ui/vocabulary/storageMessage';

beforeAll(async () => {
  await setUpI18n('en');
  await i18next.loadNamespaces('vocabulary');
});
afterEach(() => vi.restoreAllMocks());

const t = () => i18next.getFixedT('en', 'vocabulary');
const browserText = new Error('Uncaught exception in event handler.');

describe('storageMessage', () => {
  it('says in plain sentences that saving failed, without the browser’s own text', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const text = storageMessage(t(), new VocabularyStorageError('failed', browserText, 'write'));
    expect(text).not.toContain('Uncaught');
    expect(text).not.toMatch(/\.\./);
    expect(text).toBe(
      'Tulay could not save this change. Try again; what you saved before is unchanged.',
    );
  });

  it('says reading failed when a read failed', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(storageMessage(t(), new VocabularyStorageError('failed', browserText, 'read'))).toBe(
      'Tulay could not read your saved words. Reload the page to try again; nothing was changed.',
    );
  });
});
