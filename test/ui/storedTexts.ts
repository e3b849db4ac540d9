import { buildUserText, type UserTextInput } from '../../src/domain/content/userText';
import { libraryRepository } from '../../src/storage/libraryRepository';

/**
 * Stores a learner's own text as Add text would: `mine-1`, titled Sulat, one sentence, unless
 * `input` says otherwise. Returns the record stored.
 */
export async function storeUserText(input: Partial<UserTextInput> = {}) {
  const record = buildUserText({
    id: 'mine-1',
    title: 'Sulat',
    level: 'beginner',
    paragraphs: [['Kumusta ka?']],
    now: new Date(),
    ...input,
  });
  await libraryRepository().putText(record);
  return record;
}
