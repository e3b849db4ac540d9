// Page speed in Chromium with the CPU slowed 4x, as on a cheap phone.
import { chromium, type Browser, type Page } from 'playwright-core';
import { median, percentile, type BenchResult } from './measure';
import { MAX_TEXT_WORDS } from '../../src/domain/content/textInput';
import { startPreview } from './preview';
import { shippedTextWords } from './shippedWords';

const PORT = 4181;
const BASE = `http://127.0.0.1:${PORT}/`;
const CPU_SLOWDOWN = 4;
// The most Add text takes.
const OWN_TEXT_WORDS = MAX_TEXT_WORDS;
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

async function slowPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    serviceWorkers: 'block',
    viewport: { width: 412, height: 915 },
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  return page;
}

/** Milliseconds from navigation start until the first sentence is painted (Element Timing). */
async function firstSentencePaint(browser: Browser): Promise<number> {
  const page = await slowPage(browser);
  await page.addInitScript(() => {
    const win = window as unknown as { firstSentencePaint?: number };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as PerformanceEntry[] & { renderTime?: number }[]) {
        const timing = entry as unknown as {
          identifier: string;
          renderTime: number;
          loadTime: number;
        };
        if (timing.identifier === 'first-sentence' && win.firstSentencePaint === undefined) {
          win.firstSentencePaint = timing.renderTime || timing.loadTime;
        }
      }
    }).observe({ type: 'element', buffered: true });
  });
  await page.goto(`${BASE}#/read/digital-rmb`);
  await page.waitForFunction(
    () => (window as unknown as { firstSentencePaint?: number }).firstSentencePaint !== undefined,
  );
  const value = await page.evaluate(
    () => (window as unknown as { firstSentencePaint: number }).firstSentencePaint,
  );
  await page.context().close();
  return value;
}

/**
 * A script for the page that runs `action` and resolves with the milliseconds until the first
 * element matching `selector` (or inside one) is painted, by Element Timing: the time the frame
 * was presented, as browsers time a tap's next paint. The elements are marked for timing as they
 * are added, before that paint: only what was added is searched, not the whole page each time, so
 * that the marking adds little to the time measured. Work the page puts off until after the paint
 * (the gloss's focus trap, its history step) is not counted, as it does not hold the paint up. A
 * string, not a function: tsx would wrap named inner functions in a helper the page lacks.
 */
function msUntilPainted(action: string, selector: string): string {
  const within = JSON.stringify(`:is(${selector}), :is(${selector}) *`);
  return `new Promise((resolve) => {
    const painted = new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        if (entry.identifier === 'bench' && entry.element && entry.element.matches(${within})) {
          painted.disconnect();
          added.disconnect();
          resolve((entry.renderTime || entry.loadTime) - start);
          return;
        }
    });
    painted.observe({ type: 'element' });
    const added = new MutationObserver((records) => {
      for (const record of records)
        for (const node of record.addedNodes) {
          if (node.nodeType !== Node.ELEMENT_NODE) continue;
          if (node.matches(${within})) node.setAttribute('elementtiming', 'bench');
          for (const element of node.querySelectorAll(${within}))
            element.setAttribute('elementtiming', 'bench');
        }
    });
    added.observe(document.body, { childList: true, subtree: true });
    const start = performance.now();
    window.benchStart = start;
    ${action};
  })`;
}

/**
 * A script for the page that resolves with the milliseconds from the start of the last
 * `msUntilPainted` action until the frame after an element matching `selector` is in the page has
 * been drawn (its work on the main thread done; not timed to the frame's presentation).
 */
function msUntilDrawn(selector: string): string {
  return `new Promise((resolve) => {
    const drawn = () =>
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - window.benchStart)));
    if (document.querySelector(${JSON.stringify(selector)})) return drawn();
    const added = new MutationObserver(() => {
      if (!document.querySelector(${JSON.stringify(selector)})) return;
      added.disconnect();
      drawn();
    });
    added.observe(document.body, { childList: true, subtree: true });
  })`;
}

/** `words` as a text of `count` words: sentences of 15 words, paragraphs of five sentences. */
function longText(words: readonly string[], count: number): string {
  let text = '';
  for (let index = 0; index < count; index++) {
    text += words[index % words.length]!;
    text += index % 75 === 74 ? '.\n\n' : index % 15 === 14 ? '. ' : ' ';
  }
  return text;
}

/**
 * Milliseconds from opening a learner's own text of `count` words (the app loaded, from the
 * Library) until its first word is painted, five times. The text is the shipped texts' words over
 * and over, added through Add text before the CPU is slowed.
 */
async function ownTextOpen(browser: Browser, words: readonly string[], count: number) {
  const context = await browser.newContext({
    serviceWorkers: 'block',
    viewport: { width: 412, height: 915 },
  });
  const page = await context.newPage();
  await page.goto(`${BASE}#/add`);
  await page.getByLabel('Title', { exact: true }).fill('Mahaba');
  await page.getByLabel('Tagalog text').fill(longText(words, count));
  await page.getByRole('button', { name: 'Save text' }).click();
  await page.waitForSelector('.tl .word', { timeout: 120_000 });
  const reader = new URL(page.url()).hash;
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  const times: number[] = [];
  for (let run = 0; run < 5; run += 1) {
    await page.goto(BASE);
    await page.waitForSelector('h1');
    times.push(
      await page.evaluate<number>(
        msUntilPainted(`location.hash = ${JSON.stringify(reader)}`, '.tl .word'),
      ),
    );
  }
  await context.close();
  return times;
}

// What a gloss shows first: its reading, or what stands for one.
const GLOSS_SHOWN = '.gloss-dialog .reading, .gloss-dialog .guess-note, .gloss-dialog .phrase';

// The gloss complete: its Save control, drawn a frame after the reading once the learner's words
// have been read.
const GLOSS_COMPLETE = '.gloss-dialog .save-word';

// After scrolling a word into view, the time the page is given to draw what came on screen.
const SETTLE_MS = 300;

// Taps timed for the gloss's percentiles. The 95th percentile of 40 taps is their third slowest:
// on one build it ranged from 43 to 63 ms between runs. Of 100 taps it is the sixth slowest.
const GLOSS_TAPS = 100;

/**
 * Milliseconds from a tap on a word until its gloss is on screen, for many words across the text:
 * until the gloss's reading (or what stands for one) is painted (see `msUntilPainted`), and until
 * the rest of it, Save included, has been drawn (see `msUntilDrawn`). Tapped as a learner taps: the
 * text read a while first (what the page fetches when idle has come), and each word on screen. A
 * word tapped off screen would take its paragraph's layout along (paragraphs far from the screen
 * are not laid out), and closing the gloss returns focus to it.
 */
async function dialogLatencies(
  browser: Browser,
  taps: number,
): Promise<{ open: number[]; complete: number[] }> {
  const page = await slowPage(browser);
  await page.goto(`${BASE}#/read/digital-rmb`);
  await page.waitForSelector('.unknown-count:not(.uncounted)');
  await page.waitForLoadState('networkidle');
  const count = await page.locator('.tl .word').count();
  const open: number[] = [];
  const complete: number[] = [];
  for (let tap = 0; tap <= taps; tap += 1) {
    const index = Math.floor((tap * 7919) % count);
    await page.evaluate(
      `document.querySelectorAll('.tl .word')[${index}].scrollIntoView({ block: 'center' })`,
    );
    await page.waitForTimeout(SETTLE_MS);
    const latency = await page.evaluate<number>(
      msUntilPainted(`document.querySelectorAll('.tl .word')[${index}].click()`, GLOSS_SHOWN),
    );
    const drawn = await page.evaluate<number>(msUntilDrawn(GLOSS_COMPLETE));
    // The first tap opens the first gloss, measured apart (`firstGlossLatencies`).
    if (tap > 0) {
      open.push(latency);
      complete.push(drawn);
    }
    await page.keyboard.press('Escape');
    await page.waitForSelector('.gloss-dialog', { state: 'detached' });
  }
  await page.context().close();
  return { open, complete };
}

/**
 * Milliseconds from the first tap on a word until its gloss is painted, the article opened from
 * its address and left until what it fetches when idle has come (the count of new words, shown
 * once the whole lexicon is in, then no request for half a second): five times, each in a fresh
 * browser context (nothing cached between them but the HTTP cache).
 */
async function firstGlossLatencies(browser: Browser): Promise<number[]> {
  const latencies: number[] = [];
  for (let run = 0; run < 5; run += 1) {
    const page = await slowPage(browser);
    await page.goto(`${BASE}#/read/digital-rmb`);
    await page.waitForSelector('.unknown-count:not(.uncounted)');
    await page.waitForLoadState('networkidle');
    latencies.push(
      await page.evaluate<number>(
        msUntilPainted(`document.querySelectorAll('.tl .word')[5].click()`, GLOSS_SHOWN),
      ),
    );
    await page.context().close();
  }
  return latencies;
}

export async function benchBrowser(): Promise<BenchResult[]> {
  const server = await startPreview(PORT);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  try {
    const paints: number[] = [];
    for (let run = 0; run < 5; run += 1) paints.push(await firstSentencePaint(browser));
    const { open: latencies, complete } = await dialogLatencies(browser, GLOSS_TAPS);
    const firstGloss = await firstGlossLatencies(browser);
    const ownText = await ownTextOpen(browser, shippedTextWords(), OWN_TEXT_WORDS);
    return [
      {
        name: `first sentence painted, reader cold load, CPU ${CPU_SLOWDOWN}x (median of 5)`,
        value: median(paints),
        unit: 'ms',
      },
      {
        name: `gloss dialog open, CPU ${CPU_SLOWDOWN}x (p95 of ${latencies.length})`,
        value: percentile(latencies, 95),
        unit: 'ms',
      },
      {
        name: `gloss dialog open, CPU ${CPU_SLOWDOWN}x (median)`,
        value: median(latencies),
        unit: 'ms',
      },
      {
        name: `gloss dialog complete, Save drawn, CPU ${CPU_SLOWDOWN}x (p95 of ${complete.length})`,
        value: percentile(complete, 95),
        unit: 'ms',
      },
      {
        name: `gloss dialog complete, Save drawn, CPU ${CPU_SLOWDOWN}x (median)`,
        value: median(complete),
        unit: 'ms',
      },
      {
        name: `first gloss after opening the article, CPU ${CPU_SLOWDOWN}x (median of 5)`,
        value: median(firstGloss),
        unit: 'ms',
      },
      {
        name: `own text of ${OWN_TEXT_WORDS.toLocaleString('en')} words opened, CPU ${CPU_SLOWDOWN}x (median of 5)`,
        value: median(ownText),
        unit: 'ms',
      },
    ];
  } finally {
    await browser.close();
    server.kill();
  }
}
