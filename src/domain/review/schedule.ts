// The scheduling state of one card direction, as stored, and the ts-fsrs adapter around it.
// Time is always an argument: nothing here reads the clock.
import {
  createEmptyCard,
  fsrs,
  generatorParameters,
  Rating,
  State,
  type Card,
  type FSRS,
  type Grade,
} from 'ts-fsrs';
import * as v from 'valibot';

export const DIRECTIONS = ['recognition', 'recall', 'cloze'] as const;
/** recognition: Tagalog → English; recall: English → Tagalog (typed); cloze: the sentence, blanked. */
export type Direction = (typeof DIRECTIONS)[number];

export const GRADES = ['again', 'hard', 'good', 'easy'] as const;
export type GradeName = (typeof GRADES)[number];

const GRADE_RATING: Record<GradeName, Grade> = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
  easy: Rating.Easy,
};

export const PHASES = ['new', 'learning', 'review', 'relearning'] as const;
export type Phase = (typeof PHASES)[number];
const PHASE_OF_STATE: Record<State, Phase> = {
  [State.New]: 'new',
  [State.Learning]: 'learning',
  [State.Review]: 'review',
  [State.Relearning]: 'relearning',
};
const STATE_OF_PHASE: Record<Phase, State> = {
  new: State.New,
  learning: State.Learning,
  review: State.Review,
  relearning: State.Relearning,
};

const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const finite = v.pipe(v.number(), v.finite(), v.minValue(0));
/** Milliseconds since the epoch. */
const instant = v.pipe(v.number(), v.integer(), v.minValue(0));

/** FSRS memory state of one direction of one word. Times are epoch milliseconds. */
export const ScheduleSchema = v.strictObject({
  phase: v.picklist(PHASES),
  due: instant,
  stability: finite,
  difficulty: finite,
  scheduledDays: count,
  learningSteps: count,
  reps: count,
  lapses: count,
  lastReview: v.nullable(instant),
});
export type Schedule = v.InferOutput<typeof ScheduleSchema>;

export const DEFAULT_RETENTION = 0.9;
export const MIN_RETENTION = 0.7;
export const MAX_RETENTION = 0.97;

export function newSchedule(now: Date): Schedule {
  return fromCard(createEmptyCard(now));
}

function fromCard(card: Card): Schedule {
  return {
    phase: PHASE_OF_STATE[card.state],
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    lastReview: card.last_review ? card.last_review.getTime() : null,
  };
}

function toCard(schedule: Schedule, now: Date): Card {
  const last = schedule.lastReview;
  return {
    due: new Date(schedule.due),
    stability: schedule.stability,
    difficulty: schedule.difficulty,
    elapsed_days: last === null ? 0 : Math.max(0, Math.floor((now.getTime() - last) / 86_400_000)),
    scheduled_days: schedule.scheduledDays,
    learning_steps: schedule.learningSteps,
    reps: schedule.reps,
    lapses: schedule.lapses,
    state: STATE_OF_PHASE[schedule.phase],
    ...(last === null ? {} : { last_review: new Date(last) }),
  };
}

const schedulers = new Map<number, FSRS>();
function scheduler(retention: number): FSRS {
  const clamped = Math.min(MAX_RETENTION, Math.max(MIN_RETENTION, retention));
  let found = schedulers.get(clamped);
  if (!found) {
    // Fuzz off: the same answers give the same intervals, so scheduling is reproducible.
    found = fsrs(generatorParameters({ request_retention: clamped, enable_fuzz: false }));
    schedulers.set(clamped, found);
  }
  return found;
}

/** The state after answering `grade` at `now`, with the desired retention in force. */
export function nextSchedule(
  schedule: Schedule,
  grade: GradeName,
  now: Date,
  retention: number = DEFAULT_RETENTION,
): Schedule {
  const { card } = scheduler(retention).next(toCard(schedule, now), now, GRADE_RATING[grade]);
  return fromCard(card);
}

/** What each answer would schedule, for the buttons' hints. */
export function previewIntervals(
  schedule: Schedule,
  now: Date,
  retention: number = DEFAULT_RETENTION,
): Record<GradeName, number> {
  const result = {} as Record<GradeName, number>;
  for (const grade of GRADES)
    result[grade] = nextSchedule(schedule, grade, now, retention).due - now.getTime();
  return result;
}

/** Probability of recalling the card at `now` (0 for a card never reviewed). */
export function retrievability(
  schedule: Schedule,
  now: Date,
  retention = DEFAULT_RETENTION,
): number {
  if (schedule.phase === 'new') return 0;
  return scheduler(retention).get_retrievability(toCard(schedule, now), now, false);
}
