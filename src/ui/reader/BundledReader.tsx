import { useMemo } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { Text } from '../../domain/content';
import { textNamespace } from '../../i18n/setup';
import { ReaderView } from './ReaderView';

/** A text shipped with the app: its English is an i18next namespace, fetched with the text. */
export function BundledReader({ text }: { text: Text }) {
  // Suspends until this text's English namespace has loaded, and the strings of the bar that
  // marks saved words (fetched alongside, so that the bar is drawn with the text).
  const { t } = useTranslation([textNamespace(text.id), 'vocabulary']);
  const { english, note } = useMemo(
    () => ({
      english: (sentenceId: string) =>
        t(`sentences.${sentenceId}`, { defaultValue: '' }) || undefined,
      note: (sentenceId: string) => t(`notes.${sentenceId}`, { defaultValue: '' }) || undefined,
    }),
    [t],
  );
  return <ReaderView text={text} english={english} note={note} hasTranslation />;
}
