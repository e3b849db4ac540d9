import { useTranslation } from '../../i18n/useTranslation';
import type { Text } from '../../domain/content';
import { textStats } from '../../domain/content/textStats';

/** "20 sentences · 412 words": each count with its own plural, so one is "1 sentence". */
export function TextCounts({ text }: { text: Text }) {
  const { t } = useTranslation('common');
  const stats = textStats(text);
  return (
    <>
      {t('library.counts', {
        sentences: t('library.sentences', { count: stats.sentences }),
        words: t('library.words', { count: stats.words }),
      })}
    </>
  );
}
