import { expect, test } from '@playwright/test';
import { glossStepGone } from './history';

// A short text of our own, written for this test: three Tagalog sentences, and an English
// translation in which the learner's translator joined the last two into one sentence.
const TAGALOG = [
  'Maagang gumising si Aling Rosa para magluto ng almusal.',
  'Pumunta siya sa palengke at bumili ng isda.',
  'Pagkatapos, naglinis siya ng bahay.',
].join(' ');
const ENGLISH = [
  'Aling Rosa woke up early to cook breakfast.',
  'She went to the market and bought fish.',
  'Afterwards she cleaned the house.',
].join(' ');

test('a learner pastes a two-language text, fixes a pair, saves it, reads it and glosses a word', async ({
  page,
}) => {
  await page.goto('./');
  await page.getByRole('link', { name: 'Add text' }).first().click();
  await page.getByLabel('Title', { exact: true }).fill('Si Aling Rosa');
  await page.getByLabel('Tagalog text').fill(TAGALOG);
  await page.getByLabel('English translation (optional)').fill(ENGLISH);
  await page.getByRole('button', { name: 'Pair the sentences' }).click();

  const pairs = page.locator('.pair-draft');
  await expect(pairs).toHaveCount(3);
  await expect(pairs.nth(1).getByLabel('English')).toHaveText(
    'She went to the market and bought fish.',
  );
  // The learner prefers to read the last two sentences as one pair.
  await pairs.nth(1).getByRole('button', { name: 'Merge with next' }).click();
  await expect(pairs).toHaveCount(2);
  await page.getByRole('button', { name: 'Save text' }).click();

  const second = page.locator('.pair').nth(2);
  await expect(second.locator('.tl')).toHaveText(
    'Pumunta siya sa palengke at bumili ng isda. Pagkatapos, naglinis siya ng bahay.',
  );
  await expect(second.locator('.en')).toHaveText(
    'She went to the market and bought fish. Afterwards she cleaned the house.',
  );

  await second.getByRole('button', { name: 'bumili', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'bumili' });
  await expect(dialog.locator('.root h3')).toContainText('bili');
  await expect(dialog.locator('.formula')).toContainText('-um-');
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(dialog.getByText('Saved', { exact: true })).toBeVisible();
  await page.keyboard.press('Escape');
  await glossStepGone(page);

  // The text is in the Library after a reload, and the word is in the vocabulary.
  await page.reload();
  await page.getByRole('navigation').getByRole('link', { name: 'Library' }).click();
  await expect(page.getByRole('link', { name: 'Si Aling Rosa', exact: true })).toBeVisible();
  await page.getByRole('navigation').getByRole('link', { name: 'Vocabulary' }).click();
  await expect(page.getByText('bili', { exact: true }).first()).toBeVisible();
});

test('bad input gets a clear message and nothing is saved', async ({ page }) => {
  await page.goto('./#/add');
  await page.getByRole('button', { name: 'Save text' }).click();
  await expect(page.getByRole('alert')).toContainText('Give the text a title.');
  await expect(page.getByRole('alert')).toContainText('Paste or upload the Tagalog text.');
  await page.getByLabel('Upload Tagalog (.txt)').setInputFiles({
    name: 'latin1.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from([0x50, 0x61, 0xf1, 0x61, 0x6c, 0x0a]),
  });
  await expect(page.getByRole('alert')).toContainText('is not UTF-8 text');
  await page.goto('./');
  // The learner's texts, once read from storage, are none: the list says so and holds no text.
  const yourTexts = page.getByRole('region', { name: 'Your texts' });
  await expect(yourTexts.getByText('None yet.', { exact: false })).toBeVisible();
  await expect(yourTexts.getByRole('listitem')).toHaveCount(0);
});

test('editing a text leaves a saved word on its sentence', async ({ page }) => {
  await page.goto('./#/add');
  await page.getByLabel('Title', { exact: true }).fill('Ulan');
  await page
    .getByLabel('Tagalog text')
    .fill('Umuulan kanina. Naglaro ang mga bata. Umuwi sila nang basa.');
  await page.getByRole('button', { name: 'Save text' }).click();
  await page.getByRole('button', { name: 'bata', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'bata' });
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(dialog.getByText('Saved', { exact: true })).toBeVisible();
  await page.keyboard.press('Escape');

  // The learner deletes the first sentence.
  await page.getByRole('navigation').getByRole('link', { name: 'Library' }).click();
  await page.getByRole('link', { name: 'Edit Ulan' }).click();
  await page.getByLabel('Tagalog text').fill('Naglaro ang mga bata. Umuwi sila nang basa.');
  await page.getByRole('button', { name: 'Save text' }).click();
  await expect(page.locator('.pair .tl').nth(1)).toHaveText('Naglaro ang mga bata.');

  await page.getByRole('navigation').getByRole('link', { name: 'Vocabulary' }).click();
  const word = page.locator('.word-item', { has: page.getByRole('heading', { name: 'bata' }) });
  await word.locator('.word-actions').getByRole('link', { name: 'Open in the reader' }).click();
  await expect(page.locator('.pair.flash .tl')).toHaveText('Naglaro ang mga bata.');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 640 } });

  test('a failed submit and the pairs are brought into view and focused', async ({ page }) => {
    await page.goto('./#/add');
    await page.getByLabel('Tagalog text').fill(TAGALOG);
    await page.getByLabel('English translation (optional)').fill(ENGLISH);
    await page.getByRole('button', { name: 'Pair the sentences' }).click();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Give the text a title.');
    await expect(alert).toBeFocused();
    await expect(alert).toBeInViewport();
    await expect(page.getByLabel('Title', { exact: true })).toHaveAttribute('aria-invalid', 'true');

    await page.getByLabel('Title', { exact: true }).fill('Si Aling Rosa');
    await page.getByRole('button', { name: 'Pair the sentences' }).click();
    const heading = page.getByRole('heading', { name: 'Check the pairs' });
    await expect(heading).toBeFocused();
    await expect(heading).toBeInViewport();

    // Split leaves the first pair one sentence a side; focus stays on a button that works.
    const first = page.getByRole('group', { name: 'Pair 1' });
    await first.getByRole('button', { name: 'Merge with next' }).click();
    await first.getByRole('button', { name: 'Split' }).click();
    await expect(first.getByRole('button', { name: 'Merge with next' })).toBeFocused();

    await page.getByRole('button', { name: 'Back to editing' }).click();
    await expect(page.getByRole('button', { name: 'Pair the sentences' })).toBeFocused();
  });

  test('the Library keeps Edit and Delete apart, and every deleted text can come back', async ({
    page,
  }) => {
    for (const title of ['Ulan', 'Araw']) {
      await page.goto('./#/add');
      await page.getByLabel('Title', { exact: true }).fill(title);
      await page.getByLabel('English title (optional)').fill(`${title} in English`);
      await page.getByLabel('Tagalog text').fill('Umuulan kanina.');
      await page.getByRole('button', { name: 'Save text' }).click();
      await expect(page.locator('.pair').first()).toBeVisible();
    }
    await page.goto('./');
    const card = page.locator('.text-card', { has: page.getByRole('link', { name: 'Ulan' }) });
    await expect(card.getByText('Ulan in English')).toBeVisible();
    await expect(card).toContainText('Intermediate');
    const edit = await card.getByRole('link', { name: 'Edit Ulan' }).boundingBox();
    const remove = await card.getByRole('button', { name: 'Delete Ulan' }).boundingBox();
    expect(edit && remove).toBeTruthy();
    const sameRow = Math.abs(edit!.y - remove!.y) < 4;
    const gap = sameRow
      ? remove!.x - (edit!.x + edit!.width)
      : remove!.y - (edit!.y + edit!.height);
    expect(gap).toBeGreaterThanOrEqual(6);

    await page.getByRole('button', { name: 'Delete Ulan' }).click();
    await expect(page.getByRole('button', { name: 'Undo deleting “Ulan”' })).toBeFocused();
    await page.getByRole('button', { name: 'Delete Araw' }).click();
    await page.getByRole('button', { name: 'Undo deleting “Ulan”' }).click();
    await expect(page.getByRole('link', { name: 'Ulan', exact: true })).toBeFocused();
    await page.getByRole('button', { name: 'Undo deleting “Araw”' }).click();
    await expect(page.getByRole('link', { name: 'Araw', exact: true })).toBeFocused();
  });
});
