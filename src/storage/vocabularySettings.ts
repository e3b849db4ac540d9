// The review settings: one record under SETTINGS_KEY, defaults when it is missing or damaged.
import * as v from 'valibot';
import {
  DEFAULT_SETTINGS,
  ReviewSettingsSchema,
  type ReviewSettings,
} from '../domain/review/settings';
import type { VocabularyAccess } from './vocabularyAccess';
import { guarded } from './vocabularyErrors';
import { SETTINGS_KEY } from './vocabularyTransactions';

/**
 * Reads the settings inside a transaction other reads share: the defaults when none are stored
 * (or they are damaged), and whether valid settings were stored.
 */
export function readSettings(
  objectStore: IDBObjectStore,
  done: (settings: ReviewSettings, stored: boolean) => void,
): void {
  const request = objectStore.get(SETTINGS_KEY);
  request.onsuccess = () => {
    const parsed = v.safeParse(ReviewSettingsSchema, request.result);
    done(parsed.success ? parsed.output : DEFAULT_SETTINGS, parsed.success);
  };
}

export function settingsOperations({ read, write }: VocabularyAccess) {
  return {
    getSettings: (): Promise<ReviewSettings> =>
      guarded(() =>
        read((objectStore) => {
          let settings = DEFAULT_SETTINGS;
          readSettings(objectStore, (stored) => (settings = stored));
          return () => settings;
        }),
      ),

    putSettings: (settings: ReviewSettings) =>
      guarded(() =>
        write((objectStore) => {
          objectStore.put(v.parse(ReviewSettingsSchema, settings), SETTINGS_KEY);
          return () => undefined;
        }),
      ),
  };
}
