import { lazy, Suspense, type ComponentProps } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import {
  otherReadings,
  type CompoundPart,
  type PartOfSpeech,
  type PhraseMatch,
  type Reading,
} from '../../domain/lexicon';
import { phraseInput } from '../../domain/lexicon/phraseInput';
import { headwordOfLookup } from '../../domain/vocab/headword';
import { surfaceStart, type WordContext } from '../../domain/vocab/wordContext';
import { AffixBreakdown } from './AffixBreakdown';
import { OwnGlossForm } from './OwnGlossForm';
import { EntrySummary, ReadingView } from './ReadingView';
import type { Gloss } from './useGloss';

type SaveWordModule = typeof import('../vocabulary/SaveWordControl');
let saveWordModule: SaveWordModule | undefined;
const loadSaveWordControl = (): Promise<SaveWordModule> =>
  import('../vocabulary/SaveWordControl').then((module) => (saveWordModule = module));
const LazySaveWordControl = lazy(() =>
  loadSaveWordControl().then((module) => ({ default: module.SaveWordControl })),
);

/**
 * The Save control: drawn with the gloss when its code is here (the reader fetches it when idle),
 * else once it arrives. A lazy component waits for its code even when it is here already.
 */
function SaveWordControl(props: ComponentProps<SaveWordModule['SaveWordControl']>) {
  const Control = saveWordModule?.SaveWordControl ?? LazySaveWordControl;
  return <Control {...props} />;
}

/**
 * The locale namespaces the gloss is written with, besides the default one. One not loaded yet
 * holds the whole gloss back behind "Looking up…" (for a third of a second and more: React shows
 * what was waiting no sooner than that after the placeholder).
 */
export const GLOSS_NAMESPACES: readonly string[] = ['morphology', 'addText', 'vocabulary'];

/** Fetches the code of the gloss's Save control, which the reader does not load up front. */
export function prefetchSaveWordControl(): void {
  loadSaveWordControl().catch(() => undefined); // a failure shows when the gloss renders it
}

const MAX_OTHER_READINGS = 4;

export interface GlossContext {
  readonly word: string;
  /** The word's place among the sentence's words (as the reader counts them), if known. */
  readonly wordIndex?: number;
  readonly sentenceTl: string;
  readonly sentenceEn: string;
  readonly textId: string;
  readonly sentenceId: string;
}

/**
 * The sentence to save `surface` with, and where in it `surface` stands (from the sentence's
 * `wordIndex`-th word on), when known.
 */
function sentenceOf(
  { wordIndex: _tapped, ...context }: GlossContext,
  surface: string,
  wordIndex: number | undefined,
) {
  const start =
    wordIndex === undefined ? undefined : surfaceStart(context.sentenceTl, surface, wordIndex);
  return start === undefined ? context : { ...context, start };
}

const sensesOf = (reading: Reading): readonly string[] =>
  reading.derived?.senses ?? reading.entry.senses;

/** What a compound's parts mean, for saving it: `stop + trip`. */
const partsSense = (parts: readonly CompoundPart[] | undefined): string =>
  parts?.map((part) => sensesOf(part.reading)[0] ?? part.text).join(' + ') ?? '';

/** The word's part of speech as the gloss gives it: the best reading's, else the guess's. */
function partOfSpeechOf(gloss: Gloss): PartOfSpeech | undefined {
  const reading = gloss.result.readings[0];
  return reading?.derived?.pos ?? reading?.entry.pos[0] ?? gloss.result.guess?.posHint;
}

export function wordContextOf(gloss: Gloss, context: GlossContext): WordContext {
  const reading = gloss.result.readings[0];
  const root = reading?.lemma ?? gloss.result.guess?.root ?? context.word.toLowerCase();
  const sense = reading ? (sensesOf(reading)[0] ?? '') : partsSense(gloss.result.parts);
  const pos = partOfSpeechOf(gloss) ?? '';
  const headword = headwordOfLookup(gloss.result, context.word);
  return {
    surface: context.word,
    root,
    headword,
    sense,
    pos,
    ...sentenceOf(context, context.word, context.wordIndex),
  };
}

/**
 * A name as the sentence writes it (`People’s Bank of China`; entries are lower case); any other
 * phrase in its dictionary form (`sa pamamagitan ng`, even where a sentence begins with it).
 */
function phraseTitle(gloss: Gloss): string {
  const { phrase, phraseAsWritten } = gloss;
  if (!phrase) return '';
  return phrase.entry.pos.includes('name') && phraseAsWritten
    ? phraseAsWritten
    : phrase.entry.lemma;
}

/**
 * A phrase is saved as one item: the phrase itself is its "root", shown as the dialog titles it
 * (a name as the sentence writes it: `Ant Group`, not the entry's lower case).
 */
function phraseContextOf(
  { entry, start }: PhraseMatch,
  title: string,
  context: GlossContext,
): WordContext {
  // The phrase's first word: `start` counts places in the phrase input, not words.
  const firstWord = phraseInput(context.sentenceTl).wordPositions.indexOf(start);
  return {
    surface: title,
    root: entry.lemma,
    headword: entry.lemma,
    sense: entry.senses[0] ?? '',
    pos: 'phrase',
    ...sentenceOf(context, title, firstWord === -1 ? undefined : firstWord),
  };
}

/** A word, the root it is from (when `from`), and the reading's first two senses. */
function SensesLine({ word, from, reading }: { word: string; from: boolean; reading: Reading }) {
  const { t } = useTranslation();
  return (
    <>
      <span lang="tl">{word}</span>
      {from && (
        <span className="muted">{` (${t('gloss.derivedFrom', { root: reading.lemma })})`}</span>
      )}
      {`: ${sensesOf(reading).slice(0, 2).join('; ')}`}
    </>
  );
}

export function GlossContent({
  gloss,
  context,
  onOwnGlossChange,
  readingOnly = false,
  brief = false,
}: {
  gloss: Gloss;
  context: GlossContext;
  onOwnGlossChange: () => void;
  /** The reading alone, without Save, other readings and the learner's own meaning. */
  readingOnly?: boolean;
  /** The senses without the entries' notes, examples and origins (see `EntrySummary`). */
  brief?: boolean;
}) {
  const { t } = useTranslation();
  const best = gloss.result.readings[0];
  const others = otherReadings(gloss.result.readings);
  const { guess, parts } = gloss.result;
  return (
    <>
      {gloss.phrase && (
        <section className="phrase">
          <h3>
            {t('gloss.phrase')}: <span lang="tl">{phraseTitle(gloss)}</span>
          </h3>
          <EntrySummary entry={gloss.phrase.entry} brief={brief} />
          {!readingOnly && (
            <Suspense fallback={null}>
              <SaveWordControl
                word={phraseContextOf(gloss.phrase, phraseTitle(gloss), context)}
                phrase
              />
            </Suspense>
          )}
        </section>
      )}
      {best ? (
        <ReadingView reading={best} word={context.word} brief={brief} />
      ) : parts ? (
        <div className="reading compound">
          <p className="guess-note">{t('gloss.compound')}</p>
          <ul className="compound-parts">
            {parts.map((part, index) => (
              <li key={index}>
                <SensesLine
                  word={part.text}
                  from={part.reading.lemma !== part.text.toLowerCase()}
                  reading={part.reading}
                />
              </li>
            ))}
          </ul>
        </div>
      ) : guess && gloss.result.probablyName && guess.affixes.length === 0 ? (
        <div className="reading guess">
          <p className="guess-note">{t('gloss.probablyName')}</p>
          <h3>
            {t('gloss.name')}: <span lang="tl">{context.word}</span>
          </h3>
        </div>
      ) : guess ? (
        <div className="reading guess">
          <p className="guess-note">{t('gloss.guess')}</p>
          <h3>
            {t('gloss.root')}: <span lang="tl">{guess.root}</span>
          </h3>
          <AffixBreakdown analysis={guess} />
        </div>
      ) : (
        !gloss.phrase && <p className="guess-note">{t('gloss.unknown')}</p>
      )}
      {!readingOnly && others.length > 0 && (
        <details className="other-readings">
          <summary>{t('gloss.otherReadings')}</summary>
          <ul>
            {others.slice(0, MAX_OTHER_READINGS).map((reading) => (
              <li key={`${reading.lemma}-${reading.derived?.form ?? ''}`}>
                <SensesLine
                  word={reading.derived?.form ?? reading.lemma}
                  from={reading.derived !== undefined}
                  reading={reading}
                />
              </li>
            ))}
          </ul>
        </details>
      )}
      {gloss.failures.length > 0 && (
        <p className="warning" role="alert">
          {t('gloss.lexiconError', { message: gloss.failures.join('; ') })}
        </p>
      )}
      {!readingOnly && (
        <Suspense fallback={null}>
          <SaveWordControl word={wordContextOf(gloss, context)} />
          <OwnGlossForm
            word={context.word}
            suggestedRoot={best?.lemma ?? guess?.root ?? context.word.toLowerCase()}
            suggestedPos={partOfSpeechOf(gloss) ?? 'noun'}
            current={gloss.own}
            onChange={onOwnGlossChange}
          />
        </Suspense>
      )}
    </>
  );
}
