import { createStore, entries, get, set } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { buildUserText } from '../../src/domain/content/userText';
import { ownGloss } from '../../src/domain/lexicon/ownGloss';
import { createLibraryRepository } from '../../src/storage/libraryRepository';

let counter = 0;
const freshStore = () => createStore(`library-test-${++counter}`, 'records');
const now = new Date('2026-05-01T10:00:00Z');
const text = (id: string) =>
  buildUserText({
    id,
    title: `Teksto ${id}`,
    level: 'beginner',
    source: 'Added by you',
    paragraphs: [['Kumain ako.']],
    now,
  });

describe('library repository', () => {
  it('stores, lists, reads and deletes texts, newest first', async () => {
    const repository = createLibraryRepository(freshStore());
    await repository.putText(text('a'));
    await repository.putText({ ...text('b'), updatedAt: '2026-06-01T00:00:00.000Z' });
    expect((await repository.listTexts()).texts.map((record) => record.text.id)).toEqual([
      'b',
      'a',
    ]);
    expect((await repository.getText('a'))?.text.titleTl).toBe('Teksto a');
    const deleted = await repository.deleteText('a');
    expect(deleted?.text.id).toBe('a');
    expect(await repository.getText('a')).toBeUndefined();
    await repository.putText(deleted!); // undo
    expect((await repository.listTexts()).texts).toHaveLength(2);
  });

  it('sets a damaged record aside instead of failing or deleting it', async () => {
    const store = freshStore();
    const repository = createLibraryRepository(store);
    await repository.putText(text('good'));
    await set('text:bad', { kind: 'user-text', version: 99 }, store);
    const { texts, setAside } = await repository.listTexts();
    expect(texts.map((record) => record.text.id)).toEqual(['good']);
    expect(setAside).toBe(1);
    const quarantined = (await entries(store)).filter(([key]) =>
      String(key).startsWith('quarantine:text:bad@'),
    );
    expect(quarantined.map(([, value]) => value)).toEqual([{ kind: 'user-text', version: 99 }]);
    expect(await get('text:bad', store)).toBeUndefined();
  });

  it('refuses to store an invalid record', async () => {
    const repository = createLibraryRepository(freshStore());
    await expect(repository.putText({ ...text('x'), version: 99 } as never)).rejects.toThrow();
  });

  it('keeps the learner’s own glosses by word', async () => {
    const repository = createLibraryRepository(freshStore());
    await repository.putGloss(ownGloss('Nagbibilang', 'bilang', 'counting', now));
    await repository.putGloss(ownGloss('nagbibilang', 'bilang', 'counting (idle)', now));
    expect(await repository.listGlosses()).toEqual([
      expect.objectContaining({ form: 'nagbibilang', sense: 'counting (idle)' }),
    ]);
    await repository.deleteGloss('nagbibilang');
    expect(await repository.listGlosses()).toEqual([]);
  });

  it('writes an import in one go', async () => {
    const repository = createLibraryRepository(freshStore());
    await repository.putAll({
      texts: [text('a'), text('b')],
      glosses: [ownGloss('x', 'x', 'ex', now)],
    });
    expect((await repository.listTexts()).texts).toHaveLength(2);
    expect(await repository.listGlosses()).toHaveLength(1);
  });
});
