import { useTranslation } from '../../i18n/useTranslation';

export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      {label ?? t('reader.loading')}
    </p>
  );
}
