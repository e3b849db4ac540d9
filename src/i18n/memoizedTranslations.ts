// i18next's `t` copies the instance's whole options object (some sixty settings) into a new one on
// every call, to support keys given as selector functions: about 10 µs for a plain key, several
// times that on a slow phone, and a gloss makes some fifty calls. What a call returns depends only
// on the language, the namespaces, the key, the options and the strings loaded, so the functions
// components get (through `getFixedT`, which ./useTranslation calls) keep their answers until the
// language or the strings change.
import type { i18n as I18n } from 'i18next';
import { onStringsChanged } from './stringsChanged';

// Answers kept at most: beyond it the memo starts afresh (counts and other values put into
// strings could otherwise add an answer each, without end).
const MAX_KEPT = 10_000;

const memoized = new WeakSet<I18n>();

type Translate = (key: unknown, options?: unknown, ...rest: unknown[]) => unknown;

/** What react-i18next and i18next read off a translate function besides calling it. */
interface TranslateScope {
  readonly lng?: string;
  readonly lngs?: readonly string[];
  readonly ns?: string | readonly string[];
  readonly keyPrefix?: string;
}

/** Makes the translate functions of `instance` keep their answers (once per instance). */
export function memoizeTranslations(instance: I18n): void {
  if (memoized.has(instance)) return;
  memoized.add(instance);
  const answers = new Map<string, unknown>();
  onStringsChanged(instance, () => answers.clear());

  // A fourth argument (the namespaces in scope, as react-i18next passes them) is not in i18next's
  // types.
  const getFixedT = instance.getFixedT.bind(instance) as unknown as (
    ...args: unknown[]
  ) => Translate & TranslateScope;
  const rememberingFixedT = (...args: unknown[]): Translate & TranslateScope => {
    const translate = getFixedT(...args);
    const { lng, lngs, ns, keyPrefix } = translate;
    const scope = JSON.stringify([lng ?? lngs, ns, keyPrefix, args[3]]);
    const remembering: Translate = (key, options, ...rest) => {
      const call = rest.length === 0 ? callKey(key, options) : undefined;
      if (call === undefined) return translate(key, options, ...rest);
      const id = scope + call;
      if (answers.has(id)) return answers.get(id);
      const answer = translate(key, options);
      if (answers.size >= MAX_KEPT) answers.clear();
      answers.set(id, answer);
      return answer;
    };
    return Object.assign(remembering, { lng, lngs, ns, keyPrefix });
  };
  instance.getFixedT = rememberingFixedT as unknown as I18n['getFixedT'];
}

/**
 * The call as text: a key (or keys) and options of plain values only (`{ ns, defaultValue }`,
 * `{ count }`, a default value given as a string). Undefined for anything else (a selector
 * function, an object or array among the options), which is translated each time.
 */
function callKey(key: unknown, options: unknown): string | undefined {
  // The common case, a key alone, without the cost of JSON.
  if (options === undefined && typeof key === 'string') return '\u0001' + key;
  const keys = typeof key === 'string' ? key : plainStrings(key);
  if (keys === undefined) return undefined;
  if (options === undefined || typeof options === 'string') return JSON.stringify([keys, options]);
  if (typeof options !== 'object' || options === null) return undefined;
  if (!Object.values(options).every(isPlainValue)) return undefined;
  return JSON.stringify([keys, options]);
}

const PLAIN_TYPES: ReadonlySet<string> = new Set(['string', 'number', 'boolean', 'undefined']);
const isPlainValue = (value: unknown): boolean => value === null || PLAIN_TYPES.has(typeof value);

const plainStrings = (key: unknown): string[] | undefined =>
  Array.isArray(key) && key.every((item) => typeof item === 'string') ? key : undefined;
