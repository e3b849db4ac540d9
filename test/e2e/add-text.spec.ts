import { expect, test } from '@playwright/test';

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
