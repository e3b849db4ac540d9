import { expect, test, type Page } from '@playwright/test';
import { seedArticle, seedSourceLines } from './content';
import { expectNoSeriousA11yViolations } from './axe';
import { glossStepAdded, glossStepGone } from './history';

const article = seedArticle();

async function openArticle(page: Page): Promise<void> {
  await page.goto('./');
  await page.getByRole('link', { name: article.titleTl }).click();
  await expect(page.locator('[data-sentence-id="s2"] .tl')).toBeVisible();
}

/** The article opened, and the button of `word` in sentence `sentenceId`. */
async function wordInArticle(page: Page, sentenceId: string, word: string) {
  await openArticle(page);
  return page
    .locator(`[data-sentence-id="${sentenceId}"]`)
    .getByRole('button', { name: word, exact: true });
}

test('the library lists the article with its counts', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { name: 'Library' })).toBeVisible();
  const link = page.getByRole('link', { name: article.titleTl });
  await expect(link).toBeVisible();
  await expect(page.getByText(/19 sentences · \d+ words/)).toBeVisible();
  for (const name of ['Library', 'Vocabulary', 'Review']) {
    await expect(
      page.getByRole('navigation').getByRole('link', { name, exact: true }),
    ).toBeVisible();
  }
  await expectNoSeriousA11yViolations(page);
});

test('every source sentence appears verbatim beside its English', async ({ page }) => {
  await openArticle(page);
  // Each line of the seed file is one paragraph: its sentences, joined by a space, give it back.
  const paragraphs = await page
    .locator('.paragraph')
    .evaluateAll((sections) =>
      sections.map((section) =>
        [...section.querySelectorAll('.tl')].map((element) => element.textContent).join(' '),
      ),
    );
  expect(paragraphs).toEqual(seedSourceLines());
  for (const sentence of article.sentences) {
    const pair = page.locator(`[data-sentence-id="${sentence.id}"]`);
    await expect(pair.locator('.tl')).toHaveText(sentence.text, { useInnerText: false });
    expect(sentence.english.length).toBeGreaterThan(0);
    await expect(pair.locator('.en')).toHaveText(sentence.english);
  }
  await page.screenshot({ path: 'test/e2e/screenshots/reader.png' });
  await expectNoSeriousA11yViolations(page);
});

test('a word reached with the keyboard is never hidden behind the sticky header', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await openArticle(page);
  // From the last word back up the page: each word Shift+Tab reaches above the screen is scrolled
  // into view, and must show below the header, not under it.
  const words = page.locator('.tl button');
  await words.last().focus();
  for (let step = 0; step < 60; step++) {
    await page.keyboard.press('Shift+Tab');
    const { wordTop, headerBottom, tag } = await page.evaluate(() => ({
      wordTop: document.activeElement?.getBoundingClientRect().top ?? 0,
      headerBottom: document.querySelector('.app-header')?.getBoundingClientRect().bottom ?? 0,
      tag: document.activeElement?.closest('.tl') ? 'word' : 'other',
    }));
    if (tag !== 'word') break;
    expect(wordTop).toBeGreaterThanOrEqual(headerBottom);
  }
});

test('on a phone with a Filipino voice, a long word leaves Listen and Close on screen', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const voice = { lang: 'fil-PH', name: 'Filipino', default: false, localService: true };
    speechSynthesis.getVoices = () => [voice as unknown as SpeechSynthesisVoice];
  });
  await page.setViewportSize({ width: 360, height: 740 });
  for (const language of ['English', 'Filipino']) {
    await openArticle(page);
    if (language === 'Filipino') await page.getByLabel('Interface language').selectOption('tl');
    await page
      .locator('[data-sentence-id="s1"]')
      .getByRole('button', { name: 'nakikipagtulungan', exact: true })
      .click();
    const dialog = page.getByRole('dialog', { name: 'nakikipagtulungan' });
    for (const button of await dialog.locator('.gloss-header button').all()) {
      const box = (await button.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(360);
    }
    expect(await dialog.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(
      true,
    );
    await page.keyboard.press('Escape');
    // A navigation begun before the closed gloss's Back is done would be cut short by it.
    await glossStepGone(page);
  }
});

test('the page behind an open gloss stays put under the mouse wheel', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const word = await wordInArticle(page, 's6', 'pagsama-samahin');
  await word.click();
  const dialog = page.getByRole('dialog', { name: 'pagsama-samahin' });
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  // Where the page rests once the click has brought the word into view.
  let before = -1;
  for (let settled = false; !settled;) {
    const at = await page.evaluate(() => window.scrollY);
    settled = at === before;
    before = at;
    await page.waitForTimeout(200);
  }
  await page.mouse.move(40, 400); // over the backdrop, beside the dialog
  await page.mouse.wheel(0, 1500);
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => window.scrollY)).toBe(before);
});

test('side by side when wide, stacked when narrow', async ({ page }) => {
  await page.setViewportSize({ width: 1200, height: 900 });
  await openArticle(page);
  const tl = page.locator('[data-sentence-id="s3"] .tl');
  const en = page.locator('[data-sentence-id="s3"] .en');
  const [wideTl, wideEn] = [await tl.boundingBox(), await en.boundingBox()];
  expect(wideEn!.x).toBeGreaterThan(wideTl!.x + wideTl!.width - 1);
  await page.setViewportSize({ width: 320, height: 700 });
  const [narrowTl, narrowEn] = [await tl.boundingBox(), await en.boundingBox()];
  expect(narrowEn!.y).toBeGreaterThan(narrowTl!.y + narrowTl!.height - 1);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await page.screenshot({ path: 'test/e2e/screenshots/reader-phone.png' });
});

test('translation shown, hidden or revealed per sentence, remembered across reloads', async ({
  page,
}) => {
  await openArticle(page);
  const english = page.locator('[data-sentence-id="s4"] .en');
  await expect(english).toBeVisible();
  await page.getByRole('radio', { name: 'Hidden' }).check();
  await expect(english).toHaveCount(0);
  await page.getByRole('radio', { name: 'Reveal per sentence' }).check();
  await expect(english).toHaveCount(0);
  await page
    .locator('[data-sentence-id="s4"]')
    .getByRole('button', { name: 'Show translation' })
    .click();
  await expect(english).toHaveText(article.sentences[3]!.english);
  await page.reload();
  await expect(page.getByRole('radio', { name: 'Reveal per sentence' })).toBeChecked();
  await expect(english).toBeVisible();
  await expect(page.locator('[data-sentence-id="s5"] .en')).toHaveCount(0);
});

test('a word opens its gloss from the keyboard; Escape closes it and returns focus', async ({
  page,
}) => {
  const word = await wordInArticle(page, 's1', 'nakikipagtulungan');
  await word.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'nakikipagtulungan' });
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('.root')).toContainText('tulong');
  await expect(dialog).toContainText(article.sentences[0]!.english);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(word).toBeFocused();
});

test('Back closes an open gloss and stays on the text; a gloss closed otherwise leaves no step for Back', async ({
  page,
}) => {
  const word = await wordInArticle(page, 's1', 'nakikipagtulungan');
  const reader = page.url();
  const dialog = page.getByRole('dialog', { name: 'nakikipagtulungan' });
  await word.click();
  await expect(dialog.locator('.root')).toContainText('tulong');
  await glossStepAdded(page);
  await page.goBack();
  await expect(dialog).toHaveCount(0);
  expect(page.url()).toBe(reader);
  await expect(word).toBeFocused();
  // Opened again and closed by its button, by Escape: Back then leaves the text for the Library.
  await word.click();
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toHaveCount(0);
  await word.click();
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await page.goBack();
  await expect(page.getByRole('link', { name: article.titleTl })).toBeVisible();
});

test('once the reader has settled, the first gloss opens with its reading, with no loading step', async ({
  page,
}) => {
  // Opened from its address (a bookmark, a reload), not through the Library.
  await page.goto('./#/read/digital-rmb');
  const word = page
    .locator('[data-sentence-id="s1"]')
    .getByRole('button', { name: 'nakikipagtulungan', exact: true });
  await expect(word).toBeVisible();
  // What a tap needs is fetched while the page is idle after the text is painted: let it come.
  // The count of new words is shown once the whole lexicon is in.
  await expect(page.locator('.unknown-count:not(.uncounted)')).toBeVisible();
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => {
    const seen = window as unknown as { loadingShown: boolean };
    seen.loadingShown = false;
    new MutationObserver(() => {
      if (document.querySelector('.gloss-dialog [role="status"]')?.textContent === 'Looking up…')
        seen.loadingShown = true;
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  });
  await word.click();
  const dialog = page.getByRole('dialog', { name: 'nakikipagtulungan' });
  await expect(dialog.locator('.root')).toContainText('tulong');
  await expect(dialog.getByRole('button', { name: 'Save', exact: true })).toBeVisible();
  expect(
    await page.evaluate(() => (window as unknown as { loadingShown: boolean }).loadingShown),
  ).toBe(false);
});

test('the first glosses draw no font the page has not drawn already', async ({ page }) => {
  // A font at a size, weight and style is looked up the first time it is drawn, which would hold
  // up the first gloss to use it: the reader draws a gloss unseen while idle. The fonts of that
  // unseen gloss are noted when it is added (it is gone a frame later).
  await page.addInitScript(() => {
    const win = window as unknown as { fontsOf: (root: Element) => string[]; warmFonts?: string[] };
    win.fontsOf = (root) => {
      const fonts = new Set<string>();
      for (const element of [root, ...root.querySelectorAll('*')]) {
        const hasText = [...element.childNodes].some(
          (node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim(),
        );
        if (!hasText) continue;
        const style = getComputedStyle(element);
        fonts.add(`${style.fontFamily} ${style.fontSize} ${style.fontWeight} ${style.fontStyle}`);
      }
      return [...fonts];
    };
    new MutationObserver(() => {
      const unseen = document.querySelector('.gloss-warm-up');
      if (unseen && !win.warmFonts) win.warmFonts = win.fontsOf(unseen);
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto('./#/read/digital-rmb');
  await expect(page.locator('[data-sentence-id="s1"] .tl')).toBeVisible();
  // What a tap needs comes while the page is idle, and the unseen gloss after it (if it comes).
  await expect(page.locator('.unknown-count:not(.uncounted)')).toBeVisible();
  await page.waitForLoadState('networkidle');
  await page
    .waitForFunction(
      () =>
        (window as { warmFonts?: string[] }).warmFonts && !document.querySelector('.gloss-warm-up'),
      undefined,
      { timeout: 10_000 },
    )
    .catch(() => undefined); // the fonts compared below then say what is missing
  const drawnBefore = new Set(
    await page.evaluate(() => {
      const win = window as unknown as {
        fontsOf: (root: Element) => string[];
        warmFonts?: string[];
      };
      return [...win.fontsOf(document.body), ...(win.warmFonts ?? [])];
    }),
  );
  const unseenFonts: string[] = [];
  // A derived verb with pieces, a word of a phrase, a name, a word read with the linker off.
  for (const [sentenceId, word] of [
    ['s1', 'nakikipagtulungan'],
    ['s1', 'People’s'],
    ['s5', 'Alipay'],
    ['s5', 'inaangkin'],
  ] as const) {
    await page
      .locator(`[data-sentence-id="${sentenceId}"]`)
      .getByRole('button', { name: word, exact: true })
      .click();
    const dialog = page.getByRole('dialog', { name: word, exact: true });
    await expect(dialog.locator('.reading, .phrase').first()).toBeVisible();
    const fonts = await dialog.evaluate((element) => {
      const win = window as unknown as { fontsOf: (root: Element) => string[] };
      // What the first frame draws: the word, its reading or phrase.
      return [...element.querySelectorAll('.gloss-header, .reading, .phrase')].flatMap(win.fontsOf);
    });
    unseenFonts.push(...fonts.filter((font) => !drawnBefore.has(font)).map((f) => `${word}: ${f}`));
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
  }
  expect(unseenFonts).toEqual([]);
});

test('the gloss dialog is modal: Tab stays inside it, and a tap outside closes it', async ({
  page,
}) => {
  const word = await wordInArticle(page, 's1', 'nakikipagtulungan');
  await word.click();
  const dialog = page.getByRole('dialog', { name: 'nakikipagtulungan' });
  await expect(dialog.locator('.root')).toContainText('tulong');
  await expectNoSeriousA11yViolations(page);
  for (let press = 0; press < 12; press += 1) {
    await page.keyboard.press(press % 3 === 2 ? 'Shift+Tab' : 'Tab');
    expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);
  }
  // A tap on another word, behind the backdrop, closes the dialog and opens nothing else.
  await page
    .locator('[data-sentence-id="s2"]')
    .getByRole('button')
    .first()
    .click({ force: true, position: { x: 2, y: 2 } });
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(word).toBeFocused();
});

test('a learner writes their own meaning for a word, and the gloss shows it after', async ({
  page,
}) => {
  const word = await wordInArticle(page, 's1', 'nakikipagtulungan');
  await word.click();
  const dialog = page.getByRole('dialog', { name: 'nakikipagtulungan' });
  await dialog.getByText('Write your own meaning').click();
  await dialog.getByLabel('Meaning', { exact: true }).fill('working hand in hand with');
  await dialog.getByRole('button', { name: 'Save meaning' }).click();
  await expect(dialog.getByRole('status')).toContainText('Tulay will use your meaning');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await glossStepGone(page);

  await page.reload();
  await word.click();
  await expect(dialog.getByText('Your meaning', { exact: true })).toBeVisible();
  await expect(dialog.locator('.root')).toContainText('working hand in hand with');
});

const AFFIXED: {
  sentence: string;
  word: string;
  root: string;
  formula?: string;
  meaning?: string;
}[] = [
  {
    sentence: 's1',
    word: 'nakikipagtulungan',
    root: 'tulong',
    formula: 'naki- + ki- + pag- + tulong + -an',
    // The listed verb makipagtulungan, met here in the ongoing aspect.
    meaning: 'cooperate',
  },
  { sentence: 's7', word: 'pinabilis', root: 'bilis' },
  { sentence: 's6', word: 'magkakasamang', root: 'sama' },
  { sentence: 's7', word: 'pananaliksik', root: 'saliksik' },
  { sentence: 's3', word: 'ipinamamahaging', root: 'bahagi' },
  { sentence: 's10', word: 'pamamahagi', root: 'bahagi' },
  { sentence: 's18', word: 'nakatira', root: 'tira' },
  // After `ang`, `mga`: the word with the linker modifies the next word (not unan, pillow; not
  // bagon, wagon).
  { sentence: 's14', word: 'unang', root: 'una', formula: 'una + -ng', meaning: 'first' },
  { sentence: 's6', word: 'bagong', root: 'bago', formula: 'bago + -ng', meaning: 'new' },
];

for (const { sentence, word, root, formula, meaning } of AFFIXED) {
  test(`tapping “${word}” shows the root ${root}, its breakdown and a gloss`, async ({ page }) => {
    await openArticle(page);
    await page
      .locator(`[data-sentence-id="${sentence}"]`)
      .getByRole('button', { name: word, exact: true })
      .first()
      .click();
    const dialog = page.getByRole('dialog', { name: word });
    await expect(dialog.locator('.root h3')).toContainText(root);
    await expect(dialog.locator('.root .senses li').first()).not.toBeEmpty();
    await expect(dialog.locator('.formula')).toContainText(formula ?? root);
    if (meaning) await expect(dialog.locator('.reading').first()).toContainText(meaning);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toHaveCount(0);
  });
}

test('a word of a fixed phrase shows the phrase first, and the phrase saves as one item', async ({
  page,
}) => {
  await openArticle(page);
  await page
    .locator('[data-sentence-id="s20"]')
    .getByRole('button', { name: 'pamamagitan', exact: true })
    .click();
  const dialog = page.getByRole('dialog', { name: 'pamamagitan' });
  await expect(dialog.locator('.phrase h3')).toContainText('sa pamamagitan ng');
  await expect(dialog.locator('.phrase .senses li').first()).not.toBeEmpty();
  await dialog.getByRole('button', { name: 'Save phrase' }).click();
  await expect(dialog.getByText('Phrase saved', { exact: true })).toBeVisible();
  await page.keyboard.press('Escape');
  await glossStepGone(page);
  await page.getByRole('navigation').getByRole('link', { name: 'Vocabulary' }).click();
  await expect(page.getByText('sa pamamagitan ng').first()).toBeVisible();
});

// Every word's lookup is checked in-process (test/domain/content/shippedTextsGlossed.test.ts);
// here a spread of words across the article shows that the dialog renders those glosses.
test('words across the article open with a gloss', async ({ page }) => {
  test.setTimeout(180_000);
  await openArticle(page);
  const words = page.locator('.tl .word');
  const count = await words.count();
  const missing: string[] = [];
  expect(count).toBeGreaterThan(300);
  for (let index = 0; index < count; index += 9) {
    const word = words.nth(index);
    const name = (await word.textContent()) ?? '';
    await word.click();
    const dialog = page.getByRole('dialog', { name, exact: true });
    await expect(dialog).toBeVisible();
    await expect(dialog.locator('.reading, .guess-note, .phrase').first()).toBeVisible();
    const glossed = await dialog
      .locator('.root .senses li, .phrase .senses li, .derived .senses li')
      .count();
    if (glossed === 0) missing.push(name);
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
  }
  expect(missing).toEqual([]);
});

test('the interface language switches to Filipino and is remembered', async ({ page }) => {
  await page.goto('./');
  await page.getByLabel('Interface language').selectOption('tl');
  await expect(page.getByRole('link', { name: 'Aklatan' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Aklatan' })).toBeVisible();
  await page.getByLabel('Wika ng interface').selectOption('en');
  await expect(page.getByRole('heading', { name: 'Library' })).toBeVisible();
});

test('after one visit the article reads and glosses with the network off', async ({
  page,
  context,
}) => {
  await openArticle(page);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // Let the service worker finish precaching every chunk before going offline.
  await page
    .waitForFunction(
      async () => (await caches.keys()).length > 0 && navigator.serviceWorker.controller !== null,
      undefined,
      {
        timeout: 30_000,
      },
    )
    .catch(async () => {
      await page.reload();
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    });
  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('[data-sentence-id="s20"] .tl')).toHaveText(
    article.sentences[19]!.text,
  );
  await page
    .locator('[data-sentence-id="s7"]')
    .getByRole('button', { name: 'pinabilis', exact: true })
    .click();
  await expect(page.getByRole('dialog', { name: 'pinabilis' }).locator('.root h3')).toContainText(
    'bilis',
  );
  await context.setOffline(false);
});
