import { useTranslation } from '../../i18n/useTranslation';

export function ErrorMessage({ detail, onRetry }: { detail?: string; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <section className="page error-message" role="alert">
      <h1>{t('errors.title')}</h1>
      <p>{t('errors.body')}</p>
      {detail && <pre className="error-detail">{detail}</pre>}
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t('errors.retry')}
        </button>
      )}
    </section>
  );
}
