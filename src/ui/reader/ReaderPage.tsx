import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { loadBundledText } from '../../storage/bundledTexts';
import { ErrorMessage } from '../common/ErrorMessage';
import { Loading } from '../common/Loading';
import { useAsync } from '../common/useAsync';
import { BundledReader } from './BundledReader';

export default function ReaderPage({ textId }: { textId: string }) {
  const { t } = useTranslation();
  const state = useAsync(textId, () => loadBundledText(textId));
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'failed') {
    return <ErrorMessage detail={t('errors.badContent', { message: state.error.message })} />;
  }
  if (!state.value) {
    return (
      <section className="page">
        <h1>{t('reader.notFound', { id: textId })}</h1>
        <Link href="/">{t('reader.backToLibrary')}</Link>
      </section>
    );
  }
  return <BundledReader text={state.value} />;
}
