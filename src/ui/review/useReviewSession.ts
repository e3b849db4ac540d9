import { useCallback, useEffect, useState } from 'react';
import { startOfDay } from '../../domain/review/days';
import {
  buildDueQueue,
  newCardsToday,
  type Candidates,
  newLeftToday,
  type DueQueue,
  type ReviewItem,
} from '../../domain/review/queue';
import type { ReviewLogEntry } from '../../domain/review/reviewLog';
import { DIRECTIONS, type GradeName } from '../../domain/review/schedule';
import { DEFAULT_SETTINGS, type ReviewSettings } from '../../domain/review/settings';
import { justAnsweredIn } from '../../domain/review/siblings';
import type { SavedWord } from '../../domain/vocab/savedWord';
import { onVocabularyChange } from '../../storage/vocabularyChanges';
import { vocabularyRepository } from '../../storage/vocabularyRepository';

/** Re-check the queue at most this far ahead (a learning step of a few minutes). */
const MAX_WAIT = 60 * 60_000;
/** Words fetched ahead of the card on screen. */
const PREFETCH = 3;

export interface SessionData {
  readonly settings: ReviewSettings;
  /** Today's answers (for the daily limit of new cards). */
  readonly today: readonly ReviewLogEntry[];
  readonly queue: DueQueue;
  /** The words of the first cards in the queue (the rest are fetched as the session goes). */
  readonly words: ReadonlyMap<string, SavedWord>;
}

/**
 * Fetches the words of the next few cards. Cards whose word is gone (deleted in another tab) are
 * dropped from the front of the queue.
 */
async function settle(
  queue: DueQueue,
  known: ReadonlyMap<string, SavedWord>,
): Promise<{ queue: DueQueue; words: Map<string, SavedWord> }> {
  const words = new Map(known);
  let items = queue.items;
  for (;;) {
    const head = items.slice(0, PREFETCH);
    const wanted = [...new Set(head.map((item) => item.wordId))].filter((id) => !words.has(id));
    if (wanted.length === 0) break;
    const found = await vocabularyRepository().getWords(wanted);
    for (const word of found) words.set(word.id, word);
    if (found.length === wanted.length) break;
    items = items.filter((item) => words.has(item.wordId) || !wanted.includes(item.wordId));
  }
  return { queue: items === queue.items ? queue : { ...queue, items }, words };
}

/**
 * Builds the due queue from the key indexes: only due cards are read, not every word.
 * `justAnswered` is the word of the card answered just before, whose other cards wait a little.
 */
async function queueFor(
  settings: ReviewSettings,
  today: readonly ReviewLogEntry[],
  now: Date,
  guessed?: Candidates,
  justAnswered?: string,
): Promise<DueQueue> {
  const shown = newCardsToday(today, now);
  const wanted = newLeftToday(settings, shown) + 1;
  const candidates =
    guessed && usable(guessed, settings, wanted)
      ? guessed
      : await vocabularyRepository().reviewCandidates(settings.directions, now, wanted);
  return buildDueQueue(candidates, settings, shown, now, justAnswered);
}

/** New cards read before the settings are known: enough for the default limit. */
const GUESSED_FRESH = DEFAULT_SETTINGS.newPerDay + 1;

/** Candidates read for every direction serve the settings if none is off and enough are new. */
function usable(candidates: Candidates, settings: ReviewSettings, wanted: number): boolean {
  const everyDirection = DIRECTIONS.every((direction) => settings.directions.includes(direction));
  return everyDirection && (wanted <= GUESSED_FRESH || candidates.fresh.length < GUESSED_FRESH);
}

export async function loadSession(now: Date): Promise<SessionData> {
  const repository = vocabularyRepository();
  // The settings, today's answers and (guessing the usual settings) the candidates, at once.
  const [settings, today, guessed] = await Promise.all([
    repository.getSettings(),
    repository.recentLog(startOfDay(now.getTime())),
    repository.reviewCandidates(DIRECTIONS, now, GUESSED_FRESH),
  ]);
  // Read again mid-session (a reload): the word of the answer just given still waits its turn.
  const queue = await queueFor(settings, today, now, guessed, justAnsweredIn(today, now));
  // The words of the first cards were read with the candidates: usually nothing is left to read.
  const known = new Map(guessed.headWords.map((word) => [word.id, word]));
  return { settings, today, ...(await settle(queue, known)) };
}

/** A session read started as soon as the page's code arrived, used if still fresh. */
let preloaded: { readonly at: number; readonly session: Promise<SessionData> } | undefined;
const PRELOAD_FRESH_MS = 5000;
onVocabularyChange(() => {
  preloaded = undefined; // read before the change
});

export function preloadSession(): void {
  const session = loadSession(new Date());
  session.catch(() => undefined); // reported when the page uses it
  preloaded = { at: Date.now(), session };
}

/** The preloaded session if it is fresh, else a new read. */
export function takeSession(): Promise<SessionData> {
  const early = preloaded && Date.now() - preloaded.at < PRELOAD_FRESH_MS ? preloaded : undefined;
  preloaded = undefined;
  return early?.session ?? loadSession(new Date());
}

/** The due queue, kept current as cards are answered and as time passes. */
export function useReviewSession(initial: SessionData) {
  const [data, setData] = useState(initial);
  const [now, setNow] = useState(() => new Date());
  const [answered, setAnswered] = useState(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const { queue } = data;

  const refresh = useCallback(async (settings: ReviewSettings, at: Date, justAnswered?: string) => {
    const today = await vocabularyRepository().recentLog(startOfDay(at.getTime()));
    const queue = await queueFor(settings, today, at, undefined, justAnswered);
    const next = await settle(queue, new Map());
    setData({ settings, today, ...next });
    setNow(at);
  }, []);

  // When nothing is due but a card soon will be, come back for it.
  useEffect(() => {
    if (queue.items.length > 0 || queue.nextDueAt === null) return;
    const wait = queue.nextDueAt - Date.now();
    if (wait > MAX_WAIT) return;
    // The session's last answer, given before the wait, is still the one just before.
    const lastAnswered = answered > 0 ? data.today.at(-1)?.wordId : undefined;
    const timer = setTimeout(
      () => void refresh(data.settings, new Date(), lastAnswered).catch(setError),
      Math.max(0, wait) + 500,
    );
    return () => clearTimeout(timer);
  }, [queue, data.settings, data.today, answered, refresh]);

  const answer = useCallback(
    async (item: ReviewItem, grade: GradeName) => {
      setBusy(true);
      try {
        const at = new Date();
        const result = await vocabularyRepository().answer(
          item.wordId,
          item.direction,
          grade,
          at,
          data.settings.desiredRetention,
        );
        const rest = data.queue.items.filter(
          (other) => other.wordId !== item.wordId || other.direction !== item.direction,
        );
        setAnswered((count) => count + 1);
        if (rest.length === 0) {
          // The queue ran out: look again (learning cards may be due, or the limit reached).
          await refresh(data.settings, at, item.wordId);
        } else {
          const known = new Map(data.words);
          if (result) known.set(result.word.id, result.word);
          const next = await settle(
            { ...data.queue, items: rest, total: Math.max(rest.length, data.queue.total - 1) },
            known,
          );
          setData({
            ...data,
            today: result ? [...data.today, result.entry] : data.today,
            ...next,
          });
          setNow(at);
        }
        setError(null);
      } catch (caught) {
        setError(caught);
      } finally {
        setBusy(false);
      }
    },
    [data, refresh],
  );

  /**
   * Rejects if the settings could not be stored (the form says so). Once stored, a failure to
   * read the queue again is the page's error, as for an answer.
   */
  const saveSettings = useCallback(
    async (settings: ReviewSettings) => {
      await vocabularyRepository().putSettings(settings);
      try {
        await refresh(settings, new Date());
        setError(null);
      } catch (caught) {
        setError(caught);
      }
    },
    [refresh],
  );

  return { data, queue, now, answered, busy, error, answer, saveSettings };
}
