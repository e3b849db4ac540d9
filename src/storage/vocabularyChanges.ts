// Tells open pages (in this tab and in others) that the vocabulary changed, so they reload it.
type Listener = () => void;

const listeners = new Set<Listener>();
let channel: BroadcastChannel | undefined;

function ensureChannel(): void {
  if (channel || typeof BroadcastChannel === 'undefined') return;
  channel = new BroadcastChannel('tulay-vocabulary');
  channel.onmessage = () => listeners.forEach((listener) => listener());
}

export function onVocabularyChange(listener: Listener): () => void {
  ensureChannel();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function announceVocabularyChange(): void {
  ensureChannel();
  channel?.postMessage('changed');
  listeners.forEach((listener) => listener());
}
