// Merging a backup into what is already stored: nothing is duplicated and nothing is lost.
import type { UserTextRecord } from '../content/userText';
import type { OwnGloss } from '../lexicon/ownGloss';
import { logKey, type ReviewLogEntry } from '../review/reviewLog';
import { DIRECTIONS, type Schedule } from '../review/schedule';
import type { BackupData } from './backupFormat';
import { listNameProblem } from './listNames';
import type { KnownWord, Meeting, SavedWord, WordList } from './savedWord';

/**
 * The file's review settings: `taken` (this profile had none), `kept` (this profile's own stay
 * and the file's are not used) or `none` (the file has none).
 */
export type SettingsOutcome = 'taken' | 'kept' | 'none';

export interface ImportSummary {
  readonly wordsAdded: number;
  readonly wordsMerged: number;
  readonly lists: number;
  /** Lists of the file joined to a list here of the same name (another id). */
  readonly listsJoined: number;
  readonly known: number;
  readonly reviews: number;
  readonly texts: number;
  readonly glosses: number;
  readonly settings: SettingsOutcome;
}

/** The records to write (only what is new or changed) and what that means for the learner. */
export interface ImportPlan {
  readonly write: BackupData;
  readonly summary: ImportSummary;
}

const meetingKey = (meeting: Meeting): string =>
  `${meeting.textId}|${meeting.sentenceId}|${meeting.surface}`;

/**
 * `contexts` with the place in its sentence (`start`) that the same meeting has in `incoming`
 * where theirs lacks one: saved before places were kept, a meeting is blanked by guess in review.
 */
function withPlaces(contexts: Meeting[], incoming: readonly Meeting[]): Meeting[] {
  const places = new Map(
    incoming.flatMap((meeting) =>
      meeting.start === undefined ? [] : [[meetingKey(meeting), meeting.start] as const],
    ),
  );
  return contexts.map((meeting) => {
    const start = meeting.start ?? places.get(meetingKey(meeting));
    return start === meeting.start ? meeting : { ...meeting, start };
  });
}

/** The more advanced of two schedules for the same direction: the one reviewed last. */
function laterSchedule(a: Schedule, b: Schedule): Schedule {
  const last = (schedule: Schedule): number => schedule.lastReview ?? -1;
  if (last(a) !== last(b)) return last(a) > last(b) ? a : b;
  return b.reps > a.reps ? b : a;
}

function union<T>(first: readonly T[], second: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set(first.map(key));
  return [...first, ...second.filter((item) => !seen.has(key(item)))];
}

/** One card from two: every context and list of both, the later review state of each direction. */
export function mergeWord(current: SavedWord, incoming: SavedWord): SavedWord {
  const schedules = { ...current.schedules };
  for (const direction of DIRECTIONS) {
    schedules[direction] = laterSchedule(
      current.schedules[direction],
      incoming.schedules[direction],
    );
  }
  return {
    ...current,
    sense: current.sense || incoming.sense,
    pos: current.pos || incoming.pos,
    notes: current.notes || incoming.notes,
    lists: union(current.lists, incoming.lists, (id) => id),
    contexts: withPlaces(union(current.contexts, incoming.contexts, meetingKey), incoming.contexts),
    schedules,
    createdAt: Math.min(current.createdAt, incoming.createdAt),
    updatedAt: Math.max(current.updatedAt, incoming.updatedAt),
  };
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function newer<T>(
  current: ReadonlyMap<string, T>,
  incoming: readonly T[],
  key: (item: T) => string,
  updatedAt: (item: T) => string,
): T[] {
  return incoming.filter((item) => {
    const existing = current.get(key(item));
    return !existing || updatedAt(item) > updatedAt(existing);
  });
}

/**
 * The file's lists to add, and which of its list ids become another: a list with the name of one
 * already here (by the app's own comparison: "My Words" is "My words") joins that one, as two
 * lists may not share a name. `defaultName` is the default list's name on screen.
 */
function planLists(
  current: readonly WordList[],
  incoming: readonly WordList[],
  defaultName: string,
): { lists: WordList[]; renamed: Map<string, string>; joined: number } {
  const known = [...current];
  const ids = new Set(current.map((list) => list.id));
  const lists: WordList[] = [];
  const renamed = new Map<string, string>();
  let joined = 0;
  for (const list of union([], incoming, (item) => item.id)) {
    if (ids.has(list.id)) continue;
    const problem = listNameProblem(list.name ?? defaultName, known, defaultName);
    if (problem?.kind === 'duplicate') {
      renamed.set(list.id, problem.list.id);
      if (current.includes(problem.list)) joined += 1;
      continue;
    }
    lists.push(list);
    known.push(list);
  }
  return { lists, renamed, joined };
}

/** The word with its list ids as they are here (see `planLists`). */
function withListsRenamed(word: SavedWord, renamed: ReadonlyMap<string, string>): SavedWord {
  if (!word.lists.some((id) => renamed.has(id))) return word;
  return { ...word, lists: [...new Set(word.lists.map((id) => renamed.get(id) ?? id))] };
}

export function planImport(
  current: BackupData,
  incoming: BackupData,
  defaultListName = 'My words',
): ImportPlan {
  const words = new Map(current.words.map((word) => [word.id, word]));
  const wordsToWrite: SavedWord[] = [];
  let wordsAdded = 0;
  let wordsMerged = 0;
  const { lists, renamed, joined } = planLists(current.lists, incoming.lists, defaultListName);
  const seenIncoming = new Map<string, SavedWord>();
  for (const incomingWord of incoming.words) {
    const word = withListsRenamed(incomingWord, renamed);
    // A file may (if edited by hand) hold the same root twice: fold those together first.
    const earlier = seenIncoming.get(word.id);
    seenIncoming.set(word.id, earlier ? mergeWord(earlier, word) : word);
  }
  for (const word of seenIncoming.values()) {
    const existing = words.get(word.id);
    if (!existing) {
      wordsAdded += 1;
      wordsToWrite.push(word);
      continue;
    }
    const merged = mergeWord(existing, word);
    if (!sameJson(merged, existing)) {
      wordsMerged += 1;
      wordsToWrite.push(merged);
    }
  }

  const knownIds = new Set(current.known.map((mark) => mark.id));
  const known: KnownWord[] = union([], incoming.known, (mark) => mark.id).filter(
    (mark) => !knownIds.has(mark.id) && !words.has(mark.id),
  );
  const logKeys = new Set(current.reviewLog.map(logKey));
  const reviewLog: ReviewLogEntry[] = union([], incoming.reviewLog, logKey).filter(
    (entry) => !logKeys.has(logKey(entry)),
  );
  const texts: UserTextRecord[] = newer(
    new Map(current.texts.map((record) => [record.text.id, record])),
    union([], incoming.texts, (record) => record.text.id),
    (record) => record.text.id,
    (record) => record.updatedAt,
  );
  const glosses: OwnGloss[] = newer(
    new Map(current.glosses.map((gloss) => [gloss.form, gloss])),
    union([], incoming.glosses, (gloss) => gloss.form),
    (gloss) => gloss.form,
    (gloss) => gloss.updatedAt,
  );
  const settings = current.settings === null ? incoming.settings : null;
  const settingsOutcome: SettingsOutcome =
    incoming.settings === null ? 'none' : settings === null ? 'kept' : 'taken';

  return {
    write: { words: wordsToWrite, lists, known, settings, reviewLog, texts, glosses },
    summary: {
      wordsAdded,
      wordsMerged,
      lists: lists.length,
      listsJoined: joined,
      known: known.length,
      reviews: reviewLog.length,
      texts: texts.length,
      glosses: glosses.length,
      settings: settingsOutcome,
    },
  };
}

export function isEmptyPlan(plan: ImportPlan): boolean {
  const { write } = plan;
  return (
    write.words.length +
      write.lists.length +
      write.known.length +
      write.reviewLog.length +
      write.texts.length +
      write.glosses.length ===
      0 && write.settings === null
  );
}
