import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { useLocation } from 'wouter';
import { draftPairs, type DraftedPairs } from '../../domain/alignment/draftPairs';
import { LEVELS, type Level } from '../../domain/content';
import { checkTextInput, isBlocking, type TextInputProblem } from '../../domain/content/textInput';
import {
  buildUserText,
  englishTitleOf,
  plainTextOf,
  type UserTextRecord,
} from '../../domain/content/userText';
import { splitParagraphs } from '../../domain/text/splitSentences';
import { libraryRepository } from '../../storage/libraryRepository';
import { pairingDictionary, prefetchPairingDictionary } from './pairingDictionary';
import { FileField, type FileProblem } from './FileField';
import { fieldAttributes, fieldOf, type FormMessage } from './formProblems';
import { PairPreview } from './PairPreview';
import { ProblemSummary } from './ProblemSummary';
import { fileProblemMessage, inputProblemMessage, libraryProblemMessage } from './problemMessage';
import { StoredText } from './StoredText';
import { UploadChoice, type UploadChoiceAnswer } from './UploadChoice';
import './add-text.css';

interface Draft {
  title: string;
  titleEn: string;
  level: Level;
  tagalog: string;
  english: string;
}

const EMPTY: Draft = { title: '', titleEn: '', level: 'intermediate', tagalog: '', english: '' };

/** The fields a `.txt` file can fill. */
const UPLOAD_FIELDS = ['tagalog', 'english'] as const;
type UploadField = (typeof UPLOAD_FIELDS)[number];

/** A file read into a field that already had text, waiting for the learner to say what it does. */
interface PendingUpload {
  readonly text: string;
  readonly file: string;
}

const newTextId = (now: Date): string => `mine-${now.getTime().toString(36)}`;

function draftOf(record: UserTextRecord): Draft {
  const { tagalog, english } = plainTextOf(record);
  const titleEn = englishTitleOf(record) ?? '';
  return { title: record.text.titleTl, titleEn, level: record.text.level, tagalog, english };
}

export default function AddTextPage({ editId }: { editId?: string }) {
  if (!editId) return <TextForm />;
  return <StoredText textId={editId}>{(record) => <TextForm existing={record} />}</StoredText>;
}

// The two text fields: their labels, language and the form field their upload's problem names.
const TEXT_FIELDS = {
  tagalog: {
    label: 'fields.tagalog',
    upload: 'fields.uploadTagalog',
    uploadField: 'uploadTagalog',
    lang: 'tl',
  },
  english: {
    label: 'fields.english',
    upload: 'fields.uploadEnglish',
    uploadField: 'uploadEnglish',
    lang: 'en',
  },
} as const;

/** The form for a new text, or for `existing` (saved back under its id). */
function TextForm({ existing }: { existing?: UserTextRecord }) {
  const { t } = useTranslation('addText');
  const [, navigate] = useLocation();
  const ids = {
    title: useId(),
    titleEn: useId(),
    level: useId(),
    tagalog: useId(),
    english: useId(),
  };
  const [draft, setDraft] = useState<Draft>(() => (existing ? draftOf(existing) : EMPTY));
  // The split Tagalog and the pairs as the preview shows them: saved as they are, never re-aligned.
  const [drafted, setDrafted] = useState<DraftedPairs | null>(null);
  const [problems, setProblems] = useState<TextInputProblem[]>([]);
  const [uploadProblems, setUploadProblems] = useState<Partial<Record<UploadField, string>>>({});
  const [pendingUploads, setPendingUploads] = useState<Partial<Record<UploadField, PendingUpload>>>(
    {},
  );
  const fieldInputs = {
    tagalog: useRef<HTMLTextAreaElement>(null),
    english: useRef<HTMLTextAreaElement>(null),
  };
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const summaryId = useId();
  const summary = useRef<HTMLDivElement>(null);
  const pairButton = useRef<HTMLButtonElement>(null);
  // Where focus goes once the page shows the outcome of a submit or of "Back to editing".
  const [focusNext, setFocusNext] = useState<'problems' | 'form' | null>(null);
  useEffect(() => {
    if (focusNext === null) return;
    (focusNext === 'problems' ? summary : pairButton).current?.focus();
    setFocusNext(null);
  }, [focusNext]);

  useEffect(prefetchPairingDictionary, []);

  const update = (field: keyof Draft) => (value: string) => {
    setDraft((previous) => ({ ...previous, [field]: value }));
    setDrafted(null);
    // New text in a field, typed or uploaded, makes an earlier failed upload into it moot.
    setUploadProblems((previous) => ({ ...previous, [field]: undefined }));
  };
  const uploadProblem =
    (field: UploadField) =>
    (problem: FileProblem): void =>
      setUploadProblems((previous) => ({ ...previous, [field]: fileProblemMessage(t, problem) }));
  const failedUploads = UPLOAD_FIELDS.filter((field) => uploadProblems[field] !== undefined);

  // A file never silently replaces what the learner typed: an empty field takes it, else we ask.
  const uploaded =
    (field: UploadField) =>
    (text: string, file: string): void => {
      if (draft[field].trim() === '') {
        update(field)(text);
        return;
      }
      setPendingUploads((previous) => ({ ...previous, [field]: { text, file } }));
      setUploadProblems((previous) => ({ ...previous, [field]: undefined }));
    };
  const answerUpload = (field: UploadField, answer: UploadChoiceAnswer): void => {
    const pending = pendingUploads[field];
    if (!pending) return;
    if (answer === 'replace') update(field)(pending.text);
    if (answer === 'append') {
      // After a blank line, the file's text starts a paragraph of its own.
      update(field)([draft[field].trimEnd(), pending.text].filter(Boolean).join('\n\n'));
    }
    setPendingUploads((previous) => ({ ...previous, [field]: undefined }));
    fieldInputs[field].current?.focus();
  };

  const validate = (): boolean => {
    const found = checkTextInput(draft);
    setProblems(found);
    setUploadProblems({});
    setFailure(null);
    const ok = !found.some(isBlocking);
    if (!ok) setFocusNext('problems');
    return ok;
  };

  /** Saves the pairs of the preview, or, with no English, the Tagalog split into sentences. */
  const save = async (): Promise<void> => {
    if (!validate()) return;
    setSaving(true);
    const now = new Date();
    const record = buildUserText({
      id: existing?.text.id ?? newTextId(now),
      title: draft.title,
      titleEn: draft.titleEn,
      level: draft.level,
      ...(drafted ?? { paragraphs: splitParagraphs(draft.tagalog) }),
      now,
      ...(existing ? { previous: existing } : {}),
    });
    try {
      await libraryRepository().putText(record);
      // In place of the form: Back must not return to a filled-in form that saves a second copy.
      navigate(`/read/${record.text.id}`, { replace: true });
    } catch (error) {
      setSaving(false);
      setFailure(libraryProblemMessage(t, error));
      setFocusNext('problems');
    }
  };

  const align = async (): Promise<void> => {
    if (!validate()) return;
    // The lexicon's senses pair short sentences that lengths alone cannot tell apart; without
    // the lexicon (it failed to load) the pairs come from lengths, names and numbers.
    const dictionary = await pairingDictionary();
    setDrafted(draftPairs(draft.tagalog, draft.english, dictionary && { dictionary }));
  };
  const hasEnglish = draft.english.trim() !== '';

  const messages: FormMessage[] = [
    ...problems.map((problem, index) => ({
      id: `${summaryId}-${index}`,
      text: inputProblemMessage(t, problem),
      blocking: isBlocking(problem),
      field: fieldOf(problem),
    })),
    ...failedUploads.map((field) => ({
      id: `${summaryId}-${field}`,
      text: uploadProblems[field]!,
      blocking: true,
      field: field === 'tagalog' ? ('uploadTagalog' as const) : ('uploadEnglish' as const),
    })),
    ...(failure ? [{ id: `${summaryId}-failure`, text: failure, blocking: true }] : []),
  ];

  /** The Tagalog or the English: typed or pasted, or read from a file (asked before replacing). */
  const textField = (field: UploadField) => {
    const spec = TEXT_FIELDS[field];
    const pending = pendingUploads[field];
    return (
      <div className="field">
        <label htmlFor={ids[field]}>{t(spec.label)}</label>
        <textarea
          id={ids[field]}
          ref={fieldInputs[field]}
          lang={spec.lang}
          {...fieldAttributes(messages, field)}
          rows={10}
          value={draft[field]}
          onChange={(event) => update(field)(event.target.value)}
        />
        <FileField
          label={t(spec.upload)}
          onText={uploaded(field)}
          onProblem={uploadProblem(field)}
          problem={fieldAttributes(messages, spec.uploadField)}
        />
        {pending && (
          <UploadChoice
            key={pending.file}
            field={field}
            file={pending.file}
            onChoose={(answer) => answerUpload(field, answer)}
          />
        )}
      </div>
    );
  };

  return (
    <section className="page add-text">
      <h1>{t(existing ? 'editTitle' : 'title')}</h1>
      <p className="intro">{t('intro')}</p>
      <ProblemSummary messages={messages} ref={summary} />
      {drafted ? (
        <>
          <PairPreview
            pairs={drafted.pairs}
            onChange={(pairs) => setDrafted((previous) => previous && { ...previous, pairs })}
          />
          <div className="form-actions">
            <button
              type="button"
              className="button"
              onClick={() => {
                setDrafted(null);
                setFocusNext('form');
              }}
            >
              {t('actions.backToEditing')}
            </button>
            <button
              type="button"
              className="button primary"
              disabled={saving}
              onClick={() => void save()}
            >
              {t(saving ? 'actions.saving' : 'actions.save')}
            </button>
          </div>
        </>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (hasEnglish) void align();
            else void save();
          }}
        >
          <div className="field">
            <label htmlFor={ids.title}>{t('fields.title')}</label>
            <input
              id={ids.title}
              type="text"
              lang="tl"
              {...fieldAttributes(messages, 'title')}
              value={draft.title}
              onChange={(event) => update('title')(event.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={ids.titleEn}>{t('fields.titleEn')}</label>
            <input
              id={ids.titleEn}
              type="text"
              lang="en"
              value={draft.titleEn}
              onChange={(event) => update('titleEn')(event.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={ids.level}>{t('fields.level')}</label>
            <select
              id={ids.level}
              value={draft.level}
              onChange={(event) => update('level')(event.target.value)}
            >
              {LEVELS.map((level) => (
                <option key={level} value={level}>
                  {t(`levels.${level}`)}
                </option>
              ))}
            </select>
          </div>
          {textField('tagalog')}
          {textField('english')}
          <div className="form-actions">
            <button type="button" className="button" onClick={() => navigate('/')}>
              {t('actions.cancel')}
            </button>
            <button type="submit" className="button primary" disabled={saving} ref={pairButton}>
              {t(hasEnglish ? 'actions.align' : saving ? 'actions.saving' : 'actions.save')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
