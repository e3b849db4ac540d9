import { useTranslation } from '../../i18n/useTranslation';
import { Link } from 'wouter';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <section className="page">
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <Link href="/">{t('reader.backToLibrary')}</Link>
    </section>
  );
}
