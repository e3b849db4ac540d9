import { lazy, Suspense } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { Link } from 'wouter';
import type { Text } from '../../domain/content';
import { bundledTextIds, loadBundledText } from '../../storage/bundledTexts';
import { ErrorMessage } from '../common/ErrorMessage';
import { Loading } from '../common/Loading';
import { useAsync } from '../common/useAsync';
import { TextCounts } from './TextCounts';

// The learner's texts live in IndexedDB: that code is not needed for the first paint.
const YourTexts = lazy(() =>
  import('./YourTexts').then((module) => ({ default: module.YourTexts })),
);

async function loadLibrary(): Promise<Text[]> {
  const texts = await Promise.all(bundledTextIds.map((id) => loadBundledText(id)));
  return texts.filter((text): text is Text => text !== undefined);
}

function TextCard({ text }: { text: Text }) {
  const { t } = useTranslation();
  return (
    <li className="text-card">
      <h2>
        <Link href={`/read/${text.id}`}>
          <span lang="tl">{text.titleTl}</span>
        </Link>
      </h2>
      <p className="english-title" lang="en">
        {text.titleEn}
      </p>
      <p className="muted">
        <span className="level">{t(`library.level.${text.level}`)}</span> ·{' '}
        <TextCounts text={text} />
      </p>
    </li>
  );
}

export function LibraryPage() {
  const { t } = useTranslation();
  const library = useAsync('library', loadLibrary);
  return (
    <section className="page library">
      <h1>{t('library.title')}</h1>
      <p className="intro">{t('library.intro')}</p>
      {library.status === 'loading' && <Loading label={t('library.loading')} />}
      {library.status === 'failed' && <ErrorMessage detail={library.error.message} />}
      {library.status === 'done' &&
        (library.value.length === 0 ? (
          <p>{t('library.empty')}</p>
        ) : (
          <ul className="text-list">
            {library.value.map((text) => (
              <TextCard key={text.id} text={text} />
            ))}
          </ul>
        ))}
      <p>
        <Link href="/add" className="button primary">
          {t('nav.addText')}
        </Link>
      </p>
      <Suspense fallback={null}>
        <YourTexts />
      </Suspense>
    </section>
  );
}
