// The translate function of the UI language and some namespaces, for a component: react-i18next's
// `useTranslation` as the app uses it (with Suspense), without what that hook does on every mount.
// Each mount there copies every property of the i18next instance into a wrapper object, spreads
// its options and asks i18next for a new translate function: on a slow phone a few milliseconds
// for the dozen components of a gloss, which must open within a frame. Here a translate function
// is made once per language, namespaces and strings loaded, and shared by every component.
import type { DefaultNamespace, i18n as I18n, Namespace, TFunction } from 'i18next';
import { useContext, useSyncExternalStore } from 'react';
import { getI18n, I18nContext } from 'react-i18next';
import { onStringsChanged } from './stringsChanged';

export interface Translation<Ns extends Namespace> {
  readonly t: TFunction<Ns>;
  /** The i18next instance itself (for its language, and to change it or load namespaces). */
  readonly i18n: I18n;
  readonly ready: boolean;
}

/** A translation, and the namespaces it was made for. */
interface Kept {
  readonly namespaces: readonly string[];
  readonly translation: Translation<Namespace>;
}

/** What the components of one i18next instance share: its translations, and who listens. */
interface Shared {
  /** The translations of the current language and strings, by namespaces. */
  readonly kept: Map<string, Kept>;
  readonly subscribe: (listener: () => void) => () => void;
}

const sharedByInstance = new WeakMap<I18n, Shared>();

function sharedOf(i18n: I18n): Shared {
  const known = sharedByInstance.get(i18n);
  if (known) return known;
  const listeners = new Set<() => void>();
  const kept = new Map<string, Kept>();
  const shared: Shared = {
    kept,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  // Drops the translations that may now return other strings (all of them, or those of
  // `namespaces`). The others stay the same objects, so that their components are not rendered
  // again: React renders a component again only when what it reads has changed.
  onStringsChanged(i18n, (namespaces) => {
    for (const [key, { namespaces: theirs }] of kept)
      if (!namespaces || theirs.some((namespace) => namespaces.includes(namespace)))
        kept.delete(key);
    for (const listener of [...listeners]) listener();
  });
  sharedByInstance.set(i18n, shared);
  return shared;
}

const namespacesOf = (i18n: I18n, ns: Namespace | undefined): readonly string[] => {
  if (ns === undefined) {
    const fallback = i18n.options.defaultNS;
    if (typeof fallback === 'string') return [fallback];
    return fallback && fallback.length > 0 ? fallback : ['translation'];
  }
  return typeof ns === 'string' ? [ns] : ns;
};

function translationOf(
  i18n: I18n,
  shared: Shared,
  ns: Namespace | undefined,
): Translation<Namespace> {
  const namespaces = namespacesOf(i18n, ns);
  const key = namespaces.join('\u0000');
  const known = shared.kept.get(key)?.translation;
  if (known?.ready) return known;
  const ready =
    Boolean(i18n.isInitialized || i18n.initializedStoreOnce) &&
    namespaces.every((namespace) => i18n.hasLoadedNamespace(namespace));
  // Still loading: the same answer, as long as nothing changed.
  if (known && !ready) return known;
  // The first namespace is the default one; the others are reached as `ns:key`, as in react-i18next.
  const fixedT = i18n.getFixedT.bind(i18n) as (lng: string, ns: string) => TFunction<Namespace>;
  const t = fixedT(i18n.language, namespaces[0]!);
  const translation = { t, i18n, ready };
  shared.kept.set(key, { namespaces, translation });
  return translation;
}

/** Namespaces being fetched, by instance and namespaces: one promise for every waiting component. */
const loading = new WeakMap<I18n, Map<string, Promise<void>>>();

function whenLoaded(i18n: I18n, namespaces: readonly string[]): Promise<void> {
  let byKey = loading.get(i18n);
  if (!byKey) loading.set(i18n, (byKey = new Map()));
  const key = namespaces.join('\u0000');
  let promise = byKey.get(key);
  if (!promise) {
    promise = i18n.loadNamespaces([...namespaces]).finally(() => byKey.delete(key));
    byKey.set(key, promise);
  }
  return promise;
}

/**
 * The translate function for `ns` (the default namespace when left out; with several, the first is
 * the default and the others are reached as `ns:key`). Suspends until they are loaded, and renders
 * the component again when the language or the strings change.
 */
export function useTranslation<const Ns extends Namespace = DefaultNamespace>(
  ns?: Ns,
): Translation<Ns> {
  const i18n = useContext(I18nContext)?.i18n ?? getI18n();
  const shared = sharedOf(i18n);
  const translation = useSyncExternalStore(shared.subscribe, () => translationOf(i18n, shared, ns));
  if (!translation.ready) throw whenLoaded(i18n, namespacesOf(i18n, ns));
  return translation as unknown as Translation<Ns>;
}
