import { useEffect } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import { useRegisterSW } from 'virtual:pwa-register/react';

/**
 * How long the note that Tulay now works offline stays up. It asks for nothing, and on a phone it
 * would otherwise cover what is under it (the review's grade buttons) until closed.
 */
export const OFFLINE_NOTE_MS = 8000;

/** A new version waits for the learner's word instead of swapping under them mid-sentence. */
export function UpdatePrompt() {
  const { t } = useTranslation();
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW();
  useEffect(() => {
    if (!offlineReady || needRefresh) return;
    const timer = setTimeout(() => setOfflineReady(false), OFFLINE_NOTE_MS);
    return () => clearTimeout(timer);
  }, [offlineReady, needRefresh, setOfflineReady]);
  if (!needRefresh && !offlineReady) return null;
  return (
    <div className="toast" role="status">
      {needRefresh ? (
        <>
          <span>{t('pwa.updateReady')}</span>
          <button
            type="button"
            className="button primary"
            onClick={() => void updateServiceWorker(true)}
          >
            {t('pwa.reload')}
          </button>
          <button type="button" className="button" onClick={() => setNeedRefresh(false)}>
            {t('pwa.later')}
          </button>
        </>
      ) : (
        <>
          <span>{t('pwa.offlineReady')}</span>
          <button type="button" className="button" onClick={() => setOfflineReady(false)}>
            {t('gloss.close')}
          </button>
        </>
      )}
    </div>
  );
}
