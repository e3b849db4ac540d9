import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearch } from 'wouter';
import type { Sentence } from '../../domain/content';
import { textNamespace } from '../../i18n/setup';
import { loadBundledText } from '../../storage/bundledTexts';
import { preferences, type TranslationMode } from '../../storage/preferences';
import { ErrorMessage } from '../common/ErrorMessage';
import { Loading } from '../common/Loading';
import { GlossDialog, type GlossRequest } from './GlossDialog';
import { SentencePair } from './SentencePair';
import type { WordTarget } from './TagalogSentence';
import { TranslationModeSwitch } from './TranslationModeSwitch';
import { useAsync } from '../common/useAsync';
import { useReadingPosition } from './useReadingPosition';
import './reader.css';

export default function ReaderPage({ textId }: { textId: string }) {
  const { t } = useTranslation();
  const state = useAsync(textId, () => loadBundledText(textId));
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'failed')
    return <ErrorMessage detail={t('errors.badContent', { message: state.error.message })} />;
  if (!state.value) {
    return (
      <section className="page">
        <h1>{t('reader.notFound', { id: textId })}</h1>
        <Link href="/">{t('reader.backToLibrary')}</Link>
      </section>
    );
  }
  return <ReaderBody text={state.value} />;
}

function ReaderBody({ text }: { text: NonNullable<Awaited<ReturnType<typeof loadBundledText>>> }) {
  // Suspends until this text's English namespace has loaded.
  const { t } = useTranslation([textNamespace(text.id), 'common']);
  const search = new URLSearchParams(useSearch());
  const [mode, setMode] = useState<TranslationMode>(() => preferences.translationMode());
  const [revealed, setRevealed] = useState<ReadonlySet<string>>(
    () => new Set(preferences.revealedSentences(text.id)),
  );
  const [gloss, setGloss] = useState<GlossRequest | null>(null);
  useReadingPosition(text.id, true, search.get('s') ?? undefined);

  const changeMode = (next: TranslationMode): void => {
    setMode(next);
    preferences.setTranslationMode(next);
  };
  const toggleReveal = useCallback(
    (sentenceId: string) =>
      setRevealed((previous) => {
        const next = new Set(previous);
        if (next.has(sentenceId)) next.delete(sentenceId);
        else next.add(sentenceId);
        preferences.setRevealedSentences(text.id, [...next]);
        return next;
      }),
    [text.id],
  );
  const english = useCallback(
    (sentenceId: string): string | undefined => {
      const key = `sentences.${sentenceId}`;
      const value = t(key, { ns: textNamespace(text.id), defaultValue: '' });
      return value === '' ? undefined : value;
    },
    [t, text.id],
  );
  const note = (sentenceId: string): string | undefined =>
    t(`notes.${sentenceId}`, { ns: textNamespace(text.id), defaultValue: '' }) || undefined;
  const openWord = useCallback(
    (sentence: Sentence, target: WordTarget) =>
      setGloss({ ...target, sentence, english: english(sentence.id) ?? '', textId: text.id }),
    [english, text.id],
  );
  const paragraphs = useMemo(() => text.paragraphs, [text]);

  return (
    <article className="reader">
      <div className="reader-toolbar">
        <TranslationModeSwitch mode={mode} onChange={changeMode} />
        <p className="muted source">{t('reader.source', { ns: 'common', source: text.source })}</p>
      </div>
      {paragraphs.map((paragraph) => (
        <section
          key={paragraph.id}
          className={`paragraph${paragraph.role ? ` paragraph-${paragraph.role}` : ''}`}
        >
          {paragraph.sentences.map((sentence) => (
            <SentencePair
              key={sentence.id}
              sentence={sentence}
              english={english(sentence.id)}
              note={note(sentence.id)}
              mode={mode}
              revealed={revealed.has(sentence.id)}
              onToggleReveal={toggleReveal}
              onWord={openWord}
              heading={paragraph.role === 'title'}
            />
          ))}
        </section>
      ))}
      {gloss && <GlossDialog request={gloss} onClose={() => setGloss(null)} />}
    </article>
  );
}
