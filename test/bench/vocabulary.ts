// Vocabulary at scale: 10,000 saved words and 50,000 review-log entries in Chromium with the CPU
// slowed 4x. Measures opening the Vocabulary page and building the due queue (the Review page
// showing its first card). The data is made with the app's own domain code, so it is valid.
import { chromium, type Browser, type Page } from 'playwright-core';
import { logKey, type ReviewLogEntry } from '../../src/domain/review/reviewLog';
import { nextSchedule, type GradeName } from '../../src/domain/review/schedule';
import { DEFAULT_SETTINGS } from '../../src/domain/review/settings';
import { saveWord, type SavedWord } from '../../src/domain/vocab/savedWord';
import { INDEX_MARKER, INDEX_VERSION, indexKeysOf } from '../../src/storage/vocabularyIndex';
import { median, type BenchResult } from './measure';
import { startPreview } from './preview';

const PORT = 4182;
const BASE = `http://127.0.0.1:${PORT}/`;
const CPU_SLOWDOWN = 4;
const WORDS = Number(process.env.BENCH_WORDS ?? 10_000);
const LOG_ENTRIES = Number(process.env.BENCH_LOG ?? 50_000);
const RUNS = 7;
const DAY = 86_400_000;

/** A small deterministic generator: the same data every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

const SYLLABLES = [
  'ka',
  'la',
  'ma',
  'na',
  'pa',
  'sa',
  'ta',
  'ba',
  'ga',
  'da',
  'li',
  'ku',
  'ro',
  'yo',
  'wi',
];

export function seedData(now: Date): { words: SavedWord[]; log: ReviewLogEntry[] } {
  const next = random(42);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const words: SavedWord[] = [];
  for (let index = 0; index < WORDS; index += 1) {
    const root = `${pick(SYLLABLES)}${pick(SYLLABLES)}${pick(SYLLABLES)}${index}`;
    const savedAt = new Date(now.getTime() - Math.floor(next() * 365) * DAY);
    let word = saveWord(
      undefined,
      {
        surface: `nag${root}`,
        word: `nag${root}`,
        root,
        headword: root,
        sense: `meaning number ${index}`,
        pos: 'verb',
        sentenceTl: `Ang bata ay nag${root} sa bahay kahapon ng umaga kasama ang kaniyang lola.`,
        sentenceEn: 'The child did something at home yesterday morning with her grandmother.',
        textId: `text-${index % 40}`,
        sentenceId: `s${index % 30}`,
      },
      savedAt,
    );
    // Six in ten words have been reviewed; their cards are due anywhere in the next month or
    // were due in the last week.
    if (next() < 0.6) {
      const schedules = { ...word.schedules };
      for (const direction of ['recognition', 'recall', 'cloze'] as const) {
        const reviewed = nextSchedule(schedules[direction], 'easy', savedAt);
        schedules[direction] = {
          ...reviewed,
          due: now.getTime() + Math.floor((next() * 37 - 7) * DAY),
        };
      }
      word = { ...word, schedules };
    }
    words.push(word);
  }
  const grades: GradeName[] = ['again', 'hard', 'good', 'good', 'good', 'easy'];
  const log: ReviewLogEntry[] = [];
  for (let index = 0; index < LOG_ENTRIES; index += 1) {
    const word = pick(words);
    const reviewedAt = now.getTime() - Math.floor(next() * 365 * DAY);
    log.push({
      kind: 'review-log',
      version: 1,
      wordId: word.id,
      direction: pick(['recognition', 'recall', 'cloze'] as const),
      grade: pick(grades),
      phase: next() < 0.8 ? 'review' : 'learning',
      reviewedAt,
      elapsedDays: Math.floor(next() * 30),
      scheduledDays: Math.floor(next() * 60),
      due: reviewedAt + Math.floor(next() * 60) * DAY,
    });
  }
  return { words, log };
}

/** Writes the records straight into the app's IndexedDB store, in batches. */
async function seed(page: Page, entries: Array<[string, unknown]>): Promise<void> {
  const BATCH = 5_000;
  for (let start = 0; start < entries.length; start += BATCH) {
    await page.evaluate(
      (batch) =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('tulay-vocabulary');
          request.onupgradeneeded = () => request.result.createObjectStore('records');
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const database = request.result;
            const transaction = database.transaction('records', 'readwrite');
            const store = transaction.objectStore('records');
            for (const [key, value] of batch) store.put(value, key);
            transaction.oncomplete = () => {
              database.close();
              resolve();
            };
            transaction.onerror = () => reject(transaction.error);
          };
        }),
      entries.slice(start, start + BATCH),
    );
  }
}

/** Clicks the nav link `linkName` and resolves, in the page, when `selector` is painted. */
async function clickAndWait(page: Page, linkName: string, selector: string): Promise<number> {
  return page.evaluate(
    ({ linkName, selector }) =>
      new Promise<number>((resolve) => {
        const link = [...document.querySelectorAll<HTMLAnchorElement>('nav a')].find(
          (anchor) => anchor.textContent === linkName,
        )!;
        const start = performance.now();
        link.click();
        const check = (): void => {
          if (document.querySelector(selector)) {
            requestAnimationFrame(() => resolve(performance.now() - start));
          } else {
            requestAnimationFrame(check);
          }
        };
        check();
      }),
    { linkName, selector },
  );
}

/**
 * Milliseconds from a click on the nav link `linkName` until `selector` is on screen, with the
 * CPU slowed, in a freshly loaded app. `warm`: the page's code was already fetched in this visit
 * (the learner went there before), so only the data work is timed; otherwise the page's code
 * and translations are fetched from the HTTP cache as part of the time.
 */
async function timeNavigation(
  page: Page,
  linkName: string,
  selector: string,
  warm: boolean,
): Promise<number> {
  await page.goto(BASE, { waitUntil: 'networkidle' });
  await page.getByRole('heading', { name: 'Library' }).waitFor();
  if (warm) {
    await clickAndWait(page, linkName, selector);
    await clickAndWait(page, 'Library', '.page.library');
  }
  // Let the Library finish its own work first: this measures the page, not the Library.
  await page.waitForTimeout(500);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  const value = await clickAndWait(page, linkName, selector);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await cdp.detach();
  return value;
}

export async function benchVocabulary(): Promise<BenchResult[]> {
  const server = await startPreview(PORT);
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
    });
    const context = await browser.newContext({
      serviceWorkers: 'block',
      viewport: { width: 412, height: 915 },
    });
    // tsx keeps function names with a `__name` helper that the page does not have.
    await context.addInitScript({ content: 'globalThis.__name = (target) => target;' });
    const page = await context.newPage();
    await page.goto(BASE);
    const { words, log } = seedData(new Date());
    await seed(page, [
      ...words.map((word): [string, unknown] => [`word:${word.id}`, word]),
      ...words.flatMap((word) => indexKeysOf(word).map((key): [string, unknown] => [key, 1])),
      [INDEX_MARKER, { version: INDEX_VERSION }],
      ...log.map((entry): [string, unknown] => [`log:${logKey(entry)}`, entry]),
      ['settings', DEFAULT_SETTINGS],
    ]);
    // One untimed visit of each page fills the HTTP cache.
    await timeNavigation(page, 'Vocabulary', '.word-item', false);
    await timeNavigation(page, 'Review', '.review-card', false);

    const runs = { vocabulary: [] as number[], vocabularyCold: [] as number[] };
    const review = { warm: [] as number[], cold: [] as number[] };
    for (let run = 0; run < RUNS; run += 1) {
      runs.vocabulary.push(await timeNavigation(page, 'Vocabulary', '.word-item', true));
      runs.vocabularyCold.push(await timeNavigation(page, 'Vocabulary', '.word-item', false));
      review.warm.push(await timeNavigation(page, 'Review', '.review-card', true));
      review.cold.push(await timeNavigation(page, 'Review', '.review-card', false));
    }
    await context.close();
    const label = `${WORDS} words, ${LOG_ENTRIES} log entries, CPU ${CPU_SLOWDOWN}x`;
    return [
      {
        name: `open Vocabulary, ${label} (median of ${RUNS})`,
        value: median(runs.vocabulary),
        unit: 'ms',
      },
      {
        name: `build the due queue and show the first card, ${label}`,
        value: median(review.warm),
        unit: 'ms',
      },
      {
        name: 'open Vocabulary, first visit (page code and translations fetched too)',
        value: median(runs.vocabularyCold),
        unit: 'ms',
      },
      {
        name: 'open Review, first visit (page code and translations fetched too)',
        value: median(review.cold),
        unit: 'ms',
      },
    ];
  } finally {
    await browser?.close();
    server.kill();
  }
}
