// When what an i18next instance translates may change: the kept answers (./memoizedTranslations)
// and the shared translate functions (./useTranslation) are both dropped then.
import type { i18n as I18n } from 'i18next';

/**
 * Calls `listener` whenever what `instance` translates may change: with the namespaces concerned
 * where the event names them (namespaces loaded, strings added or removed), with none where
 * anything may have changed (another language, the instance set up again).
 */
export function onStringsChanged(
  instance: I18n,
  listener: (namespaces?: readonly string[]) => void,
): void {
  // Strings added or removed by hand are heard from the store, which each `init` makes anew.
  let heardStore: I18n['store'] | undefined;
  const forNamespace = (_lng: string, ns: string): void => listener([ns]);
  const hearStore = (): void => {
    const store = instance.store as I18n['store'] | undefined;
    if (store === heardStore) return;
    heardStore = store;
    store?.on('added', forNamespace);
    store?.on('removed', forNamespace);
  };
  hearStore();
  instance.on('initialized', () => {
    hearStore();
    listener();
  });
  instance.on('languageChanged', () => listener());
  // What a backend fetched, by language and namespace: `{ en: { vocabulary: true } }`.
  instance.on('loaded', (loaded: Record<string, Record<string, boolean>>) =>
    listener(Object.values(loaded).flatMap((namespaces) => Object.keys(namespaces))),
  );
}
