import { useSyncExternalStore } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { subscribeToVoices, tagalogVoice } from './tagalogVoice';

/** Shown only where the browser has a Filipino or Tagalog voice. */
export function ListenButton({ text }: { text: string }) {
  const { t } = useTranslation();
  const voice = useSyncExternalStore(subscribeToVoices, tagalogVoice, () => undefined);
  if (!voice) return null;
  const speak = (): void => {
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    speechSynthesis.cancel();
    speechSynthesis.speak(utterance);
  };
  return (
    <button type="button" className="button" onClick={speak}>
      {t('gloss.listen')}
    </button>
  );
}
