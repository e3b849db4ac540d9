import { useEffect, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';

function tagalogVoice(): SpeechSynthesisVoice | undefined {
  if (typeof speechSynthesis === 'undefined') return undefined;
  return speechSynthesis.getVoices().find((voice) => /^(fil|tl)\b/i.test(voice.lang));
}

/** Shown only where the browser has a Filipino or Tagalog voice. */
export function ListenButton({ text }: { text: string }) {
  const { t } = useTranslation();
  const [voice, setVoice] = useState(tagalogVoice);
  useEffect(() => {
    if (typeof speechSynthesis === 'undefined') return;
    const update = (): void => setVoice(tagalogVoice());
    speechSynthesis.addEventListener('voiceschanged', update);
    return () => speechSynthesis.removeEventListener('voiceschanged', update);
  }, []);
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
