import { useEffect } from 'react';
import { useTranslation } from '../../i18n/useTranslation';

/**
 * Names the browser tab and history entry after the page (`Vocabulary · Tulay`), so a learner with
 * several tabs, or a screen reader announcing the page, knows which one this is. `undefined`
 * leaves the title to another component (the reader names the tab after its text).
 */
export function useDocumentTitle(page: string | undefined): void {
  const { t } = useTranslation();
  const app = t('app.name');
  useEffect(() => {
    if (page !== undefined) document.title = page === '' ? app : `${page} · ${app}`;
  }, [page, app]);
}
