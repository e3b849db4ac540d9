// The browser's Filipino or Tagalog voice, looked for once and again only when its list of voices
// changes: looking through the list on every gloss took about 0.5 ms of each tap (CPU 4x).

/** Not looked for yet, or to look for again (`undefined` is "none"). */
const UNKNOWN = null;
let voice: SpeechSynthesisVoice | undefined | typeof UNKNOWN = UNKNOWN;
const listeners = new Set<() => void>();
let watching = false;

const hasSpeech = (): boolean => typeof speechSynthesis !== 'undefined';

/**
 * Forgets the voice whenever the list changes (voices often load after the page), watched for as
 * long as the page lives: a change while no gloss is open must not leave a stale answer.
 */
function watchVoices(): void {
  if (watching || !hasSpeech()) return;
  watching = true;
  speechSynthesis.addEventListener('voiceschanged', () => {
    voice = UNKNOWN;
    for (const listener of listeners) listener();
  });
}

/** The voice to read Tagalog with, if the browser has one (a `useSyncExternalStore` snapshot). */
export function tagalogVoice(): SpeechSynthesisVoice | undefined {
  watchVoices();
  if (voice === UNKNOWN)
    voice = hasSpeech()
      ? speechSynthesis.getVoices().find((candidate) => /^(fil|tl)\b/i.test(candidate.lang))
      : undefined;
  return voice;
}

/** Calls `onChange` when the browser's voices change. */
export function subscribeToVoices(onChange: () => void): () => void {
  watchVoices();
  listeners.add(onChange);
  return () => {
    listeners.delete(onChange);
  };
}
