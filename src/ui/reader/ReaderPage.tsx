import { useTranslation } from '../../i18n/useTranslation';
import { Link } from 'wouter';
import type { Text } from '../../domain/content';
import type { UserTextRecord } from '../../domain/content/userText';
import { textNamespace } from '../../i18n/setup';
import { bundledTextIds, loadBundledText } from '../../storage/bundledTexts';
import { libraryRepository } from '../../storage/libraryRepository';
import { ErrorMessage } from '../common/ErrorMessage';
import { Loading } from '../common/Loading';
import { useAsync } from '../common/useAsync';
import { useDocumentTitle } from '../common/useDocumentTitle';
import { BundledReader } from './BundledReader';
import { ReaderView } from './ReaderView';
import { textSourceLabel } from '../add-text/sourceLabel';

type Found = { kind: 'bundled'; text: Text } | { kind: 'user'; record: UserTextRecord } | undefined;

async function findText(textId: string, loadEnglish: (namespace: string) => void): Promise<Found> {
  // A shipped text's English is its own namespace: fetched alongside the text, not after it.
  if (bundledTextIds.includes(textId)) loadEnglish(textNamespace(textId));
  const bundled = await loadBundledText(textId);
  if (bundled) return { kind: 'bundled', text: bundled };
  const record = await libraryRepository().getText(textId);
  return record ? { kind: 'user', record } : undefined;
}

function UserTextReader({ record }: { record: UserTextRecord }) {
  // The Add text strings, for the source: loaded for a learner's own text only.
  const { t } = useTranslation(['common', 'addText']);
  const sentences = record.translation?.sentences ?? {};
  return (
    <ReaderView
      text={record.text}
      source={textSourceLabel(t, record.text.source)}
      english={(sentenceId) => sentences[sentenceId]}
      note={(sentenceId) => record.translation?.notes?.[sentenceId]}
      hasTranslation={record.translation !== null}
    />
  );
}

/**
 * No text by that id: deleted, or a link from elsewhere. Says so in the learner's words, not with
 * the id, which is the app's own name for a text.
 */
function MissingText() {
  const { t } = useTranslation();
  useDocumentTitle(t('reader.missingTitle'));
  return (
    <section className="page">
      <h1>{t('reader.missingTitle')}</h1>
      <p>{t('reader.missingBody')}</p>
      <Link href="/">{t('reader.backToLibrary')}</Link>
    </section>
  );
}

export default function ReaderPage({ textId }: { textId: string }) {
  const { t, i18n } = useTranslation();
  const state = useAsync(textId, () =>
    findText(textId, (namespace) => void i18n.loadNamespaces(namespace)),
  );
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'failed') {
    return <ErrorMessage detail={t('errors.badContent', { message: state.error.message })} />;
  }
  if (!state.value) return <MissingText />;
  return state.value.kind === 'bundled' ? (
    <BundledReader text={state.value.text} />
  ) : (
    <UserTextReader record={state.value.record} />
  );
}
