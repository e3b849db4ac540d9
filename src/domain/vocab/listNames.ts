// Names of word lists: two lists may not share one, whatever the case, spacing or accents.
import { fold } from './operations';
import type { WordList } from './savedWord';

export type ListNameProblem =
  | { readonly kind: 'empty' }
  /** `list` already has the name, shown as `name` (the default list's is the interface's). */
  | { readonly kind: 'duplicate'; readonly list: WordList; readonly name: string };

/** "Mga  Pandiwá " and "mga pandiwa" are one name. */
function nameKey(name: string): string {
  return fold(name).replace(/\s+/g, ' ').trim();
}

/**
 * Why `name` cannot name a list (a new one, or the list `renamingId` renamed), or `null` if it
 * can. `defaultName` is what the default list (stored without a name) is called on screen.
 */
export function listNameProblem(
  name: string,
  lists: readonly WordList[],
  defaultName: string,
  renamingId?: string,
): ListNameProblem | null {
  const key = nameKey(name);
  if (key === '') return { kind: 'empty' };
  for (const list of lists) {
    const shown = list.name ?? defaultName;
    if (list.id !== renamingId && nameKey(shown) === key) {
      return { kind: 'duplicate', list, name: shown };
    }
  }
  return null;
}
