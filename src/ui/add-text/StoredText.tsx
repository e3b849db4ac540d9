import type { ReactNode } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { Link } from 'wouter';
import type { UserTextRecord } from '../../domain/content/userText';
import { libraryRepository } from '../../storage/libraryRepository';
import { Loading } from '../common/Loading';
import { useAsync } from '../common/useAsync';
import { libraryProblemMessage } from './problemMessage';

/**
 * Reads the learner's text `textId` and hands it to `children`. A text that is gone (or cannot be
 * read) gets a message and a way back, never a blank form that would save as a new text.
 */
export function StoredText({
  textId,
  children,
}: {
  textId: string;
  children: (record: UserTextRecord) => ReactNode;
}) {
  const { t } = useTranslation(['addText', 'common']);
  const state = useAsync(textId, () => libraryRepository().getText(textId));
  if (state.status === 'done' && state.value) return children(state.value);
  return (
    <section className="page add-text">
      <h1>{t('editTitle')}</h1>
      {state.status === 'loading' ? (
        <Loading />
      ) : (
        <>
          <p role="alert">
            {state.status === 'failed'
              ? libraryProblemMessage(t, state.error, 'read')
              : t('notFound')}
          </p>
          <Link href="/">{t('common:reader.backToLibrary')}</Link>
        </>
      )}
    </section>
  );
}
