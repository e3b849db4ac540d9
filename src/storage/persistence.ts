// Ask once per session for persistent storage, so the browser does not evict saved words.
let asked = false;

export function requestPersistentStorage(): void {
  if (asked) return;
  asked = true;
  const storage = globalThis.navigator?.storage;
  if (!storage?.persist) return;
  void (async () => {
    try {
      if (!(await storage.persisted?.())) await storage.persist();
    } catch {
      // Refused or unsupported: the words are still saved, only less protected from eviction.
    }
  })();
}
