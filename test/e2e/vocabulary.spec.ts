import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './axe';
import { seedArticle } from './content';
import { glossStepGone } from './history';

const article = seedArticle();

async function openArticle(page: Page): Promise<void> {
  await page.goto('./');
  await page.getByRole('link', { name: article.titleTl }).click();
  await expect(page.locator('[data-sentence-id="s2"] .tl')).toBeVisible();
}

/** Opens the gloss of `word` in `sentenceId` and presses "Save". */
async function saveWord(page: Page, sentenceId: string, word: string): Promise<void> {
  await page
    .locator(`[data-sentence-id="${sentenceId}"]`)
    .getByRole('button', { name: word, exact: true })
    .first()
    .click();
  const dialog = page.getByRole('dialog', { name: word });
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(dialog.locator('.save-state')).toHaveText('Saved');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toHaveCount(0);
  await glossStepGone(page);
}

async function openVocabulary(page: Page): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: 'Vocabulary', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Vocabulary', level: 1 })).toBeVisible();
}

/** Answers every due card "Easy" (typing the answer for recall) until "No cards due". */
async function reviewAll(page: Page): Promise<number> {
  await page.getByRole('navigation').getByRole('link', { name: 'Review', exact: true }).click();
  let answered = 0;
  for (; answered < 60; answered += 1) {
    const noCards = page.getByRole('heading', { name: 'No cards due' });
    const show = page.getByRole('button', { name: 'Show answer' });
    await expect(noCards.or(show)).toBeVisible();
    if (await noCards.isVisible()) return answered;
    await page.keyboard.press('Space');
    const easy = page.getByRole('button', { name: 'Easy' });
    if (!(await easy.isVisible())) await show.click(); // focus was in the recall answer field
    await page.keyboard.press('4');
    await expect(easy)
      .toHaveCount(0, { timeout: 5000 })
      .catch(() => undefined);
  }
  throw new Error('the review never ran out of cards');
}

test('save from the reader, see it in Vocabulary, review until “No cards due”', async ({
  page,
}) => {
  await openArticle(page);
  await saveWord(page, 's7', 'pinabilis');
  // The same word met in another sentence, in another aspect, adds a context, not a card.
  await saveWord(page, 's2', 'isulong');
  await page
    .locator('[data-sentence-id="s20"]')
    .getByRole('button', { name: 'isinulong', exact: true })
    .click();
  const dialog = page.getByRole('dialog', { name: 'isinulong' });
  await expect(dialog.locator('.save-state')).toHaveText('Saved');
  await dialog.getByRole('button', { name: 'Add this sentence' }).click();
  await expect(dialog.getByRole('button', { name: 'Add this sentence' })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await glossStepGone(page);

  await openVocabulary(page);
  await expect(page.locator('.word-count')).toHaveText('2 words');
  const sulong = page.locator('.word-item', {
    has: page.getByRole('heading', { name: 'isulong' }),
  });
  await expect(sulong.getByText('Sentences (2)')).toBeVisible();
  await expect(sulong.locator('.stage-badge')).toHaveText('New');
  await expectNoSeriousA11yViolations(page);

  // Open the sentence in the reader.
  await sulong.getByText('Sentences (2)').click();
  const sentences = sulong.locator('.word-sentences');
  await sentences.getByRole('link', { name: 'Open in the reader' }).nth(1).click();
  await expect(page.locator('#sentence-s20')).toBeInViewport();
  // The jump happens once: the address keeps the route but drops `?s=`.
  await expect(page).toHaveURL(/\/#\/read\/digital-rmb$/);

  const answered = await reviewAll(page);
  expect(answered).toBe(6); // two words, three directions each
  await expect(page.getByText(/The next card is due/)).toBeVisible();
  await expect(page.getByText('You answered 6 cards in this session.')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test('export → fresh profile → import restores everything', async ({ page, browser }) => {
  await openArticle(page);
  await saveWord(page, 's7', 'pinabilis');
  await saveWord(page, 's18', 'nakatira');
  await reviewAll(page);
  await openVocabulary(page);
  await page.getByRole('heading', { name: 'Lists', level: 2 }).click();
  await page.getByLabel('List name').fill('Balita');
  await page.getByRole('button', { name: 'Create list' }).click();
  await expect(page.locator('.list-name', { hasText: 'Balita' })).toBeVisible();

  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const download = await downloadPromise;
  const path = test.info().outputPath('backup.json');
  await download.saveAs(path);
  const backup = JSON.parse(readFileSync(path, 'utf8')) as {
    format: string;
    version: number;
    data: { words: unknown[]; reviewLog: unknown[]; lists: unknown[] };
  };
  expect(backup).toMatchObject({ format: 'tulay-backup', version: 1 });
  expect(backup.data.words).toHaveLength(2);
  expect(backup.data.reviewLog).toHaveLength(6);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto('./#/vocabulary');
  await expect(other.getByText('No saved words yet', { exact: false })).toBeVisible();

  // A foreign file is refused and changes nothing.
  await other.getByLabel('Import').setInputFiles({
    name: 'other.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"type":"excalidraw","version":2,"elements":[]}'),
  });
  await expect(other.getByRole('alert')).toHaveText('This file is not a Tulay backup.');
  await expect(other.getByText('No saved words yet', { exact: false })).toBeVisible();

  await other.getByLabel('Import').setInputFiles(path);
  await expect(other.getByText(/^This file brings 2 new words, /)).toBeVisible();
  await other.getByRole('button', { name: 'Add and merge' }).click();
  await expect(other.getByText(/^Imported 2 new words, /)).toBeVisible();
  await expect(other.getByRole('heading', { name: 'pinabilis' })).toBeVisible();
  await expect(other.getByRole('heading', { name: 'nakatira' })).toBeVisible();
  await other.getByRole('heading', { name: 'Lists', level: 2 }).click();
  await expect(other.locator('.list-name', { hasText: 'Balita' })).toBeVisible();

  // The review state came along: nothing is due, and the history is there.
  await other.getByRole('navigation').getByRole('link', { name: 'Review', exact: true }).click();
  await expect(other.getByRole('heading', { name: 'No cards due' })).toBeVisible();
  await expect(other.getByText('Answers in all').locator('..')).toContainText('6');

  // Importing the same file again adds nothing.
  await other
    .getByRole('navigation')
    .getByRole('link', { name: 'Vocabulary', exact: true })
    .click();
  await other.getByLabel('Import').setInputFiles(path);
  await expect(other.getByText('Everything in this file is already here.')).toBeVisible();
  await fresh.close();
});

test('two tabs saving at once both keep their words', async ({ context }) => {
  const [first, second] = [await context.newPage(), await context.newPage()];
  await Promise.all([openArticle(first), openArticle(second)]);
  const open = async (page: Page, sentenceId: string, word: string) => {
    await page
      .locator(`[data-sentence-id="${sentenceId}"]`)
      .getByRole('button', { name: word, exact: true })
      .first()
      .click();
    const dialog = page.getByRole('dialog', { name: word });
    await expect(dialog.getByRole('button', { name: 'Save', exact: true })).toBeVisible();
    return dialog;
  };
  // Different words, and the same word from two sentences, saved at the same moment.
  const dialogs = [await open(first, 's7', 'pinabilis'), await open(second, 's18', 'nakatira')];
  await Promise.all(
    dialogs.map((dialog) => dialog.getByRole('button', { name: 'Save', exact: true }).click()),
  );
  for (const dialog of dialogs) await dialog.getByRole('button', { name: 'Close' }).click();
  const same = [await open(first, 's2', 'isulong'), await open(second, 's20', 'isinulong')];
  await Promise.all(
    same.map((dialog) => dialog.getByRole('button', { name: 'Save', exact: true }).click()),
  );
  for (const dialog of same) await expect(dialog.locator('.save-state')).toHaveText('Saved');

  await first.goto('./#/vocabulary');
  await expect(first.locator('.word-count')).toHaveText('3 words');
  const sulong = first.locator('.word-item', { hasText: 'sulong' });
  await expect(sulong.getByText('Sentences (2)')).toBeVisible();
});

test('after one visit, vocabulary and review work with the network off', async ({
  page,
  context,
}) => {
  await openArticle(page);
  await saveWord(page, 's7', 'pinabilis');
  await openVocabulary(page);
  await page.getByRole('navigation').getByRole('link', { name: 'Review', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Show answer' })).toBeVisible();
  // The service worker controls pages loaded after it was installed: the routes above changed
  // without a load, so this page is reloaded once if it is not controlled yet.
  const controlled = await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    return navigator.serviceWorker.controller !== null;
  });
  if (!controlled) {
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  }
  await context.setOffline(true);
  await page.goto('./#/vocabulary');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'pinabilis' })).toBeVisible();
  await page.getByRole('navigation').getByRole('link', { name: 'Review', exact: true }).click();
  await page.getByRole('button', { name: 'Show answer' }).click();
  await page.getByRole('button', { name: 'Easy' }).click();
  await expect(page.getByText('Say it in Tagalog')).toBeVisible();
  // Saving from the reader works offline too.
  await openArticleOffline(page);
  await saveWord(page, 's18', 'nakatira');
  await context.setOffline(false);
});

async function openArticleOffline(page: Page): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: 'Library', exact: true }).click();
  await page.getByRole('link', { name: article.titleTl }).click();
  await expect(page.locator('[data-sentence-id="s18"] .tl')).toBeVisible();
}

test('saved words are marked in the reader by stage, with a legend, a switch and a count', async ({
  page,
}) => {
  await openArticle(page);
  // Counted: before that the bar only keeps its room.
  const count = page.locator('.unknown-count:not(.uncounted)');
  await expect(count).toHaveText(/^\d+ words in this text are new to you\.$/);
  const before = Number((await count.textContent())!.split(' ')[0]);
  await saveWord(page, 's7', 'pinabilis');
  const word = page
    .locator('[data-sentence-id="s7"]')
    .getByRole('button', { name: 'pinabilis', exact: true });
  await expect(word).toHaveClass(/stage-new/);
  // Told to a screen reader too, not by colour alone.
  await expect(word).toHaveAccessibleDescription('New');

  // "I know this" marks a word known without a card, and the count goes down.
  await page
    .locator('[data-sentence-id="s18"]')
    .getByRole('button', { name: 'nakatira', exact: true })
    .click();
  const dialog = page.getByRole('dialog', { name: 'nakatira' });
  await dialog.getByRole('button', { name: 'I know this' }).click();
  await expect(dialog.getByRole('button', { name: 'Not known after all' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(count).toHaveText(`${before - 1} words in this text are new to you.`);
  await expect(
    page.locator('[data-sentence-id="s18"]').getByRole('button', { name: 'nakatira', exact: true }),
  ).toHaveClass(/stage-known/);

  const legend = page.getByRole('list', { name: 'Legend' });
  await expect(legend).toContainText('New');
  await expect(legend).toContainText('Learning');
  await expect(legend).toContainText('Known');
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('switch', { name: 'Mark saved words' }).uncheck();
  await expect(word).not.toHaveClass(/stage-new/);
  await expect(legend).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('switch', { name: 'Mark saved words' })).not.toBeChecked();
});

interface Box {
  readonly top: number;
  readonly bottom: number;
}

/** Where elements are on screen (`null` if absent), and where the sticky header ends. */
async function boxes<Name extends string>(
  page: Page,
  selectors: Record<Name, string>,
): Promise<{ headerBottom: number; viewport: number } & Record<Name, Box | null>> {
  const found = await page.evaluate(
    (wanted: Record<string, string>) => {
      const box = (selector: string) => {
        const rect = document.querySelector(selector)?.getBoundingClientRect();
        return rect ? { top: rect.top, bottom: rect.bottom } : null;
      };
      return {
        headerBottom: document.querySelector('.app-header')!.getBoundingClientRect().bottom,
        viewport: window.innerHeight,
        boxes: Object.fromEntries(
          Object.entries(wanted).map(([name, selector]) => [name, box(selector)]),
        ),
      };
    },
    selectors as Record<string, string>,
  );
  return {
    headerBottom: found.headerBottom,
    viewport: found.viewport,
    ...(found.boxes as Record<Name, Box | null>),
  };
}

test('on a phone, Show answer brings the answer and the grades into view, the card below the header', async ({
  page,
}) => {
  await openArticle(page);
  for (const [sentenceId, word] of [
    ['s7', 'pinabilis'],
    ['s2', 'isulong'],
    ['s18', 'nakatira'],
  ] as const) {
    await saveWord(page, sentenceId, word);
  }
  await page.setViewportSize({ width: 360, height: 740 });
  await page.getByRole('navigation').getByRole('link', { name: 'Review', exact: true }).click();
  for (let card = 0; card < 9; card += 1) {
    const show = page.getByRole('button', { name: 'Show answer' });
    await expect(show).toBeVisible();
    const before = await boxes(page, { card: '.review-card', show: '.show-answer' });
    expect(before.card!.top, `card ${card}: card`).toBeGreaterThanOrEqual(before.headerBottom);
    expect(before.show!.bottom, `card ${card}: Show answer`).toBeLessThanOrEqual(before.viewport);
    await show.click();
    await expect(page.getByRole('region', { name: 'Answer' })).toBeFocused();
    const after = await boxes(page, {
      card: '.review-card',
      answerStart: '.review-card .answer > :first-child',
      grades: '.review-card .grades',
    });
    // The grades are wholly on screen, and the answer's first line above them, below the header.
    expect(after.grades!.top, `card ${card}: grades`).toBeGreaterThanOrEqual(after.headerBottom);
    expect(after.grades!.bottom, `card ${card}: grades`).toBeLessThanOrEqual(after.viewport);
    expect(after.answerStart!.top, `card ${card}: answer`).toBeGreaterThanOrEqual(
      after.headerBottom,
    );
    expect(after.answerStart!.bottom, `card ${card}: answer`).toBeLessThanOrEqual(
      after.grades!.top,
    );
    // So is the top of the card, unless the card is too tall for both.
    const room = after.grades!.top - after.headerBottom;
    if (after.answerStart!.bottom - after.card!.top <= room) {
      expect(after.card!.top, `card ${card}: card`).toBeGreaterThanOrEqual(after.headerBottom - 1);
    }
    await page.keyboard.press('4');
    await expect(page.getByRole('region', { name: 'Answer' })).toHaveCount(0);
  }
  await expect(page.getByRole('heading', { name: 'No cards due' })).toBeVisible();
});

test('on a phone, the “Deleted … Undo” notice sticks below the header', async ({ page }) => {
  await openArticle(page);
  await saveWord(page, 's7', 'pinabilis');
  await saveWord(page, 's18', 'nakatira');
  await page.setViewportSize({ width: 360, height: 740 });
  await openVocabulary(page);
  await page.getByRole('button', { name: 'Delete: pinabilis' }).click();
  const notice = page.getByRole('status').filter({ hasText: 'Deleted “pinabilis”.' });
  await expect(notice).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(200);
  const { headerBottom, notice: box } = await boxes(page, { notice: '.notice' });
  expect(box!.top).toBeGreaterThanOrEqual(headerBottom - 0.5);
  await expect(notice.getByRole('button', { name: 'Undo' })).toBeInViewport();
});

/** Computed styles of the shared button and summary rules, read from elements added to the page. */
async function sharedStyles(page: Page) {
  return page.evaluate(() => {
    const main = document.querySelector('main')!;
    const probes = document.createElement('div');
    probes.innerHTML = `
      <a class="button" href="#probe">a</a>
      <button class="button small" type="button">b</button>
      <button class="button danger" type="button">c</button>
      <button class="button" type="button" disabled>d</button>
      <details><summary><h2>e</h2></summary></details>`;
    main.append(probes);
    const [link, small, danger, disabled] = [...probes.querySelectorAll<HTMLElement>('.button')];
    const heading = probes.querySelector('h2')!;
    const style = (element: Element) => getComputedStyle(element);
    const result = {
      linkDecoration: style(link!).textDecorationLine,
      linkHeight: Math.round(link!.getBoundingClientRect().height),
      linkColor: style(link!).color === style(document.body).color,
      smallHeight: Math.round(small!.getBoundingClientRect().height),
      dangerBorder: style(danger!).borderTopColor === style(danger!).color,
      dangerNotPlain: style(danger!).color !== style(disabled!).color,
      disabledOpacity: style(disabled!).opacity,
      disabledCursor: style(disabled!).cursor,
      headingDisplay: style(heading).display,
    };
    probes.remove();
    return result;
  });
}

test('shared button and summary styles are the same whichever page is loaded first', async ({
  browser,
}) => {
  const expected = {
    linkDecoration: 'none',
    linkHeight: 44,
    linkColor: true,
    smallHeight: 36,
    dangerBorder: true,
    dangerNotPlain: true,
    disabledOpacity: '0.6',
    disabledCursor: 'default',
    headingDisplay: 'inline',
  };
  for (const route of ['./', './#/add', './#/review', './#/vocabulary']) {
    const fresh = await browser.newContext();
    const page = await fresh.newPage();
    await page.goto(route);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await sharedStyles(page), route).toEqual(expected);
    if (route === './#/review') {
      // The real "Review settings" heading sits on the summary's line, beside its triangle.
      const summary = page.locator('.review-settings summary');
      const heading = summary.getByRole('heading', { name: 'Review settings' });
      await expect(heading).toHaveCSS('display', 'inline');
      const [summaryBox, headingBox] = [await summary.boundingBox(), await heading.boundingBox()];
      expect(headingBox!.height).toBeGreaterThan(summaryBox!.height - 12);
    }
    await fresh.close();
  }
});

test('a fresh Add text shows disabled buttons as disabled, and the Library its links as buttons', async ({
  page,
}) => {
  await page.goto('./#/add');
  await page.getByLabel('Title', { exact: true }).fill('Si Aling Rosa');
  await page.getByLabel('Tagalog text').fill('Pumunta siya sa palengke. Bumili siya ng isda.');
  await page
    .getByLabel('English translation (optional)')
    .fill('She went to the market. She bought fish.');
  await page.getByRole('button', { name: 'Pair the sentences' }).click();
  const disabled = page.locator('.pair-draft button:disabled').first();
  await expect(disabled).toHaveCSS('opacity', '0.6');
  await expect(disabled).toHaveCSS('cursor', 'default');
  await page.getByRole('button', { name: 'Save text' }).click();

  // The Library, never having loaded Vocabulary: "Edit" is a button like "Delete" beside it.
  await page.getByRole('navigation').getByRole('link', { name: 'Library', exact: true }).click();
  const edit = page.getByRole('link', { name: 'Edit Si Aling Rosa' });
  const remove = page.getByRole('button', { name: 'Delete Si Aling Rosa' });
  await expect(edit).toHaveCSS('text-decoration-line', 'none');
  expect((await edit.boundingBox())!.height).toBe((await remove.boundingBox())!.height);
  await expect(page.getByRole('link', { name: 'Add text' }).first()).toHaveCSS(
    'text-decoration-line',
    'none',
  );
});
