// The texts shipped with the app. Each is its own chunk, validated when it is loaded.
import { formatProblem, TextSchema, parseWith, type Text } from '../domain/content';

const textModules = import.meta.glob<{ default: unknown }>('../../content/texts/*.json');

const idOf = (path: string): string => path.replace(/^.*\/([^/]+)\.json$/, '$1');

export const bundledTextIds: readonly string[] = Object.keys(textModules).map(idOf).sort();

export class ContentError extends Error {
  override readonly name = 'ContentError';
}

export async function loadBundledText(textId: string): Promise<Text | undefined> {
  const path = `../../content/texts/${textId}.json`;
  const load = textModules[path];
  if (!load) return undefined;
  const parsed = parseWith(
    TextSchema,
    (await load()).default,
    `content/texts/${textId}.json`,
    textId,
  );
  if (!parsed.ok) throw new ContentError(parsed.problems.map(formatProblem).join('\n'));
  return parsed.value;
}
